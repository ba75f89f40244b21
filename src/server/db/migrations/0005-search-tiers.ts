import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migrator';

// Text search ranks by tiers (every word in the name first, then every other match), each in
// next-meeting order, so a page of a common word is read by walking the groups in that order and
// testing each against the match set, instead of ranking every match (see docs/performance.md).
//
// SQLite: the FTS5 row of a group is found by rowid, `support_group.search_rowid` (never the
// group's own rowid, which VACUUM may renumber), so the walk tests a rowid against the set of
// matching rowids. The walk index carries `search_rowid` so a group that does not match is
// skipped without reading its row. A second, small index of the names alone answers "every word
// in the name" from the names' own lists (a column filter on the first index reads every
// occurrence of the words). Triggers keep both in step with the group rows on every insert,
// update of the name or search text, and delete, whoever writes them. Both also keep prefixes of
// 2 to 8 characters, so the last, prefix-matched word of a query reads one list instead of
// merging every word that starts with it.
//
// PostgreSQL: a vector of the name and one of the search text (instead of one weighted vector of
// both) let the planner estimate "in the name" and "not in the name" from their own statistics,
// so it walks `support_group_status_next_idx` for common words and reads the GIN indexes for rare
// ones. Both vectors stay in the row (storage main), like the one they replace. The walk index
// includes the name, its vector and the id, so "every word in the name" is tested, and the
// name matches found in order, from the index alone (an index-only scan) for common words.
export async function up(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') {
    await sql`alter table support_group
      drop column search_vector,
      add column name_vector tsvector generated always as (to_tsvector('english', coalesce(name, ''))) stored,
      add column text_vector tsvector generated always as (to_tsvector('english', coalesce(search_text, ''))) stored,
      alter column name_vector set storage main,
      alter column text_vector set storage main`.execute(db);
    await sql`create index support_group_name_search_idx on support_group using gin (name_vector)`.execute(
      db,
    );
    await sql`create index support_group_text_search_idx on support_group using gin (text_vector)`.execute(
      db,
    );
    await sql`drop index support_group_status_next_idx`.execute(db);
    await sql`create index support_group_status_next_idx on support_group (status, next_start_at) include (name_vector, name, id)`.execute(
      db,
    );
    // The planner needs the vectors' statistics to choose between walking and the GIN indexes.
    await sql`analyze support_group`.execute(db);
    return;
  }

  await sql`alter table support_group add column search_rowid integer`.execute(db);
  await sql`update support_group set search_rowid = n.r
    from (select id, row_number() over (order by created_at, id) as r from support_group) as n
    where n.id = support_group.id`.execute(db);
  await sql`create unique index support_group_search_rowid_idx on support_group (search_rowid)`.execute(
    db,
  );
  await sql`drop index support_group_status_next_idx`.execute(db);
  await sql`create index support_group_status_next_idx on support_group (status, next_start_at, search_rowid)`.execute(
    db,
  );

  await sql`drop table support_group_fts`.execute(db);
  await sql`create virtual table support_group_fts using fts5(name, search_text, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8')`.execute(
    db,
  );
  await sql`insert into support_group_fts (rowid, name, search_text)
    select search_rowid, name, search_text from support_group`.execute(db);
  await sql`insert into support_group_fts (support_group_fts) values ('optimize')`.execute(db);
  await sql`create virtual table support_group_name_fts using fts5(name, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8')`.execute(
    db,
  );
  await sql`insert into support_group_name_fts (rowid, name)
    select search_rowid, name from support_group`.execute(db);
  await sql`insert into support_group_name_fts (support_group_name_fts) values ('optimize')`.execute(
    db,
  );

  // A new group takes the next free search rowid (the unique index finds the largest).
  await sql`create trigger support_group_search_insert after insert on support_group
    begin
      update support_group
        set search_rowid = (select coalesce(max(search_rowid), 0) + 1 from support_group)
        where id = new.id and search_rowid is null;
      insert into support_group_fts (rowid, name, search_text)
        select search_rowid, name, search_text from support_group where id = new.id;
      insert into support_group_name_fts (rowid, name)
        select search_rowid, name from support_group where id = new.id;
    end`.execute(db);
  await sql`create trigger support_group_search_update after update of name, search_text on support_group
    when new.search_rowid is not null
      and (old.name is not new.name or old.search_text is not new.search_text)
    begin
      delete from support_group_fts where rowid = old.search_rowid;
      insert into support_group_fts (rowid, name, search_text)
        values (new.search_rowid, new.name, new.search_text);
      delete from support_group_name_fts where rowid = old.search_rowid;
      insert into support_group_name_fts (rowid, name) values (new.search_rowid, new.name);
    end`.execute(db);
  await sql`create trigger support_group_search_delete after delete on support_group
    begin
      delete from support_group_fts where rowid = old.search_rowid;
      delete from support_group_name_fts where rowid = old.search_rowid;
    end`.execute(db);
}

export async function down(db: Kysely<unknown>, { dialect }: MigrationContext): Promise<void> {
  if (dialect === 'postgres') {
    await sql`drop index support_group_status_next_idx`.execute(db);
    await sql`create index support_group_status_next_idx on support_group (status, next_start_at)`.execute(
      db,
    );
    await sql`drop index support_group_text_search_idx`.execute(db);
    await sql`drop index support_group_name_search_idx`.execute(db);
    await sql`alter table support_group
      drop column text_vector,
      drop column name_vector,
      add column search_vector tsvector generated always as (setweight(to_tsvector('english', coalesce(name, '')), 'A') || setweight(to_tsvector('english', coalesce(search_text, '')), 'B')) stored,
      alter column search_vector set storage main`.execute(db);
    await sql`create index support_group_search_idx on support_group using gin (search_vector)`.execute(
      db,
    );
    return;
  }

  await sql`drop trigger support_group_search_delete`.execute(db);
  await sql`drop trigger support_group_search_update`.execute(db);
  await sql`drop trigger support_group_search_insert`.execute(db);
  await sql`drop table support_group_name_fts`.execute(db);
  await sql`drop table support_group_fts`.execute(db);
  await sql`create virtual table support_group_fts using fts5(group_id unindexed, name, search_text, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql`insert into support_group_fts (group_id, name, search_text)
    select id, name, search_text from support_group`.execute(db);
  await sql`drop index support_group_status_next_idx`.execute(db);
  await sql`create index support_group_status_next_idx on support_group (status, next_start_at)`.execute(
    db,
  );
  await sql`drop index support_group_search_rowid_idx`.execute(db);
  await sql`alter table support_group drop column search_rowid`.execute(db);
}
