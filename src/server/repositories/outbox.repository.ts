import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface OutboxRecord {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

export class OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(m: OutboxRecord): Promise<void> {
    await this.db
      .insertInto('outbox_message')
      .values({
        id: m.id,
        to_address: m.to,
        subject: m.subject,
        text_body: m.text,
        created_at: m.createdAt,
      })
      .execute();
  }

  /** Newest first; ids are UUIDv7 so they sort by time. */
  async list(beforeId: string | undefined, limit: number): Promise<OutboxRecord[]> {
    let query = this.db.selectFrom('outbox_message').selectAll().orderBy('id', 'desc').limit(limit);
    if (beforeId !== undefined) query = query.where('id', '<', beforeId);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      to: r.to_address,
      subject: r.subject,
      text: r.text_body,
      createdAt: r.created_at,
    }));
  }
}
