// Reads that feed the in-memory directory index: the filterable facts of every active group, in
// bulk at start and by id when groups change. Nothing here is ordered for display except
// `nameOrder`, which asks the database so the index sorts names exactly as SQL does.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema';
import { fts5Phrase, tsOperand } from './search-words';

export interface IndexGroupRow {
  id: string;
  name: string;
  status: string;
  updated_at: string;
  next_start_at: string | null;
  next_end_at: string | null;
  format: string | null;
  leadership: string;
  attendance: string;
  cost: string;
}

export interface IndexTagRow {
  group_id: string;
  kind: string;
  value: string;
}

export interface IndexPlaceRow {
  group_id: string;
  latitude: number;
  longitude: number;
}

/** A weekly slot of a group and when its last materialized, not cancelled occurrence ends. */
export interface IndexSlotRow {
  group_id: string;
  local_weekday: number;
  local_minutes: number;
  last_end: string;
}

/** Keeps `in (...)` lists well under every dialect's parameter limit. */
const CHUNK = 500;

async function chunked<T>(ids: string[], read: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))));
  return out;
}

export class DirectoryIndexRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: 'sqlite' | 'postgres',
  ) {}

  /**
   * The groups one word of a text search matches: anywhere (name, description, topics, places)
   * or in the name alone, with the same engines and tokenizers as the directory's SQL search
   * (`DirectoryRepository`). The word is letters and digits only; `prefix` for the last word of a
   * query. null on PostgreSQL for a stop word ("the"), which a query leaves out.
   */
  async wordMatches(word: string, prefix: boolean, inName: boolean): Promise<string[] | null> {
    if (this.dialect === 'sqlite') {
      const match = fts5Phrase(word, prefix);
      const table = sql.table(inName ? 'support_group_name_fts' : 'support_group_fts');
      const rows = await sql<{ id: string }>`select g.id from ${table}
        join support_group g on g.search_rowid = ${table}.rowid
        where ${table} match ${match}`.execute(this.db);
      return rows.rows.map((r) => r.id);
    }
    const operand = tsOperand(word, prefix);
    const query = sql`to_tsquery('english', ${operand})`;
    const lexemes = await sql<{ n: number }>`select numnode(${query}) as n`.execute(this.db);
    if ((lexemes.rows[0]?.n ?? 0) === 0) return null;
    const found = inName
      ? sql`name_vector @@ ${query}`
      : sql`(name_vector @@ ${query} or text_vector @@ ${query})`;
    const rows = await sql<{ id: string }>`select id from support_group where ${found}`.execute(
      this.db,
    );
    return rows.rows.map((r) => r.id);
  }

  private groupsQuery() {
    return this.db
      .selectFrom('support_group')
      .select([
        'id',
        'name',
        'status',
        'updated_at',
        'next_start_at',
        'next_end_at',
        'format',
        'leadership',
        'attendance',
        'cost',
      ]);
  }

  async activeGroups(): Promise<IndexGroupRow[]> {
    return this.groupsQuery().where('status', '=', 'active').execute();
  }

  /** The groups with these ids, whatever their status (a paused group must leave the index). */
  async groups(ids: string[]): Promise<IndexGroupRow[]> {
    return chunked(ids, (part) => this.groupsQuery().where('id', 'in', part).execute());
  }

  /** Active groups in the directory's name order: `lower(name), id`, as the database sorts. */
  async nameOrder(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('support_group as g')
      .select('g.id')
      .where('g.status', '=', 'active')
      .orderBy((eb) => eb.fn('lower', ['g.name']))
      .orderBy('g.id')
      .execute();
    return rows.map((r) => r.id);
  }

  async tags(ids?: string[]): Promise<IndexTagRow[]> {
    const q = this.db.selectFrom('group_tag').select(['group_id', 'kind', 'value']);
    return ids === undefined
      ? q.execute()
      : chunked(ids, (part) => q.where('group_id', 'in', part).execute());
  }

  async places(ids?: string[]): Promise<IndexPlaceRow[]> {
    const q = this.db
      .selectFrom('schedule')
      .select(['group_id', 'latitude', 'longitude'])
      .where('latitude', 'is not', null)
      .where('longitude', 'is not', null)
      .$narrowType<{ latitude: number; longitude: number }>();
    return ids === undefined
      ? q.execute()
      : chunked(ids, (part) => q.where('group_id', 'in', part).execute());
  }

  async slots(ids?: string[]): Promise<IndexSlotRow[]> {
    const q = this.db
      .selectFrom('occurrence')
      .select((eb) => [
        'group_id',
        'local_weekday',
        'local_minutes',
        eb.fn.max('end_at').as('last_end'),
      ])
      .where('status', '<>', 'cancelled')
      .groupBy(['group_id', 'local_weekday', 'local_minutes']);
    return ids === undefined
      ? q.execute()
      : chunked(ids, (part) => q.where('group_id', 'in', part).execute());
  }

  /** Groups written at (when inclusive) or after `since`: an index range on `updated_at`. */
  async changedSince(
    since: string,
    inclusive: boolean,
  ): Promise<{ id: string; updated_at: string }[]> {
    return this.db
      .selectFrom('support_group')
      .select(['id', 'updated_at'])
      .where('updated_at', inclusive ? '>=' : '>', since)
      .execute();
  }

  async nextMeetings(
    ids: string[],
  ): Promise<{ id: string; next_start_at: string | null; next_end_at: string | null }[]> {
    return chunked(ids, (part) =>
      this.db
        .selectFrom('support_group')
        .select(['id', 'next_start_at', 'next_end_at'])
        .where('id', 'in', part)
        .execute(),
    );
  }
}
