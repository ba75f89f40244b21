import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface AuditRecord {
  id: string;
  organizationId: string | null;
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
  createdAt: string;
}

export interface AuditListItem extends AuditRecord {
  actorDisplayName: string | null;
}

export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(e: AuditRecord): Promise<void> {
    await this.db
      .insertInto('audit_event')
      .values({
        id: e.id,
        organization_id: e.organizationId,
        actor_id: e.actorId,
        action: e.action,
        subject_type: e.subjectType,
        subject_id: e.subjectId,
        ip: e.ip,
        detail: JSON.stringify(e.detail),
        created_at: e.createdAt,
      })
      .execute();
  }

  /** One organization's events, newest first, keyset-paginated by id (UUIDv7). */
  async list(
    organizationId: string,
    beforeId: string | undefined,
    limit: number,
  ): Promise<AuditListItem[]> {
    let query = this.db
      .selectFrom('audit_event')
      .leftJoin('app_user', 'app_user.id', 'audit_event.actor_id')
      .selectAll('audit_event')
      .select('app_user.display_name as actor_display_name')
      .where('audit_event.organization_id', '=', organizationId)
      .orderBy('audit_event.id', 'desc')
      .limit(limit);
    if (beforeId !== undefined) query = query.where('audit_event.id', '<', beforeId);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      actorId: r.actor_id,
      actorDisplayName: r.actor_display_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      ip: r.ip,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      createdAt: r.created_at,
    }));
  }
}
