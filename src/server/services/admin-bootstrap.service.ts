import { displayNameSchema, emailSchema, passwordSchema } from '../../contracts/auth';
import { AppError } from '../errors';
import { newId } from '../lib/ids';
import { createRepositories } from '../repositories/index';
import { writeAudit } from './audit-writer';
import type { ServiceContext } from './context';

export interface CreateAdminInput {
  email: string;
  password: string;
  displayName: string;
}

/** `kindred create-admin`: makes the first admin, or promotes an existing account. */
export class AdminBootstrapService {
  constructor(private readonly ctx: ServiceContext) {}

  async hasAdmin(): Promise<boolean> {
    const org = await this.ctx.repos.organizations.findPrimary();
    return org !== undefined && (await this.ctx.repos.users.countByRole(org.id, 'admin')) > 0;
  }

  /** An existing account is promoted without asking for a password. */
  async accountExists(email: string): Promise<boolean> {
    const parsed = emailSchema.safeParse(email);
    return parsed.success && (await this.ctx.repos.users.findByEmail(parsed.data)) !== undefined;
  }

  async createAdmin(
    input: CreateAdminInput,
  ): Promise<{ id: string; promoted: boolean; alreadyAdmin: boolean }> {
    const email = emailSchema.safeParse(input.email);
    const displayName = displayNameSchema.safeParse(input.displayName);
    const errors = [
      ...(email.success
        ? []
        : [{ path: 'email', message: email.error.issues[0]?.message ?? 'Invalid' }]),
      ...(displayName.success
        ? []
        : [{ path: 'displayName', message: displayName.error.issues[0]?.message ?? 'Invalid' }]),
    ];
    const existing = email.success ? await this.ctx.repos.users.findByEmail(email.data) : undefined;
    const password = passwordSchema.safeParse(input.password);
    if (!existing && !password.success) {
      errors.push({ path: 'password', message: password.error.issues[0]?.message ?? 'Invalid' });
    }
    if (!email.success || !displayName.success || errors.length > 0) {
      throw new AppError(
        'validation_failed',
        errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        errors,
      );
    }
    const { db, clock, hasher } = this.ctx;
    const now = clock.now();
    const org = await this.ctx.repos.organizations.findPrimary();
    if (!org) throw new Error('No organization: run `kindred seed --demo` first');
    const actor = { user: null, ip: '' };
    if (existing?.role === 'admin') return { id: existing.id, promoted: false, alreadyAdmin: true };
    if (existing) {
      await db.transaction().execute(async (trx) => {
        const tx = createRepositories(trx);
        await tx.users.update(existing.id, { role: 'admin' }, now.toISOString());
        await writeAudit(tx, now, {
          action: 'user.role_changed',
          actor,
          organizationId: org.id,
          subject: { type: 'user', id: existing.id },
          detail: { from: existing.role, to: 'admin', via: 'cli' },
        });
      });
      return { id: existing.id, promoted: true, alreadyAdmin: false };
    }
    const id = newId();
    const passwordHash = await hasher.hash(input.password);
    await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      await tx.users.insert({
        id,
        organizationId: org.id,
        email: email.data,
        passwordHash,
        displayName: displayName.data,
        role: 'admin',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      });
      await writeAudit(tx, now, {
        action: 'user.created_by_cli',
        actor,
        organizationId: org.id,
        subject: { type: 'user', id },
        detail: { role: 'admin' },
      });
    });
    return { id, promoted: false, alreadyAdmin: false };
  }
}
