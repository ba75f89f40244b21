// The directory search: every filter of /groups as one SQL query over indexed tables, on both
// dialects. Multi-valued filters OR within a kind and AND across kinds.
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { boundingBox } from '../../domain/directory/distance';
import { bucketRanges, type TimeOfDay } from '../../domain/directory/time-of-day';
import type { Database, GroupTagKind } from '../db/schema';
import { type GroupRecord, toGroupRecord } from './group-rows';

export interface DirectoryFilters {
  text?: string;
  tags: Partial<Record<GroupTagKind, string[]>>;
  days?: number[];
  times?: TimeOfDay[];
  formats?: string[];
  leadership?: string[];
  attendance?: string[];
  costs?: string[];
  near?: { latitude: number; longitude: number; radiusMiles: number; includeOnline: boolean };
  sort: 'relevance' | 'next' | 'nearest' | 'name';
  offset: number;
  limit: number;
  nowIso: string;
}

export interface DirectoryRow {
  group: GroupRecord;
  /** Squared equirectangular distance in degrees² (for ordering only), when near is given. */
  nearness: number | null;
}

/** Miles per degree of latitude (and of longitude at the equator). */
export const MILES_PER_DEGREE = 69.0934;

/** Online attendance is possible at hybrid groups too, and in-person attendance as well. */
export function formatsMatching(formats: string[]): string[] {
  const out = new Set<string>();
  for (const f of formats) {
    out.add(f);
    if (f === 'online' || f === 'in-person') out.add('hybrid');
  }
  return [...out];
}

/**
 * SQLite FTS5 query from free text: every word must match (prefix match on the last one, for
 * search-as-you-type); quotes stop user input from being read as FTS syntax.
 */
