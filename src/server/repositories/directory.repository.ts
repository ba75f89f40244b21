// The directory search: every filter of /groups as one SQL query over indexed tables, on both
// dialects. Multi-valued filters OR within a kind and AND across kinds.
import { type Kysely, type SqlBool, sql } from 'kysely';
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
function formatsMatching(formats: string[]): string[] {
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

export class DirectoryRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: 'sqlite' | 'postgres',
  ) {}

  async search(f: DirectoryFilters): Promise<DirectoryRow[]> {
    const text =
      f.text === undefined ? null : this.dialect === 'sqlite' ? fts5Query(f.text) : tsQuery(f.text);
    let query = this.db
      .selectFrom('support_group as g')
      .selectAll('g')
      .where('g.status', '=', 'active');

    if (text !== null && this.dialect === 'sqlite') {
      query = query
        .innerJoin(
          (eb) =>
            eb
              .selectFrom('support_group_fts')
              .select(['group_id', sql<number>`bm25(support_group_fts, 0.0, 10.0, 1.0)`.as('rank')])
              .where(sql<SqlBool>`support_group_fts match ${text}`)
              .as('fts'),
          (join) => join.onRef('fts.group_id', '=', 'g.id'),
        )
        .select('fts.rank');
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
      // Online groups (no place, so no distance) stay only when asked for.
      query = near.includeOnline
        ? query
            .leftJoin(inCircle, (join) => join.onRef('n.group_id', '=', 'g.id'))
            .where((eb) => eb.or([eb('n.group_id', 'is not', null), eb('g.format', '=', 'online')]))
            .select('n.nearness')
        : query
            .innerJoin(inCircle, (join) => join.onRef('n.group_id', '=', 'g.id'))
            .select('n.nearness');
    }

    switch (f.sort) {
      case 'relevance':
        // Without words to rank by (no q, or only punctuation), the soonest meeting comes first.
        query =
          text === null
            ? query.orderBy(sql`g.next_start_at asc nulls last`)
            : query.orderBy(sql`rank`);
        break;
      case 'nearest':
        query = near === undefined ? query : query.orderBy(sql`nearness asc nulls last`);
        break;
      case 'next':
        query = query.orderBy(sql`g.next_start_at asc nulls last`);
        break;
      case 'name':
        break;
    }
    const rows = await query
      .orderBy(sql`lower(g.name)`)
      .orderBy('g.id')
      .offset(f.offset)
      .limit(f.limit)
      .execute();
    return rows.map((row) => {
      const r = row as typeof row & { nearness?: number | null };
      return { group: toGroupRecord(r), nearness: r.nearness ?? null };
    });
  }
}
