// The directory's filters and sorts, evaluated in memory over every active group. It answers
// exactly what `DirectoryRepository.search` answers for the same database state (a medium test
// compares both on both dialects), without a query plan that grows with the data: a page walks a
// presorted list until it has enough matches, or ranks the groups within a distance. Free text
// is not held here; text searches go to the database's full-text index.
import { boundingBox } from '../../../domain/directory/distance';
import { filterCells, meetingCells } from '../../../domain/directory/week-cells';
import type {
  IndexGroupRow,
  IndexPlaceRow,
  IndexSlotRow,
  IndexTagRow,
} from '../../repositories/directory-index.repository';
import {
  type DirectoryFilters,
  formatsMatching,
  MILES_PER_DEGREE,
  wordsOf,
} from '../../repositories/directory.repository';

/** One word of a text search as the database matches it: see `DirectoryIndex.words`. */
export interface WordQuery {
  word: string;
  /** The last word of a query matches as a prefix. */
  prefix: boolean;
  /** In the name only (relevance's first tier), or anywhere. */
  inName: boolean;
}

const wordKey = (q: WordQuery) => `${q.inName ? 'name' : 'all'}${q.prefix ? '*' : ' '}${q.word}`;

/** The word lookups a search needs: every word anywhere, and in the name when it ranks. */
export function wordQueries(f: DirectoryFilters): WordQuery[] {
  const words = f.text === undefined ? [] : wordsOf(f.text);
  const places = f.sort === 'relevance' ? [false, true] : [false];
  return places.flatMap((inName) =>
    words.map((word, i) => ({ word, prefix: i === words.length - 1, inName })),
  );
}

export interface IndexHit {
  id: string;
  updatedAt: string;
  /** Squared-degree distance, as the repository gives it; null without a place. */
  nearness: number | null;
}

type GroupFacts = Pick<
  IndexedGroup,
  | 'name'
  | 'updatedAt'
  | 'nextStart'
  | 'nextEnd'
  | 'format'
  | 'leadership'
  | 'attendance'
  | 'cost'
  | 'tags'
  | 'places'
  | 'cells'
  | 'cellsUntil'
>;

/**
 * One active group's filterable facts. A class with every field set in the constructor, in one
 * order and with its final kind of value, so all instances share one shape and a page can test
 * tens of thousands of them in a millisecond (objects built by spreading fell back to slow
 * dictionary properties, 40 times slower to read).
 */
class IndexedGroup {
  name = '';
  updatedAt = '';
  nextStart: string | null = null;
  nextEnd: string | null = null;
  /**
   * Format, leadership, attendance, cost and tags as codes (see `DirectoryIndex.code`): small
   * integers compare far faster than strings read from the database. Format 0 is none.
   */
  format = 0;
  leadership = 0;
  attendance = 0;
  cost = 0;
  tags: number[] = [];
  /** Latitude, longitude pairs of its places. */
  places: number[] = [];
  /** Week cells of its weekly slots whose last materialized meeting has not ended. */
  cells = 0;
  /** When the first of those slots ends: its cells must then be read again (see `due`). */
  cellsUntil: string | null = null;
  /** Position in the database's `lower(name), id` order. */
  nameRank = 0;
  /** Scratch of one search (searches are synchronous): the search that found it in its circle. */
  seen = 0;
  /** Scratch: its nearest place's squared distance in that search (a double from the start). */
  nearness = Number.NaN;

  constructor(readonly id: string) {}

  set(facts: GroupFacts): void {
    this.name = facts.name;
    this.updatedAt = facts.updatedAt;
    this.nextStart = facts.nextStart;
    this.nextEnd = facts.nextEnd;
    this.format = facts.format;
    this.leadership = facts.leadership;
    this.attendance = facts.attendance;
    this.cost = facts.cost;
    this.tags = facts.tags;
    this.places = facts.places;
    this.cells = facts.cells;
    this.cellsUntil = facts.cellsUntil;
  }
}

/** The facts of some groups, as read together from the database. */
export interface IndexRows {
  groups: IndexGroupRow[];
  tags: IndexTagRow[];
  places: IndexPlaceRow[];
  slots: IndexSlotRow[];
}

/**
 * Each group's week cells, from its slots whose last meeting has not ended (filters ask for
 * meetings that have not ended, so an ended slot can match nothing again), and when the first of
 * them ends.
 */
function weekCells(
  slots: IndexSlotRow[],
  nowIso: string,
): Map<string, { cells: number; until: string }> {
  const out = new Map<string, { cells: number; until: string }>();
  for (const s of slots) {
    if (s.last_end <= nowIso) continue;
    const cells = meetingCells(s.local_weekday, s.local_minutes);
    const before = out.get(s.group_id);
    if (before === undefined) {
      out.set(s.group_id, { cells, until: s.last_end });
    } else {
      before.cells |= cells;
      if (s.last_end < before.until) before.until = s.last_end;
    }
  }
  return out;
}

