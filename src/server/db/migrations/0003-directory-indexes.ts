import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migrator';

// Indexes for the directory's slow shapes at 100,000 meetings (see docs/performance.md):
// - sort by name reads groups in `lower(name), id` order instead of sorting every active group;
// - online groups near a place (format=online with a location) are read in that order too, from
//   the online ones only;
// - distance search finds the schedules in the bounding box, and their group, from the index
//   alone (latitude, longitude, group_id), replacing the (latitude, longitude) index;
// - PostgreSQL keeps each group's tsvector in its row (storage main): out of line, every text
//   match paid a TOAST fetch per candidate row, 3x slower for common words. Applies to rows
//   written from now on (VACUUM FULL support_group rewrites older ones).
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  await sql`create index support_group_status_name_order_idx on support_group (status, lower(name), id)`.execute(
    db,
  );
  await sql`create index support_group_status_format_name_idx on support_group (status, format, lower(name), id)`.execute(
    db,
  );
  await db.schema
    .createIndex('schedule_geo_idx')
    .on('schedule')
    .columns(['latitude', 'longitude', 'group_id'])
    .execute();
  await db.schema.dropIndex('schedule_location_idx').execute();
  if (dialect === 'postgres') {
    await sql`alter table support_group alter column search_vector set storage main`.execute(db);
  }
}

export async function down(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table support_group alter column search_vector set storage extended`.execute(
      db,
    );
  }
  await db.schema
    .createIndex('schedule_location_idx')
    .on('schedule')
    .columns(['latitude', 'longitude'])
    .execute();
  await db.schema.dropIndex('schedule_geo_idx').execute();
  await db.schema.dropIndex('support_group_status_format_name_idx').execute();
  await db.schema.dropIndex('support_group_status_name_order_idx').execute();
}
