import { hashToken, newToken } from '../lib/tokens';
import { AppError } from '../errors';
import { passwordResetMail } from '../mail/templates';
import type { Actor } from '../policies/actor';
import { createRepositories } from '../repositories/index';
import { writeAudit } from './audit-writer';
import type { ServiceContext } from './context';

export const RESET_VALID_MINUTES = 60;

export class PasswordResetService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Emails a one-time link when the account exists. The caller answers the same way either
   * way, so this reveals nothing about which emails have accounts.
   */
  async request(email: string, actor: Actor): Promise<void> {
    const { db, repos, clock, config, mailer, background } = this.ctx;
    const user = await repos.users.findByEmail(email);
    if (!user) return;
    const org = await repos.organizations.findPrimary();
    const token = newToken();
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      await tx.passwordResets.insert({
        tokenHash: hashToken(config.sessionSecret, token),
        userId: user.id,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000).toISOString(),
        usedAt: null,
      });
      await writeAudit(tx, now, {
        action: 'user.password_reset_requested',
        actor,
        organizationId: user.organizationId,
        subject: { type: 'user', id: user.id },
      });
    });
    // The token rides in the URL fragment: browsers never send it to a server or in a Referer.
    const link = new URL(`/reset-password#token=${token}`, config.publicUrl).toString();
    // Sent after the reply: waiting for SMTP would make replies for real accounts slower than
    // for unknown emails (revealing which exist), and a slow mail server would hold the request.
    background.run('password reset mail', () =>
      mailer.send(
        passwordResetMail({
          to: user.email,
          displayName: user.displayName,
          organizationName: org?.name ?? 'Kindred',
          link,
          validMinutes: RESET_VALID_MINUTES,
        }),
      ),
    );
  }

  /** Sets a new password with a valid link; every session of the account is signed out. */
  async confirm(token: string, password: string, actor: Actor): Promise<void> {
    const { db, clock, config, hasher } = this.ctx;
    const passwordHash = await hasher.hash(password);
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      const userId = await tx.passwordResets.consume(
        hashToken(config.sessionSecret, token),
        now.toISOString(),
      );
      if (userId === undefined) throw new AppError('invalid_token');
      const user = await tx.users.findById(userId);
      if (!user) throw new AppError('invalid_token');
      await tx.users.update(userId, { passwordHash }, now.toISOString());
      await tx.passwordResets.invalidateAllForUser(userId, now.toISOString());
      await tx.sessions.deleteAllForUser(userId);
      await writeAudit(tx, now, {
        action: 'user.password_reset',
        actor,
        actorIdOverride: userId,
        organizationId: user.organizationId,
        subject: { type: 'user', id: userId },
      });
    });
  }
}
