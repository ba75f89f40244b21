import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrator';

// Groups written since a moment, read before every directory search (the in-memory directory
// index catches up with writes from any instance) and for the feed's validators: an index range
// instead of a scan of every group.
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createIndex('support_group_updated_idx')
    .on('support_group')
    .column('updated_at')
    .execute();
}

export async function down(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropIndex('support_group_updated_idx').execute();
}
