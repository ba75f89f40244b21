// The directory search: every filter of /groups as one SQL query over indexed tables, on both
// dialects. Multi-valued filters OR within a kind and AND across kinds.
import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { boundingBox } from '../../domain/directory/distance';
import { bucketRanges } from '../../domain/directory/time-of-day';
import type { Database, GroupTagKind, SupportGroupTable } from '../db/schema';
import {
  type DirectoryFilters,
  type DirectoryRow,
  formatsMatching,
  MILES_PER_DEGREE,
} from './directory-filters';
import { GROUP_ROW_COLUMNS, toGroupRecord } from './group-rows';
import { type Access, ftsRowids, textCondition, type Tier } from './directory-text';
import { wordsOf } from './search-words';

const GROUP_COLUMNS = GROUP_ROW_COLUMNS.map((c) => `g.${c}` as const);

/** Which groups an arm of the query reads: any, those within the distance, or online ones. */
type Place = 'any' | 'circle' | 'online';

/**
 * On SQLite, a match set smaller than this many times offset + limit drives the plan instead of
 * being probed by a walk. In next-meeting order, a walk tests each group in the index alone and
 * visits about active ÷ matches groups per match (words do not cluster by time): at 20 × the
 * page it visits a twentieth of the directory, about as long as driving takes to read and sort
 * the set. In name order, each group visited is a row read, and a word can cluster (names that
 * start with it), so only much larger sets are walked.
 */
const DRIVE_FACTOR = { next: 20, name: 100 };

