import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migrator';

// Groups, their taxonomy and schedules, and the tables the directory searches:
// - group_tag: one row per (group, kind, value) so multi-valued filters (languages, audiences,
//   topics, accessibility) are indexable on both dialects;
// - occurrence: the next weeks of every schedule expanded in its time zone (DST-correct), so day,
//   time-of-day and "next meeting" filters are plain indexed comparisons;
// - full-text search: FTS5 on SQLite, a generated tsvector with a GIN index on PostgreSQL.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  const float = dialect === 'postgres' ? sql`double precision` : sql`real`;

  await db.schema
    .createTable('category')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_es', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('topic')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('category_id', 'text', (c) =>
      c.notNull().references('category.id').onDelete('cascade'),
    )
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_es', 'text', (c) => c.notNull())
    .execute();

  let group = db.schema
    .createTable('support_group')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organization.id').onDelete('cascade'),
    )
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('first_meeting', 'text', (c) => c.notNull())
    .addColumn('leadership', 'text', (c) => c.notNull())
    .addColumn('attendance', 'text', (c) => c.notNull())
    .addColumn('cost', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('format', 'text')
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('audiences', 'text', (c) => c.notNull())
    .addColumn('accessibility', 'text', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('next_start_at', 'text')
    .addColumn('next_end_at', 'text')
    .addColumn('occurrences_until', 'text')
    .addColumn('source', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull());
  if (dialect === 'postgres') {
    group = group.addColumn('search_vector', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('english', coalesce(name, '')), 'A') || setweight(to_tsvector('english', coalesce(search_text, '')), 'B')`,
        )
        .stored(),
    );
  }
  await group.execute();
  await db.schema
    .createIndex('support_group_status_next_idx')
    .on('support_group')
    .columns(['status', 'next_start_at'])
    .execute();
  await db.schema
    .createIndex('support_group_next_end_idx')
    .on('support_group')
    .column('next_end_at')
    .execute();
  await db.schema
    .createIndex('support_group_status_name_idx')
    .on('support_group')
    .columns(['status', 'name'])
    .execute();
  if (dialect === 'postgres') {
    await sql`create index support_group_search_idx on support_group using gin (search_vector)`.execute(
      db,
    );
  } else {
    await sql`create virtual table support_group_fts using fts5(group_id unindexed, name, search_text, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(
      db,
    );
  }

  await db.schema
    .createTable('group_tag')
    .addColumn('group_id', 'text', (c) =>
      c.notNull().references('support_group.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('group_tag_pk', ['group_id', 'kind', 'value'])
    .execute();
  await db.schema
    .createIndex('group_tag_lookup_idx')
    .on('group_tag')
    .columns(['kind', 'value', 'group_id'])
    .execute();

  await db.schema
    .createTable('group_facilitator')
    .addColumn('group_id', 'text', (c) =>
      c.notNull().references('support_group.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('group_facilitator_pk', ['group_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('group_facilitator_user_idx')
    .on('group_facilitator')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('schedule')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('group_id', 'text', (c) =>
      c.notNull().references('support_group.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('recurrence', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('place_name', 'text')
    .addColumn('address', 'text')
    .addColumn('latitude', float)
    .addColumn('longitude', float)
    .addColumn('place_notes', 'text')
    .addColumn('join_url', 'text')
    .addColumn('dial_in', 'text')
    .addColumn('online_notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('schedule_group_idx').on('schedule').column('group_id').execute();
  await db.schema
    .createIndex('schedule_location_idx')
    .on('schedule')
    .columns(['latitude', 'longitude'])
    .execute();

  await db.schema
    .createTable('schedule_exception')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('schedule_id', 'text', (c) =>
      c.notNull().references('schedule.id').onDelete('cascade'),
    )
    .addColumn('original_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('new_start', 'text')
    .addColumn('new_end', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('schedule_exception_date_uq', ['schedule_id', 'original_date'])
    .execute();

  await db.schema
    .createTable('occurrence')
    .addColumn('schedule_id', 'text', (c) =>
      c.notNull().references('schedule.id').onDelete('cascade'),
    )
    .addColumn('group_id', 'text', (c) =>
      c.notNull().references('support_group.id').onDelete('cascade'),
    )
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text', (c) => c.notNull())
    .addColumn('local_weekday', 'integer', (c) => c.notNull())
    .addColumn('local_minutes', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('occurrence_pk', ['schedule_id', 'start_at'])
    .execute();
  await db.schema
    .createIndex('occurrence_group_idx')
    .on('occurrence')
    .columns(['group_id', 'local_weekday', 'local_minutes'])
    .execute();
  await db.schema.createIndex('occurrence_end_idx').on('occurrence').columns(['end_at']).execute();
}

export async function down(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  for (const table of [
    'occurrence',
    'schedule_exception',
    'schedule',
    'group_facilitator',
    'group_tag',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  if (dialect === 'sqlite') await sql`drop table support_group_fts`.execute(db);
  for (const table of ['support_group', 'topic', 'category']) {
    await db.schema.dropTable(table).execute();
  }
}
