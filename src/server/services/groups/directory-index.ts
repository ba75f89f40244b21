// The directory's filters, sorts and text searches, evaluated in memory over every active
// group. It answers exactly what `DirectoryRepository.search` answers for the same database state
// (a medium test compares both on both dialects), without a query plan that grows with the data:
// a page walks a presorted list until it has enough matches, or ranks the groups within a
// distance. Words are matched by the database's full-text index, one word at a time
// (`word-matches.ts`).
import type { IndexSlotRow } from '../../repositories/directory-index.repository';
import type { DirectoryFilters } from '../../repositories/directory-filters';
import { wordsOf } from '../../repositories/search-words';
import {
  activeFacts,
  byNextMeeting,
  firstIn,
  IndexedGroup,
  type IndexRows,
  pageOrder,
  reinserted,
  ValueCodes,
  weekCells,
} from './indexed-group';
import { FieldFilter, groupPredicate, inAll, wantedTagCodes } from './index-predicate';
import { PlaceGrid } from './place-grid';
import { TagPostings } from './tag-postings';
import { WordMatches, type WordQuery } from './word-matches';

export type { IndexRows } from './indexed-group';
export { wordQueries, type WordQuery } from './word-matches';

export interface IndexHit {
  id: string;
  updatedAt: string;
  /** Squared-degree distance, as the repository gives it; null without a place. */
  nearness: number | null;
}

export class DirectoryIndex {
  private readonly groups = new Map<string, IndexedGroup>();
  private nameOrdered: IndexedGroup[] = [];
  private nextOrdered: IndexedGroup[] | null = null;
  private onlineOrdered: IndexedGroup[] | null = null;
  private onlineByTag: TagPostings | null = null;
  private placeIndex: PlaceGrid | null = null;
  /** The earliest time some group's next meeting or weekly slot ends: see `due`. */
  private watermark: string | null = null;
  private searches = 0;
  private readonly codes = new ValueCodes();
  private readonly words = new WordMatches();

  get size(): number {
    return this.groups.size;
  }

  /**
   * Puts the given groups in (active ones) or takes them out (any other status). Returns whether
   * the name order must be read again (a group came, went or was renamed).
   */
  apply(rows: IndexRows, ids: string[], nowIso: string): boolean {
    const facts = activeFacts(rows, this.codes, nowIso);
    let reorder = false;
    for (const id of ids) {
      const f = facts.get(id);
      const before = this.groups.get(id);
      if (f === undefined) {
        if (before !== undefined) {
          this.groups.delete(id);
          reorder = true;
        }
        continue;
      }
      if (before === undefined || before.name !== f.name) reorder = true;
      // Changed in place: the ordered lists hold these objects.
      const group = before ?? new IndexedGroup(id);
      group.set(f);
      if (before === undefined) {
        group.nameRank = this.groups.size;
        this.groups.set(id, group);
      }
    }
    this.reset();
    return reorder;
  }

  /** The database's name order of the active groups. */
  setNameOrder(ids: string[]): void {
    this.nameOrdered = [];
    for (const id of ids) {
      const g = this.groups.get(id);
      if (g === undefined) continue;
      g.nameRank = this.nameOrdered.length;
      this.nameOrdered.push(g);
    }
    this.reset();
  }

  /** New next meetings and week cells of groups that were `due`. */
  refreshTimes(
    nexts: { id: string; next_start_at: string | null; next_end_at: string | null }[],
    slots: IndexSlotRow[],
    ids: string[],
    nowIso: string,
  ): void {
    const moved: IndexedGroup[] = [];
    for (const n of nexts) {
      const g = this.groups.get(n.id);
      if (g === undefined) continue;
      if (g.nextStart !== n.next_start_at) moved.push(g);
      g.nextStart = n.next_start_at;
      g.nextEnd = n.next_end_at;
    }
    // Meetings end all day long: put the few that moved back in place rather than sort again.
    if (this.nextOrdered !== null && moved.length > 0) {
      this.nextOrdered = moved.length > 64 ? null : reinserted(this.nextOrdered, moved);
    }
    const cells = weekCells(slots, nowIso);
    const refreshed = new Set<IndexedGroup>();
    for (const id of ids) {
      const g = this.groups.get(id);
      if (g === undefined) continue;
      g.cells = cells.get(id)?.cells ?? 0;
      g.cellsUntil = cells.get(id)?.until ?? null;
      refreshed.add(g);
    }
    // The place grid holds a copy of each group's cells (updated in 1–2 ms; rebuilt, 50 ms).
    this.placeIndex?.refreshCells(refreshed);
    this.rewatermark();
  }

