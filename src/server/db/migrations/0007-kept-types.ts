import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrator';

// Type codes of an imported feed that Kindred does not model (the spec's formats such as Speaker
// or Big Book, another system's custom codes): kept as a JSON array on the group so its feed
// gives them back, and an intergroup that publishes through Kindred loses nothing it had.
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .alterTable('support_group')
    .addColumn('kept_types', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('support_group').dropColumn('kept_types').execute();
}
