import type { SignInBody, SignUpBody } from '../../contracts/auth';
import { AppError } from '../errors';
import { newId } from '../lib/ids';
import type { Actor } from '../policies/actor';
import { createRepositories } from '../repositories/index';
import type { UserRecord } from '../repositories/user.repository';
import { writeAudit } from './audit-writer';
import type { ServiceContext } from './context';
import type { SessionService } from './session.service';

export interface SignedIn {
  user: UserRecord;
  sessionToken: string;
}

export class AuthService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly sessions: SessionService,
  ) {}

  async signUp(input: Required<SignUpBody>, actor: Actor): Promise<SignedIn> {
    const { db, repos, clock, hasher } = this.ctx;
    const org = await repos.organizations.findPrimary();
    if (!org) throw new Error('No organization: run migrations and seed first');
    if (await repos.users.findByEmail(input.email)) throw new AppError('email_taken');
    const passwordHash = await hasher.hash(input.password);
    const now = clock.now();
    const user: UserRecord = {
      id: newId(),
      organizationId: org.id,
      email: input.email,
      passwordHash,
      displayName: input.displayName,
      role: 'member',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    try {
      const sessionToken = await db.transaction().execute(async (trx) => {
        const tx = createRepositories(trx);
        await tx.users.insert(user);
        await writeAudit(tx, now, {
          action: 'user.signed_up',
          actor,
          actorIdOverride: user.id,
          organizationId: org.id,
          subject: { type: 'user', id: user.id },
        });
        return this.sessions.create(tx, user.id, now);
      });
      return { user, sessionToken };
    } catch (error) {
      // Two sign-ups racing for one email: the unique index decides.
      if (await repos.users.findByEmail(input.email)) throw new AppError('email_taken');
      throw error;
    }
  }

  /**
   * Signs in and rotates the session: any session the browser already had is destroyed and a
   * new id issued. Unknown emails and wrong passwords answer identically, after equal work.
   */
  async signIn(
    input: SignInBody,
    previousToken: string | undefined,
    actor: Actor,
  ): Promise<SignedIn> {
    const { db, repos, clock, hasher } = this.ctx;
    const user = await repos.users.findByEmail(input.email);
    const ok = user
      ? await hasher.verify(user.passwordHash, input.password)
      : await hasher.verifyAgainstDummy(input.password);
    const now = clock.now();
    if (!user || !ok) {
      const org = await repos.organizations.findPrimary();
      await writeAudit(repos, now, {
        action: 'user.sign_in_failed',
        actor,
        organizationId: org?.id ?? null,
        ...(user ? { subject: { type: 'user', id: user.id } } : {}),
        detail: { reason: user ? 'wrong_password' : 'unknown_email' },
      });
      throw new AppError('invalid_credentials');
    }
    const sessionToken = await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      await this.sessions.destroy(tx, previousToken);
      await writeAudit(tx, now, {
        action: 'user.signed_in',
        actor,
        actorIdOverride: user.id,
        organizationId: user.organizationId,
        subject: { type: 'user', id: user.id },
      });
      return this.sessions.create(tx, user.id, now);
    });
    return { user, sessionToken };
  }

  /** The signed-in person's own record, or null for a visitor. */
  async currentUser(actor: Actor): Promise<UserRecord | null> {
    if (!actor.user) return null;
    return (await this.ctx.repos.users.findById(actor.user.id)) ?? null;
  }

  async signOut(token: string | undefined, actor: Actor): Promise<void> {
    const { db, clock } = this.ctx;
    await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      await this.sessions.destroy(tx, token);
      if (actor.user) {
        await writeAudit(tx, clock.now(), {
          action: 'user.signed_out',
          actor,
          organizationId: actor.user.organizationId,
          subject: { type: 'user', id: actor.user.id },
        });
      }
    });
  }
}