export function fts5Query(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * The same words as a PostgreSQL to_tsquery: AND-ed, prefix match on the last one. Only letters
 * and digits reach it, so nothing the user types is read as tsquery syntax.
 */
export function tsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

/**
 * Whether a page ordered by rank, searched within the best `kept` matches only, is the page a
 * search over all matches gives: every match was kept, or the page is full and its last row
 * ranks strictly better than the worst kept match (so no match left out could come before it).
 * An empty page proves nothing.
 */
function exact(rows: object[], kept: number, limit: number): boolean {
  const last = rows[rows.length - 1] as
    { rank: number; top_count: number; top_edge: number } | undefined;
  if (last === undefined) return false;
  return last.top_count < kept || (rows.length === limit && last.rank < last.top_edge);
}

export class DirectoryRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: 'sqlite' | 'postgres',
  ) {}

  /**
   * `allMatches` is internal: SQLite first ranks only the best matches of the full-text index
   * (see `topMatches`) and searches again over all of them when that cannot give the exact page.
   */
  async search(f: DirectoryFilters, allMatches = false): Promise<DirectoryRow[]> {
    const text =
      f.text === undefined ? null : this.dialect === 'sqlite' ? fts5Query(f.text) : tsQuery(f.text);
    let query = this.db
      .selectFrom('support_group as g')
      .selectAll('g')
      .where('g.status', '=', 'active');

    // A common word matches most groups: joining every match to its group, then sorting them
    // all, is what makes such a search slow. When relevance orders the page, the best matches
    // alone (ranked and cut in the full-text index) usually hold it.
    const topMatches =
      text !== null && this.dialect === 'sqlite' && f.sort === 'relevance' && !allMatches
        ? 4 * (f.offset + f.limit) + 100
        : null;
    if (text !== null && this.dialect === 'sqlite') {
      const bm25 = sql<number>`bm25(support_group_fts, 0.0, 10.0, 1.0)`;
      const matches = this.db
        .selectFrom('support_group_fts')
        .select(['group_id', bm25.as('rank')])
        .where(sql<SqlBool>`support_group_fts match ${text}`);
      query =
        topMatches === null
          ? query
              .innerJoin(matches.as('fts'), (join) => join.onRef('fts.group_id', '=', 'g.id'))
              .select('fts.rank')
          : query
              .innerJoin(
                this.db
                  .selectFrom(matches.orderBy(bm25).limit(topMatches).as('m'))
                  .select([
                    'm.group_id',
                    'm.rank',
                    // How many matches were kept, and the worst rank kept: see `exact`.
                    sql<number>`count(*) over ()`.as('top_count'),
                    sql<number>`max(m.rank) over ()`.as('top_edge'),
                  ])
                  .as('fts'),
                (join) => join.onRef('fts.group_id', '=', 'g.id'),
              )
              .select(['fts.rank', 'fts.top_count', 'fts.top_edge']);
    } else if (text !== null) {
      query = query
        .where(sql<SqlBool>`g.search_vector @@ to_tsquery('english', ${text})`)
        .select(sql<number>`-ts_rank(g.search_vector, to_tsquery('english', ${text}))`.as('rank'));
    }

    for (const [kind, values] of Object.entries(f.tags) as [GroupTagKind, string[] | undefined][]) {
      if (values === undefined || values.length === 0) continue;
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('group_tag as t')
            .select('t.group_id')
            .whereRef('t.group_id', '=', 'g.id')
            .where('t.kind', '=', kind)
            .where('t.value', 'in', values),
        ),
      );
    }
    if (f.formats?.length) query = query.where('g.format', 'in', formatsMatching(f.formats));
    if (f.leadership?.length) query = query.where('g.leadership', 'in', f.leadership);
    if (f.attendance?.length) query = query.where('g.attendance', 'in', f.attendance);
    if (f.costs?.length) query = query.where('g.cost', 'in', f.costs);

    if (f.days?.length || f.times?.length) {
      const days = f.days;
      const ranges = (f.times ?? []).flatMap((t) => bucketRanges[t]);
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('occurrence as o')
            .select('o.group_id')
            .whereRef('o.group_id', '=', 'g.id')
            .where('o.end_at', '>', f.nowIso)
            .where('o.status', '<>', 'cancelled')
            .$if(days !== undefined && days.length > 0, (q) =>
              q.where('o.local_weekday', 'in', days ?? []),
            )
            .$if(ranges.length > 0, (q) =>
              q.where((e) =>
                e.or(
                  ranges.map((r) =>
                    e.and([e('o.local_minutes', '>=', r.from), e('o.local_minutes', '<', r.to)]),
                  ),
                ),
              ),
            ),
        ),
      );
    }

    const near = f.near;
    if (near !== undefined) {
      const box = boundingBox({ lat: near.latitude, lng: near.longitude }, near.radiusMiles);
      // Equirectangular distance: accurate to well under 1% at directory radii, and plain
      // arithmetic on both dialects (SQLite has no trigonometry by default).
      const k = Math.cos((near.latitude * Math.PI) / 180);
      const maxDeg2 = (near.radiusMiles / MILES_PER_DEGREE) ** 2;
      const d2 = sql<number>`(s.latitude - ${near.latitude}) * (s.latitude - ${near.latitude}) + ((s.longitude - ${near.longitude}) * ${k}) * ((s.longitude - ${near.longitude}) * ${k})`;
      // The groups with a place in the circle, each with its nearest one, from the schedules in
      // the bounding box (an index range): a few thousand rows at most, instead of a test per
      // group. The nearest place in the circle is the group's nearest place overall.
      const inCircle = this.db
        .selectFrom('schedule as s')
        .select(['s.group_id', sql<number>`min(${d2})`.as('nearness')])
        .where('s.latitude', '>=', box.minLat)
        .where('s.latitude', '<=', box.maxLat)
        .where((e) =>
          e.or(
            box.lngRanges.map((r) =>
              e.and([e('s.longitude', '>=', r.min), e('s.longitude', '<=', r.max)]),
            ),
          ),
        )
        // The box is a prefilter for the index; this keeps the circle.
        .where(sql<SqlBool>`${d2} <= ${maxDeg2}`)
        .groupBy('s.group_id')
        .as('n');
      const withDistance = query
        .innerJoin(inCircle, (join) => join.onRef('n.group_id', '=', 'g.id'))
        .select('n.nearness');
      if (near.includeOnline) {
        // Online groups (no place, so no distance) stay when asked for. A join OR-ed with
        // "format = online" makes both dialects test every group; instead each arm reads only
        // its own first offset + limit rows in the requested order (an index walk for the
        // online arm), and the page is cut from their union: the same rows, in the same order.
        const nullDistance = sql<number>`cast(null as ${sql.raw(this.dialect === 'postgres' ? 'double precision' : 'real')})`;
        const firstRows = f.offset + f.limit;
        let circleArm = withDistance;
        for (const key of this.sortKeys(f, text !== null, true, 'g')) {
          circleArm = circleArm.orderBy(key);
        }
        let onlineArm = query.where('g.format', '=', 'online').select(nullDistance.as('nearness'));
        for (const key of this.sortKeys(f, text !== null, false, 'g')) {
          onlineArm = onlineArm.orderBy(key);
        }
        let union = this.db
          .selectFrom(
            this.db
              .selectFrom(circleArm.limit(firstRows).as('a'))
              .selectAll()
              .unionAll(this.db.selectFrom(onlineArm.limit(firstRows).as('b')).selectAll())
              .as('u'),
          )
          .selectAll();
        for (const key of this.sortKeys(f, text !== null, true, 'u')) union = union.orderBy(key);
        const rows = await union.offset(f.offset).limit(f.limit).execute();
        if (topMatches !== null && !exact(rows, topMatches, f.limit)) return this.search(f, true);
        return rows.map((r) => ({ group: toGroupRecord(r), nearness: r.nearness }));
      }
      query = withDistance;
    }

    for (const key of this.sortKeys(f, text !== null, near !== undefined, 'g')) {
      query = query.orderBy(key);
    }
    const rows = await query.offset(f.offset).limit(f.limit).execute();
    if (topMatches !== null && !exact(rows, topMatches, f.limit)) return this.search(f, true);
    return rows.map((row) => {
      const r = row as typeof row & { nearness?: number | null };
      return { group: toGroupRecord(r), nearness: r.nearness ?? null };
    });
  }

  /** The ORDER BY of a search, on table alias `t`; `distance` when rows carry a nearness. */
  private sortKeys(
    f: DirectoryFilters,
    hasText: boolean,
    distance: boolean,
    t: 'g' | 'u',
  ): RawBuilder<unknown>[] {
    const next = sql`${sql.ref(`${t}.next_start_at`)} asc nulls last`;
    const keys: RawBuilder<unknown>[] = [];
    switch (f.sort) {
      case 'relevance':
        // Without words to rank by (no q, or only punctuation), the soonest meeting comes first.
        keys.push(hasText ? sql`rank` : next);
        break;
      case 'nearest':
        if (distance) keys.push(sql`nearness asc nulls last`);
        break;
      case 'next':
        keys.push(next);
        break;
      case 'name':
        break;
    }
    keys.push(sql`lower(${sql.ref(`${t}.name`)})`, sql`${sql.ref(`${t}.id`)}`);
    return keys;
  }
}
