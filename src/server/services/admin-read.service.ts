import type { AuditEvent, OutboxMessage } from '../../contracts/admin';
import type { Actor } from '../policies/actor';
import { authorize, requireUser } from '../policies/authorize';
import { organizationPolicy } from '../policies/organization.policy';
import type { ServiceContext } from './context';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

function paginate<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items.at(-1)?.id ?? null) : null };
}

/** Read-only admin views: the audit log and the dev outbox. */
export class AdminReadService {
  constructor(private readonly ctx: ServiceContext) {}

  async auditLog(
    actor: Actor,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<AuditEvent>> {
    authorize(actor, organizationPolicy.readAuditLog);
    const me = requireUser(actor);
    const rows = await this.ctx.repos.audit.list(me.organizationId, cursor, limit + 1);
    const page = paginate(rows, limit);
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((e) => ({
        id: e.id,
        action: e.action,
        actorId: e.actorId,
        actorDisplayName: e.actorDisplayName,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        ip: e.ip,
        detail: e.detail,
        createdAt: e.createdAt,
      })),
    };
  }

  async outbox(
    actor: Actor,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<OutboxMessage>> {
    authorize(actor, organizationPolicy.readOutbox);
    return paginate(await this.ctx.repos.outbox.list(cursor, limit + 1), limit);
  }
}
