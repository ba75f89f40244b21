import type { Kysely } from 'kysely';
import type { MigrationContext } from '../migrator';

// Personal calendars: the groups a person follows (membership will later feed the same calendar)
// and one secret subscription URL per person. Of the URL's token only a keyed hash is stored,
// with the random nonce it is derived from under the server secret (see calendar-tokens.ts), so
// a copy of the database alone can neither replay nor rebuild live calendar URLs.
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('group_follow')
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) =>
      c.notNull().references('support_group.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_follow_pk', ['user_id', 'group_id'])
    .execute();
  await db.schema
    .createIndex('group_follow_group_idx')
    .on('group_follow')
    .column('group_id')
    .execute();

  await db.schema
    .createTable('calendar_subscription')
    .addColumn('user_id', 'text', (c) =>
      c.primaryKey().references('app_user.id').onDelete('cascade'),
    )
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.dropTable('calendar_subscription').execute();
  await db.schema.dropTable('group_follow').execute();
}