/** SQL's `next_start_at asc nulls last, lower(name), id`. */
function byNextMeeting(a: IndexedGroup, b: IndexedGroup): number {
  if (a.nextStart !== b.nextStart) {
    if (a.nextStart === null) return 1;
    if (b.nextStart === null) return -1;
    return a.nextStart < b.nextStart ? -1 : 1;
  }
  return a.nameRank - b.nameRank;
}

function byName(a: IndexedGroup, b: IndexedGroup): number {
  return a.nameRank - b.nameRank;
}

/** Places are filed in squares of this many degrees, so a circle reads only its own squares. */
const SQUARE_DEG = 0.5;
const square = (degrees: number) => Math.floor(degrees / SQUARE_DEG);
const squareKey = (latSquare: number, lngSquare: number) => latSquare * 1_000 + lngSquare;

/**
 * The first `count` items in `order`, without sorting them all: a sorted list of the best so far
 * that most candidates fall off at one comparison.
 */
function firstIn<T>(items: T[], count: number, order: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (count <= 0) return best;
  for (const item of items) {
    const last = best[best.length - 1];
    if (best.length === count && last !== undefined && order(item, last) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = best[mid];
      if (at !== undefined && order(at, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

interface Place {
  lat: number;
  lng: number;
  owner: IndexedGroup;
}

export class DirectoryIndex {
  private readonly groups = new Map<string, IndexedGroup>();
  private nameOrdered: IndexedGroup[] = [];
  private nextOrdered: IndexedGroup[] | null = null;
  private onlineOrdered: IndexedGroup[] | null = null;
  private placeIndex: Map<number, Place[]> | null = null;
  /** The earliest time some group's next meeting or weekly slot ends: see `due`. */
  private watermark: string | null = null;
  private searches = 0;
  private readonly codes = new Map<string, number>();
  /**
   * The groups each word matches, as the database's full-text search finds them (one word at a
   * time: a query's matches are the groups every one of its words matches), read when a search
   * first needs them and dropped whenever a group changes. null: a stop word, left out.
   */
  private readonly words = new Map<string, Set<IndexedGroup> | null>();

  /** The code of a value of a field or tag kind, given on first sight. */
  private code(kind: string, value: string): number {
    const key = `${kind}:${value}`;
    let code = this.codes.get(key);
    if (code === undefined) this.codes.set(key, (code = this.codes.size + 1));
    return code;
  }

  /** Codes of the values asked for (ones never seen match no group); null when none is asked. */
  private wanted(kind: string, values: string[] | undefined): Set<number> | null {
    if (values === undefined || values.length === 0) return null;
    const codes = new Set<number>();
    for (const v of values) {
      const code = this.codes.get(`${kind}:${v}`);
      if (code !== undefined) codes.add(code);
    }
    return codes;
  }

  get size(): number {
    return this.groups.size;
  }

  /**
   * Puts the given groups in (active ones) or takes them out (any other status). Returns whether
   * the name order must be read again (a group came, went or was renamed).
   */
  apply(rows: IndexRows, ids: string[], nowIso: string): boolean {
    const tags = new Map<string, number[]>();
    for (const t of rows.tags) {
      let list = tags.get(t.group_id);
      if (list === undefined) tags.set(t.group_id, (list = []));
      list.push(this.code(t.kind, t.value));
    }
    const places = new Map<string, number[]>();
    for (const p of rows.places) {
      const list = places.get(p.group_id) ?? [];
      list.push(p.latitude, p.longitude);
      places.set(p.group_id, list);
    }
    const cells = weekCells(rows.slots, nowIso);
    let reorder = false;
    const active = new Map(rows.groups.filter((g) => g.status === 'active').map((g) => [g.id, g]));
    for (const id of ids) {
      const row = active.get(id);
      const before = this.groups.get(id);
      if (row === undefined) {
        if (before !== undefined) {
          this.groups.delete(id);
          reorder = true;
        }
        continue;
      }
      if (before === undefined || before.name !== row.name) reorder = true;
      const facts: GroupFacts = {
        name: row.name,
        updatedAt: row.updated_at,
        nextStart: row.next_start_at,
        nextEnd: row.next_end_at,
        format: row.format === null ? 0 : this.code('format', row.format),
        leadership: this.code('leadership', row.leadership),
        attendance: this.code('attendance', row.attendance),
        cost: this.code('cost', row.cost),
        tags: tags.get(id) ?? [],
        places: places.get(id) ?? [],
        cells: cells.get(id)?.cells ?? 0,
        cellsUntil: cells.get(id)?.until ?? null,
      };
      // Changed in place: the ordered lists hold these objects.
      const group = before ?? new IndexedGroup(id);
      group.set(facts);
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
    this.reposition(moved);
    const cells = weekCells(slots, nowIso);
    for (const id of ids) {
      const g = this.groups.get(id);
      if (g === undefined) continue;
      g.cells = cells.get(id)?.cells ?? 0;
      g.cellsUntil = cells.get(id)?.until ?? null;
    }
    this.rewatermark();
  }

  /** The word lookups of `queries` not held yet. */
  missingWords(queries: WordQuery[]): WordQuery[] {
    return queries.filter((q) => !this.words.has(wordKey(q)));
  }

  /** Holds the groups (by id) a word matches; null for a stop word. */
  setWord(q: WordQuery, ids: string[] | null): void {
    if (this.words.size >= 4_000) this.words.clear();
    if (ids === null) {
      this.words.set(wordKey(q), null);
      return;
    }
    const groups = new Set<IndexedGroup>();
    for (const id of ids) {
      const g = this.groups.get(id);
      if (g !== undefined) groups.add(g);
    }
    this.words.set(wordKey(q), groups);
  }

  /**
   * The sets a search's words must all be in, anywhere and in the name; undefined when one is
   * not held. No set at all (every word a stop word): nothing matches.
   */
  private wordSets(
    f: DirectoryFilters,
  ): { all: Set<IndexedGroup>[]; name: Set<IndexedGroup>[] } | undefined {
    const all: Set<IndexedGroup>[] = [];
    const name: Set<IndexedGroup>[] = [];
    for (const q of wordQueries(f)) {
      const set = this.words.get(wordKey(q));
      if (set === undefined) return undefined;
      if (set !== null) (q.inName ? name : all).push(set);
    }
    const bySize = (a: Set<IndexedGroup>, b: Set<IndexedGroup>) => a.size - b.size;
    return { all: all.sort(bySize), name: name.sort(bySize) };
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
    this.placeIndex = null;
    this.rewatermark();
  }

  /**
   * A few groups' next meetings moved (meetings end all day long): take them out of the
   * next-meeting order and put them back in place, rather than sorting every group again.
   */
  private reposition(moved: IndexedGroup[]): void {
    const list = this.nextOrdered;
    if (list === null || moved.length === 0) return;
    if (moved.length > 64) {
      this.nextOrdered = null;
      return;
    }
    const leaving = new Set(moved);
    const kept = list.filter((g) => !leaving.has(g));
    for (const g of moved) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const at = kept[mid];
        if (at !== undefined && byNextMeeting(at, g) < 0) lo = mid + 1;
        else hi = mid;
      }
      kept.splice(lo, 0, g);
    }
    this.nextOrdered = kept;
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
    const online = this.code('format', 'online');
    this.onlineOrdered ??= this.nameOrdered.filter((g) => g.format === online);
    return this.onlineOrdered;
  }

  private places(): Map<number, Place[]> {
    if (this.placeIndex !== null) return this.placeIndex;
    const squares = new Map<number, Place[]>();
    for (const g of this.nameOrdered) {
      for (let i = 0; i < g.places.length; i += 2) {
        const lat = g.places[i] ?? 0;
        const lng = g.places[i + 1] ?? 0;
        const key = squareKey(square(lat), square(lng));
        let list = squares.get(key);
        if (list === undefined) squares.set(key, (list = []));
        list.push({ lat, lng, owner: g });
      }
    }
    this.placeIndex = squares;
    return squares;
  }

  /**
   * The groups with a place in the circle, each marked (`seen` = this search) with its nearest
   * place (`nearness`), computed with the repository's arithmetic.
   */
  private inCircle(near: NonNullable<DirectoryFilters['near']>, search: number): IndexedGroup[] {
    const box = boundingBox({ lat: near.latitude, lng: near.longitude }, near.radiusMiles);
    const k = Math.cos((near.latitude * Math.PI) / 180);
    const maxDeg2 = (near.radiusMiles / MILES_PER_DEGREE) ** 2;
    const squares = this.places();
    const found: IndexedGroup[] = [];
    for (let latSquare = square(box.minLat); latSquare <= square(box.maxLat); latSquare++) {
      for (const range of box.lngRanges) {
        for (let lngSquare = square(range.min); lngSquare <= square(range.max); lngSquare++) {
          for (const p of squares.get(squareKey(latSquare, lngSquare)) ?? []) {
            // The repository's test: the box first, then the circle, in the same arithmetic.
            if (p.lat < box.minLat || p.lat > box.maxLat) continue;
            if (!box.lngRanges.some((r) => p.lng >= r.min && p.lng <= r.max)) continue;
            const dy = p.lat - near.latitude;
            const dx = (p.lng - near.longitude) * k;
            const d2 = dy * dy + dx * dx;
            if (d2 > maxDeg2) continue;
            const g = p.owner;
            if (g.seen !== search) {
              g.seen = search;
              g.nearness = d2;
              found.push(g);
            } else if (d2 < g.nearness) {
              g.nearness = d2;
            }
          }
        }
      }
    }
    return found;
  }

  private predicate(f: DirectoryFilters): (g: IndexedGroup) => boolean {
    const tagSets = (Object.entries(f.tags) as [string, string[] | undefined][]).flatMap(
      ([kind, values]) => this.wanted(kind, values) ?? [],
    );
    const formats = this.wanted(
      'format',
      f.formats?.length ? formatsMatching(f.formats) : undefined,
    );
    const leadership = this.wanted('leadership', f.leadership);
    const attendance = this.wanted('attendance', f.attendance);
    const costs = this.wanted('cost', f.costs);
    const byTime = (f.days?.length ?? 0) > 0 || (f.times?.length ?? 0) > 0;
    const wanted = filterCells(f.days ?? [], f.times ?? []);
    return (g) => {
      if (formats !== null && !formats.has(g.format)) return false;
      if (leadership !== null && !leadership.has(g.leadership)) return false;
      if (attendance !== null && !attendance.has(g.attendance)) return false;
      if (costs !== null && !costs.has(g.cost)) return false;
      // Cells hold only slots with a meeting still to end (`due` keeps them so).
      if (byTime && (g.cells & wanted) === 0) return false;
      for (const codes of tagSets) if (!g.tags.some((t) => codes.has(t))) return false;
      return true;
    };
  }

  /**
   * The page the repository would return for these filters, or null for a search with words
   * (the full-text index answers those).
   */
  search(f: DirectoryFilters): IndexHit[] | null {
    const hasWords = f.text !== undefined && wordsOf(f.text).length > 0;
    const sets = hasWords ? this.wordSets(f) : { all: [], name: [] };
    if (sets === undefined) return null;
    // Every word a stop word: no match (as in SQL).
    if (hasWords && sets.all.length === 0) return [];
    const filters = this.predicate(f);
    const matches =
      sets.all.length === 0
        ? filters
        : (g: IndexedGroup) => filters(g) && sets.all.every((set) => set.has(g));
    // Relevance with words: every word in the name first (tier 0), each tier soonest first.
    const tiered = hasWords && f.sort === 'relevance';
    const inName = (g: IndexedGroup) =>
      sets.name.length > 0 && sets.name.every((set) => set.has(g));
    const search = ++this.searches;
    const circle = f.near === undefined ? null : this.inCircle(f.near, search);
    const online = f.near?.includeOnline === true;
    const onlineCode = this.code('format', 'online');
    const nearness = (g: IndexedGroup) => (g.seen === search ? g.nearness : null);

    let page: IndexedGroup[];
    if (circle !== null && (f.sort === 'nearest' || (!online && circle.length * 8 < this.size))) {
      // Distance order, or few candidates: rank the matching ones.
      const candidates = circle.filter(matches);
      if (online) {
        for (const g of this.online()) if (g.seen !== search && matches(g)) candidates.push(g);
      }
      const plain =
        f.sort === 'nearest'
          ? (a: IndexedGroup, b: IndexedGroup) => {
              const da = nearness(a);
              const db = nearness(b);
              if (da !== db) {
                if (da === null) return 1;
                if (db === null) return -1;
                return da - db;
              }
              return a.nameRank - b.nameRank;
            }
          : f.sort === 'name'
            ? byName
            : byNextMeeting;
      const order = tiered
        ? (a: IndexedGroup, b: IndexedGroup) =>
            Number(!inName(a)) - Number(!inName(b)) || plain(a, b)
        : plain;
      page = firstIn(candidates, f.offset + f.limit, order).slice(f.offset);
    } else {
      // Walk a presorted list and stop once the page is full.
      const list = f.sort === 'name' || f.sort === 'nearest' ? this.nameOrdered : this.byNext();
      const inScope = (g: IndexedGroup) =>
        circle === null || g.seen === search || (online && g.format === onlineCode);
      const need = f.offset + f.limit;
      // Tier 0 from the smallest set of name matches, sorted; tier 1 from the walk.
      const first = tiered
        ? firstIn(
            [...(sets.name[0] ?? [])].filter((g) => inName(g) && inScope(g) && matches(g)),
            need,
            byNextMeeting,
          )
        : [];
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
    return page.map((g) => ({ id: g.id, updatedAt: g.updatedAt, nearness: nearness(g) }));
  }
}