  /** The word lookups of `queries` not held yet. */
  missingWords(queries: WordQuery[]): WordQuery[] {
    return this.words.missing(queries);
  }

  /** Holds the groups (by id) a word matches; null for a stop word. */
  setWord(q: WordQuery, ids: string[] | null): void {
    this.words.set(q, ids, (id) => this.groups.get(id));
  }

  /** Every group in the index, soonest next meeting first (to build their summaries ahead). */
  all(): IndexHit[] {
    return this.byNext().map((g) => ({ id: g.id, updatedAt: g.updatedAt, nearness: null }));
  }

  /** Whether some group's next meeting or weekly slot has ended by `nowIso` (see `due`). */
  hasDue(nowIso: string): boolean {
    return this.watermark !== null && nowIso >= this.watermark;
  }

  /**
   * Groups whose next meeting, or the last meeting of one of their weekly slots, has ended by
   * `nowIso`: the database may know newer ones (the next meeting moved on; the rolling horizon
   * added occurrences). Empty until the earliest such time.
   */
  due(nowIso: string): string[] {
    if (!this.hasDue(nowIso)) return [];
    const ids: string[] = [];
    for (const g of this.groups.values()) {
      const ended =
        (g.nextEnd !== null && g.nextEnd <= nowIso) ||
        (g.cellsUntil !== null && g.cellsUntil <= nowIso);
      if (ended) ids.push(g.id);
    }
    return ids;
  }

  /** After groups came, went or changed: the derived lists are built again when next needed. */
  private reset(): void {
    this.words.clear();
    this.nextOrdered = null;
    this.onlineOrdered = null;
    this.onlineByTag = null;
    this.placeIndex = null;
    this.rewatermark();
  }

  private rewatermark(): void {
    let mark: string | null = null;
    for (const g of this.groups.values()) {
      if (g.nextEnd !== null && (mark === null || g.nextEnd < mark)) mark = g.nextEnd;
      if (g.cellsUntil !== null && (mark === null || g.cellsUntil < mark)) mark = g.cellsUntil;
    }
    this.watermark = mark;
  }

  private byNext(): IndexedGroup[] {
    this.nextOrdered ??= [...this.nameOrdered].sort(byNextMeeting);
    return this.nextOrdered;
  }

  /** The online groups, in name order. */
  private online(): IndexedGroup[] {
    const online = this.codes.code('format', 'online');
    this.onlineOrdered ??= this.nameOrdered.filter((g) => g.format === online);
    return this.onlineOrdered;
  }

  /** The online groups by tag, for a search near a place that includes them. */
  private onlinePostings(): TagPostings {
    this.onlineByTag ??= new TagPostings(this.online());
    return this.onlineByTag;
  }

  private places(): PlaceGrid {
    this.placeIndex ??= new PlaceGrid(this.nameOrdered);
    return this.placeIndex;
  }

