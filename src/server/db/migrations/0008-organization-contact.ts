import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrator';

// The organization's public contact: email, phone and its own website, published as the
// Meeting Guide feed's entity_email, entity_phone and entity_url (TSML UI shows them on every
// meeting page). Nullable: most organizations start without them, and the feed leaves out what
// is not set. One column per statement: SQLite's ALTER TABLE adds a single column at a time.
const COLUMNS = ['contact_email', 'contact_phone', 'website'] as const;

export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  for (const column of COLUMNS) {
    await db.schema.alterTable('organization').addColumn(column, 'text').execute();
  }
}

export async function down(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  for (const column of [...COLUMNS].reverse()) {
    await db.schema.alterTable('organization').dropColumn(column).execute();
  }
}
