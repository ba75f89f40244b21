// A person's secret calendar URL: look it up, create or rotate it (the old URL stops working at
// once), revoke it. Creating and revoking are audited in the same transaction.
import type { Actor } from '../../policies/actor';
import { requireUser } from '../../policies/authorize';
import { createRepositories } from '../../repositories/index';
import { writeAudit } from '../audit-writer';
import type { ServiceContext } from '../context';
import { calendarToken, calendarTokenHash, calendarUrl, newCalendarNonce } from './calendar-tokens';

export class CalendarSubscriptionService {
  constructor(private readonly ctx: ServiceContext) {}

  private urlFor(nonce: string): string {
    const { config } = this.ctx;
    return calendarUrl(config.publicUrl, calendarToken(config.sessionSecret, nonce));
  }

  /** The person's calendar URL, or null when they have none. */
  async get(actor: Actor): Promise<string | null> {
    const me = requireUser(actor);
    const sub = await this.ctx.repos.calendar.findSubscription(me.id);
    return sub ? this.urlFor(sub.nonce) : null;
  }

  /** Creates the person's calendar URL, or replaces it with a new one. */
  async rotate(actor: Actor): Promise<string> {
    const me = requireUser(actor);
    const { db, clock, config } = this.ctx;
    const now = clock.now();
    const nonce = newCalendarNonce();
    const token = calendarToken(config.sessionSecret, nonce);
    await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      const replaced = (await tx.calendar.findSubscription(me.id)) !== undefined;
      await tx.calendar.replaceSubscription({
        userId: me.id,
        tokenHash: calendarTokenHash(config.sessionSecret, token),
        nonce,
        createdAt: now.toISOString(),
      });
      await writeAudit(tx, now, {
        action: 'calendar.subscription_created',
        actor,
        organizationId: me.organizationId,
        subject: { type: 'user', id: me.id },
        detail: { replaced },
      });
    });
    return calendarUrl(config.publicUrl, token);
  }

  /** Revokes the person's calendar URL; idempotent (audited only when there was one). */
  async revoke(actor: Actor): Promise<void> {
    const me = requireUser(actor);
    const { db, clock } = this.ctx;
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      if (!(await tx.calendar.deleteSubscription(me.id))) return;
      await writeAudit(tx, now, {
        action: 'calendar.subscription_revoked',
        actor,
        organizationId: me.organizationId,
        subject: { type: 'user', id: me.id },
      });
    });
  }
}