export class DirectoryRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: 'sqlite' | 'postgres',
  ) {}

  /**
   * One page of the directory. With words and sort by relevance, the name matches come first,
   * then every other match, each tier soonest meeting first: each tier (and, for online groups
   * near a place, each of the two places) is an arm that reads only its own first offset + limit
   * rows in that order, and the page is cut from their union, so no plan ranks every match.
   * The groups within a distance come from the distance join and are sorted anyway: there one
   * arm computes the tier of each.
   */
  async search(f: DirectoryFilters): Promise<DirectoryRow[]> {
    const words = f.text === undefined ? [] : wordsOf(f.text);
    const tiered = words.length > 0 && f.sort === 'relevance';
    const tiers: Tier[] = tiered ? [0, 1] : ['all'];
    const places: Place[] =
      f.near === undefined ? ['any'] : f.near.includeOnline ? ['circle', 'online'] : ['circle'];
    const firstRows = f.offset + f.limit;
    const byNext = f.sort === 'relevance' || f.sort === 'next';
    const bound = (byNext ? DRIVE_FACTOR.next : DRIVE_FACTOR.name) * firstRows;
    const access = await this.textAccess(words, tiers, places, bound);

    const arms = places.flatMap((place) => {
      if (place === 'circle') {
        return [{ query: this.arm(f, words, place, tiered ? 'ranked' : 'all', 'probe'), tiered }];
      }
      return tiers.flatMap((tier) => {
        const how = access.get(tier);
        // An empty match set (counted on SQLite) gives no rows.
        if (how === null || how === undefined) return [];
        return [{ query: this.arm(f, words, place, tier, how), tiered: false }];
      });
    });
    const distance = f.near !== undefined;
    // An arm's own order: by tier first when it ranks its rows.
    const ordered = ({ query, tiered: ranks }: (typeof arms)[number]) => {
      let out = ranks ? query.orderBy(sql`tier`) : query;
      for (const key of this.sortKeys(f, distance, 'g')) out = out.orderBy(key);
      return out;
    };
    const [only] = arms;
    if (only === undefined) return [];

    // The arms and their union carry only the sort keys; the page's rows are read at the end,
    // by id (a deferred join): sorts and unions stay narrow, and on PostgreSQL an arm that tests
    // only the name reads the walk index alone (it includes the name and its vector).
    let page;
    if (arms.length === 1) {
      page = ordered(only).offset(f.offset).limit(f.limit);
    } else {
      // A join OR-ed with another condition ("in the circle or online", "in the name or
      // anywhere") makes both dialects test every group; instead each arm reads only its own
      // first offset + limit rows in the requested order (an index walk where it can), and the
      // page is cut from their union: the same rows, in the same order.
      const limited = arms.map((arm) =>
        this.db.selectFrom(ordered(arm).limit(firstRows).as('a')).selectAll(),
      );
      const [first, ...rest] = limited;
      if (first === undefined) return [];
      let union = this.db
        .selectFrom(rest.reduce((u, arm) => u.unionAll(arm), first).as('u'))
        .selectAll();
      if (tiered) union = union.orderBy(sql`tier`);
      for (const key of this.sortKeys(f, distance, 'u')) union = union.orderBy(key);
      page = union.offset(f.offset).limit(f.limit);
    }
    let query = this.db
      .selectFrom(page.as('p'))
      .innerJoin('support_group as g', 'g.id', 'p.id')
      .select(GROUP_COLUMNS)
      .select(
        distance
          ? sql<number | null>`${sql.ref('p.nearness')}`.as('nearness')
          : sql<null>`null`.as('nearness'),
      );
    if (tiered) query = query.orderBy(sql`${sql.ref('p.tier')}`);
    for (const key of this.sortKeys(f, distance, 'p')) query = query.orderBy(key);
    const rows = await query.execute();
    return rows.map((r) => ({ group: toGroupRecord(r), nearness: r.nearness }));
  }

  /**
   * How each tier's arm reads its matches. PostgreSQL's planner chooses from the statistics of
   * the vectors; SQLite has none for the full-text index, so its match sets are counted first,
   * each up to the size where a walk starts to pay (cheap: the index yields rowids lazily, and
   * keeps prefixes, so the count stops there). null: no match at all.
   */
  private async textAccess(
    words: string[],
    tiers: Tier[],
    places: Place[],
    bound: number,
  ): Promise<Map<Tier, Access | null>> {
    const out = new Map<Tier, Access | null>(tiers.map((t) => [t, 'walk']));
    if (words.length === 0 || this.dialect !== 'sqlite') return out;
    if (places.every((p) => p === 'circle')) return out;
    const counts = tiers.map(
      (tier) => sql<number>`(select count(*) from (${ftsRowids(words, tier)} limit ${bound}))`,
    );
    const result = await sql<Record<string, number>>`select ${sql.join(
      counts.map((c, i) => sql`${c} as ${sql.id(`n${String(i)}`)}`),
    )}`.execute(this.db);
    const row = result.rows[0] ?? {};
    tiers.forEach((tier, i) => {
      const n = row[`n${String(i)}`] ?? 0;
      out.set(tier, n === 0 ? null : n < bound ? 'drive' : 'walk');
    });
    return out;
  }

  /** SQLite: the index an arm reads the groups by, when its words are tested. */
  private indexFor(f: DirectoryFilters, place: Place, access: Access): string | undefined {
    if (this.dialect !== 'sqlite' || access === 'probe') return undefined;
    if (access === 'drive') return 'support_group_search_rowid_idx';
    if (f.sort === 'relevance' || f.sort === 'next') return 'support_group_status_next_idx';
    return place === 'online'
      ? 'support_group_status_format_name_idx'
      : 'support_group_status_name_order_idx';
  }

  /**
   * One arm: the groups of a place and tier that pass every filter, with their distance.
   * `ranked`: every match, with its tier (for an arm that sorts its rows anyway).
   */
  private arm(
    f: DirectoryFilters,
    words: string[],
    place: Place,
    tier: Tier | 'ranked',
    access: Access,
  ) {
    const index = words.length > 0 ? this.indexFor(f, place, access) : undefined;
    const alias =
      index === undefined ? sql.id('g') : sql`${sql.id('g')} indexed by ${sql.id(index)}`;
    let query = this.db
      .selectFrom(sql<SupportGroupTable>`${sql.table('support_group')}`.as<'g'>(alias))
      .select(['g.id', 'g.next_start_at', 'g.name'])
      .where('g.status', '=', 'active');
    if (tier === 'ranked') {
      query = query
        .where(textCondition(this.dialect, words, 'all', access))
        .select(
          sql<number>`case when ${textCondition(this.dialect, words, 0, access)} then 0 else 1 end`.as(
            'tier',
          ),
        );
    } else {
      if (words.length > 0) query = query.where(textCondition(this.dialect, words, tier, access));
      if (tier !== 'all') query = query.select(sql.lit(tier).as('tier'));
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
    if (near === undefined || place === 'any') return query;
    if (place === 'online') {
      // Online groups (no place, so no distance) stay when asked for.
      const nullDistance = sql<number>`cast(null as ${sql.raw(this.dialect === 'postgres' ? 'double precision' : 'real')})`;
      return query.where('g.format', '=', 'online').select(nullDistance.as('nearness'));
    }
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
    return query
      .innerJoin(inCircle, (join) => join.onRef('n.group_id', '=', 'g.id'))
      .select('n.nearness');
  }

  /**
   * The ORDER BY of a search (after the tier, when relevance ranks words), on table alias `t`;
   * `distance` when rows carry a nearness.
   */
  private sortKeys(
    f: DirectoryFilters,
    distance: boolean,
    t: 'g' | 'u' | 'p',
  ): RawBuilder<unknown>[] {
    const keys: RawBuilder<unknown>[] = [];
    switch (f.sort) {
      case 'relevance':
      case 'next':
        // Relevance: within a tier, or without words to rank by, the soonest meeting first.
        keys.push(sql`${sql.ref(`${t}.next_start_at`)} asc nulls last`);
        break;
      case 'nearest':
        // In an arm, the distance join's output column; after it, a column of the subquery.
        if (distance) {
          keys.push(sql`${t === 'g' ? sql`nearness` : sql.ref(`${t}.nearness`)} asc nulls last`);
        }
        break;
      case 'name':
        break;
    }
    keys.push(sql`lower(${sql.ref(`${t}.name`)})`, sql`${sql.ref(`${t}.id`)}`);
    return keys;
  }
}