  /**
   * The page the repository would return for these filters, or null for a search with words
   * (the full-text index answers those).
   */
  search(f: DirectoryFilters): IndexHit[] | null {
    const hasWords = f.text !== undefined && wordsOf(f.text).length > 0;
    const sets = hasWords ? this.words.sets(f) : { all: [], name: [] };
    if (sets === undefined) return null;
    // Every word a stop word: no match (as in SQL).
    if (hasWords && sets.all.length === 0) return [];
    const fields = new FieldFilter(this.codes, f);
    const filters = groupPredicate(this.codes, f, fields);
    const matches =
      sets.all.length === 0 ? filters : (g: IndexedGroup) => filters(g) && inAll(g, sets.all);
    // Relevance with words: every word in the name first (tier 0), each tier soonest first.
    const tiered = hasWords && f.sort === 'relevance';
    const inName = (g: IndexedGroup) => sets.name.length > 0 && inAll(g, sets.name);
    const search = ++this.searches;
    const nearness = (g: IndexedGroup) => (g.seen === search ? g.nearness : null);
    const toHit = (g: IndexedGroup) => ({
      id: g.id,
      updatedAt: g.updatedAt,
      nearness: nearness(g),
    });
    const need = f.offset + f.limit;
    if (f.near !== undefined && f.sort === 'nearest') {
      return this.nearestPage(f, f.near, search, fields, matches, need).slice(f.offset).map(toHit);
    }
    const circle = f.near === undefined ? null : this.places().inCircle(f.near, search);
    const online = f.near?.includeOnline === true;
    const onlineCode = this.codes.code('format', 'online');
    const inScope = (g: IndexedGroup) =>
      circle === null || g.seen === search || (online && g.format === onlineCode);
    // A rare word: ranking its few groups beats walking a list that rarely holds one.
    const rare = sets.all[0];
    const fewWords = rare !== undefined && rare.size ** 2 <= need * this.size;
    const fewPlaces = circle !== null && !online && circle.length * 8 < this.size;

    let page: IndexedGroup[];
    if (fewWords || fewPlaces) {
      // Distance order, or few candidates: rank the matching ones.
      const candidates: IndexedGroup[] = [];
      if (rare !== undefined && (circle === null || rare.size < circle.length)) {
        for (const g of rare) if (inScope(g) && matches(g)) candidates.push(g);
      } else if (circle !== null) {
        for (const g of circle) if (matches(g)) candidates.push(g);
        if (online) {
          const byName = !tiered && f.sort === 'name';
          candidates.push(...this.onlineMatches(f, search, matches, byName ? need : Infinity));
        }
      }
      const plain = pageOrder(f.sort, nearness);
      const order = tiered
        ? (a: IndexedGroup, b: IndexedGroup) =>
            Number(!inName(a)) - Number(!inName(b)) || plain(a, b)
        : plain;
      page = firstIn(candidates, need, order).slice(f.offset);
    } else {
      // Walk a presorted list and stop once the page is full.
      const list = f.sort === 'name' || f.sort === 'nearest' ? this.nameOrdered : this.byNext();
      // Tier 0, every word in the name: from the smallest set of name matches, sorted, when it
      // is small; from a walk of the presorted list when the page fills sooner that way (about
      // need × size / |set| steps against |set|). Tier 1 from the walk.
      const tierZero = (g: IndexedGroup) => inName(g) && inScope(g) && matches(g);
      const smallest = sets.name[0];
      let first: IndexedGroup[] = [];
      if (tiered && smallest !== undefined && smallest.size ** 2 > need * this.size) {
        for (const g of list) {
          if (first.length === need) break;
          if (tierZero(g)) first.push(g);
        }
      } else if (tiered) {
        first = firstIn([...(smallest ?? [])].filter(tierZero), need, byNextMeeting);
      }
      const rest: IndexedGroup[] = [];
      if (first.length < need) {
        for (const g of list) {
          if (!inScope(g) || !matches(g) || (tiered && inName(g))) continue;
          rest.push(g);
          if (first.length + rest.length === need) break;
        }
      }
      page = [...first, ...rest].slice(f.offset, need);
    }
    return page.map(toHit);
  }

  /** Nearest first: the matches in the circle, then (when asked for) online groups by name. */
  private nearestPage(
    f: DirectoryFilters,
    near: NonNullable<DirectoryFilters['near']>,
    search: number,
    fields: FieldFilter,
    matches: (g: IndexedGroup) => boolean,
    need: number,
  ): IndexedGroup[] {
    const { matched, complete } = this.places().nearest(near, search, fields, matches, need);
    if (complete && near.includeOnline) {
      matched.push(...this.onlineMatches(f, search, matches, need));
    }
    return firstIn(
      matched,
      need,
      pageOrder('nearest', (g) => (g.seen === search ? g.nearness : null)),
    );
  }

  /**
   * Online groups that match, in name order; at most `max` (online groups have no distance, so
   * nearest and name both rank them by name, and only the first `need` can reach a page).
   */
  private onlineMatches(
    f: DirectoryFilters,
    search: number,
    matches: (g: IndexedGroup) => boolean,
    max: number,
  ): IndexedGroup[] {
    const out: IndexedGroup[] = [];
    const pool = this.onlinePostings().candidates(wantedTagCodes(this.codes, f));
    for (const g of pool ?? this.online()) {
      if (out.length >= max) break;
      if (g.seen !== search && matches(g)) out.push(g);
    }
    return out;
  }
}
