// One active group as the directory index holds it, and the orders pages are read in.
import { meetingCells } from '../../../domain/directory/week-cells';
import type {
  IndexGroupRow,
  IndexPlaceRow,
  IndexSlotRow,
  IndexTagRow,
} from '../../repositories/directory-index.repository';
import type { DirectoryFilters } from '../../repositories/directory-filters';

export type GroupFacts = Pick<
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
export class IndexedGroup {
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
export function weekCells(
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
export function byNextMeeting(a: IndexedGroup, b: IndexedGroup): number {
  if (a.nextStart !== b.nextStart) {
    if (a.nextStart === null) return 1;
    if (b.nextStart === null) return -1;
    return a.nextStart < b.nextStart ? -1 : 1;
  }
  return a.nameRank - b.nameRank;
}

export function byName(a: IndexedGroup, b: IndexedGroup): number {
  return a.nameRank - b.nameRank;
}

/** The facts of the active groups among the rows, by group id. */
export function activeFacts(
  rows: IndexRows,
  codes: ValueCodes,
  nowIso: string,
): Map<string, GroupFacts> {
  const tags = new Map<string, number[]>();
  for (const t of rows.tags) {
    let list = tags.get(t.group_id);
    if (list === undefined) tags.set(t.group_id, (list = []));
    list.push(codes.code(t.kind, t.value));
  }
  const places = new Map<string, number[]>();
  for (const p of rows.places) {
    let list = places.get(p.group_id);
    if (list === undefined) places.set(p.group_id, (list = []));
    list.push(p.latitude, p.longitude);
  }
  const cells = weekCells(rows.slots, nowIso);
  const out = new Map<string, GroupFacts>();
  for (const row of rows.groups) {
    if (row.status !== 'active') continue;
    out.set(row.id, {
      name: row.name,
      updatedAt: row.updated_at,
      nextStart: row.next_start_at,
      nextEnd: row.next_end_at,
      format: row.format === null ? 0 : codes.code('format', row.format),
      leadership: codes.code('leadership', row.leadership),
      attendance: codes.code('attendance', row.attendance),
      cost: codes.code('cost', row.cost),
      tags: tags.get(row.id) ?? [],
      places: places.get(row.id) ?? [],
      cells: cells.get(row.id)?.cells ?? 0,
      cellsUntil: cells.get(row.id)?.until ?? null,
    });
  }
  return out;
}

/** `list` in next-meeting order with `moved` taken out and put back where they now belong. */
export function reinserted(list: readonly IndexedGroup[], moved: IndexedGroup[]): IndexedGroup[] {
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
  return kept;
}

/**
 * The order of a page: nearest first (groups without a place last), by name, or soonest next
 * meeting; ties by name, as the repository's SQL breaks them.
 */
export function pageOrder(
  sort: DirectoryFilters['sort'],
  nearness: (g: IndexedGroup) => number | null,
): (a: IndexedGroup, b: IndexedGroup) => number {
  if (sort === 'name') return byName;
  if (sort !== 'nearest') return byNextMeeting;
  return (a, b) => {
    const da = nearness(a);
    const db = nearness(b);
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da - db;
    }
    return a.nameRank - b.nameRank;
  };
}

/**
 * The first `count` items in `order`, without sorting them all: a sorted list of the best so far
 * that most candidates fall off at one comparison.
 */
export function firstIn<T>(items: T[], count: number, order: (a: T, b: T) => number): T[] {
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
    // Shift by hand: `splice` would allocate an array of removed items for every insert.
    if (best.length < count) best.push(item);
    for (let i = best.length - 1; i > lo; i--) best[i] = best[i - 1] as T;
    best[lo] = item;
  }
  return best;
}

/**
 * Small integer codes for the values of a group's fields and tags: compared far faster than
 * strings read from the database.
 */
export class ValueCodes {
  private readonly codes = new Map<string, number>();

  /** The code of a value of a field or tag kind, given on first sight. */
  code(kind: string, value: string): number {
    const key = `${kind}:${value}`;
    let code = this.codes.get(key);
    if (code === undefined) this.codes.set(key, (code = this.codes.size + 1));
    return code;
  }

  /** The codes of the values asked for; values never seen have none. */
  codesOf(kind: string, values: readonly string[]): number[] {
    return values.flatMap((v) => this.codes.get(`${kind}:${v}`) ?? []);
  }

  /**
   * The values asked for, as a table indexed by code (1: wanted; values never seen match no
   * group), which a search reads faster than a set; null when none is asked.
   */
  wanted(kind: string, values: string[] | undefined): Uint8Array | null {
    if (values === undefined || values.length === 0) return null;
    const table = new Uint8Array(this.codes.size + 1);
    for (const v of values) {
      const code = this.codes.get(`${kind}:${v}`);
      if (code !== undefined) table[code] = 1;
    }
    return table;
  }
}
