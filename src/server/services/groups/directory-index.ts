// The directory's filters and sorts, evaluated in memory over every active group. It answers
// exactly what `DirectoryRepository.search` answers for the same database state (a medium test
// compares both on both dialects), without a query plan that grows with the data: a page walks a
// presorted list until it has enough matches, or sorts the groups within a distance. Free text
// is not held here; text searches go to the database's full-text index.
import { boundingBox } from '../../../domain/directory/distance';
import { bucketRanges } from '../../../domain/directory/time-of-day';
import type {
  IndexGroupRow,
  IndexPlaceRow,
  IndexSlotRow,
  IndexTagRow,
} from '../../repositories/directory-index.repository';
import {
  type DirectoryFilters,
  formatsMatching,
  fts5Query,
  MILES_PER_DEGREE,
} from '../../repositories/directory.repository';

export interface IndexHit {
  id: string;
  updatedAt: string;
  /** Squared-degree distance, as the repository gives it; null without a place. */
  nearness: number | null;
}

interface Slot {
  weekday: number;
  minutes: number;
  /** End of the last materialized, not cancelled occurrence in this weekly slot. */
  lastEnd: string;
}

interface IndexedGroup {
  id: string;
  name: string;
  updatedAt: string;
  nextStart: string | null;
  nextEnd: string | null;
  format: string | null;
  leadership: string;
  attendance: string;
  cost: string;
  tags: Set<string>;
  /** Latitude, longitude pairs of its places. */
  places: number[];
  slots: Slot[];
  /** Position in the database's `lower(name), id` order. */
  nameRank: number;
}

/** The facts of some groups, as read together from the database. */
export interface IndexRows {
  groups: IndexGroupRow[];
  tags: IndexTagRow[];
  places: IndexPlaceRow[];
  slots: IndexSlotRow[];
}

/**
 * Slots whose last meeting has ended can match no search again (filters ask for meetings that
 * have not ended); dropping them keeps `due` from reading them back over and over.
 */
function liveSlots(slots: IndexSlotRow[], nowIso: string): IndexSlotRow[] {
  return slots.filter((s) => s.last_end > nowIso);
}

const tagKey = (kind: string, value: string) => `${kind}:${value}`;

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

/** First position in an ascending array whose value is at least `x`. */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface PlaceIndex {
  lat: Float64Array;
  lng: Float64Array;
  owner: IndexedGroup[];
}

export class DirectoryIndex {
  private readonly groups = new Map<string, IndexedGroup>();
  private nameOrdered: IndexedGroup[] = [];
  private nextOrdered: IndexedGroup[] | null = null;
  private placeIndex: PlaceIndex | null = null;
  /** The earliest time some group's next meeting or weekly slot ends: see `due`. */
  private watermark: string | null = null;

  get size(): number {
    return this.groups.size;
  }

  /**
   * Puts the given groups in (active ones) or takes them out (any other status). Returns whether
   * the name order must be read again (a group came, went or was renamed).
   */
  apply(rows: IndexRows, ids: string[], nowIso: string): boolean {
    const tags = new Map<string, Set<string>>();
    for (const t of rows.tags) {
      let set = tags.get(t.group_id);
      if (set === undefined) tags.set(t.group_id, (set = new Set()));
      set.add(tagKey(t.kind, t.value));
    }
    const places = new Map<string, number[]>();
    for (const p of rows.places) {
      const list = places.get(p.group_id) ?? [];
      list.push(p.latitude, p.longitude);
      places.set(p.group_id, list);
    }
    const slots = new Map<string, Slot[]>();
    for (const s of liveSlots(rows.slots, nowIso)) {
      const list = slots.get(s.group_id) ?? [];
      list.push({ weekday: s.local_weekday, minutes: s.local_minutes, lastEnd: s.last_end });
      slots.set(s.group_id, list);
    }
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
      const facts = {
        id,
        name: row.name,
        updatedAt: row.updated_at,
        nextStart: row.next_start_at,
        nextEnd: row.next_end_at,
        format: row.format,
        leadership: row.leadership,
        attendance: row.attendance,
        cost: row.cost,
        tags: tags.get(id) ?? new Set<string>(),
        places: places.get(id) ?? [],
        slots: slots.get(id) ?? [],
      };
      // Changed in place: the ordered lists hold these objects.
      if (before === undefined)
        this.groups.set(id, { ...facts, nameRank: Number.MAX_SAFE_INTEGER });
      else Object.assign(before, facts);
    }
    this.changed();
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
    this.changed();
  }

  /** New next meetings and slots of groups whose meeting ended (see `due`). */
  refreshTimes(
    nexts: { id: string; next_start_at: string | null; next_end_at: string | null }[],
    slots: IndexSlotRow[],
    ids: string[],
    nowIso: string,
  ): void {
    for (const n of nexts) {
      const g = this.groups.get(n.id);
      if (g === undefined) continue;
      g.nextStart = n.next_start_at;
      g.nextEnd = n.next_end_at;
    }
    for (const id of ids) {
      const g = this.groups.get(id);
      if (g !== undefined) g.slots = [];
    }
    for (const s of liveSlots(slots, nowIso)) {
      this.groups
        .get(s.group_id)
        ?.slots.push({ weekday: s.local_weekday, minutes: s.local_minutes, lastEnd: s.last_end });
    }
    this.changed();
  }

  /**
   * Groups whose next meeting, or the last meeting of one of their weekly slots, has ended by
   * `nowIso`: the database may know newer ones (the next meeting moved on; the rolling horizon
   * added occurrences). Empty until the earliest such time.
   */
  due(nowIso: string): string[] {
    if (this.watermark === null || nowIso < this.watermark) return [];
    const ids: string[] = [];
    for (const g of this.groups.values()) {
      if (this.isDue(g, nowIso)) ids.push(g.id);
    }
    return ids;
  }

  private isDue(g: IndexedGroup, nowIso: string): boolean {
    return (g.nextEnd !== null && g.nextEnd <= nowIso) || g.slots.some((s) => s.lastEnd <= nowIso);
  }

  private changed(): void {
    this.nextOrdered = null;
    this.placeIndex = null;
    let mark: string | null = null;
    for (const g of this.groups.values()) {
      if (g.nextEnd !== null && (mark === null || g.nextEnd < mark)) mark = g.nextEnd;
      for (const slot of g.slots) if (mark === null || slot.lastEnd < mark) mark = slot.lastEnd;
    }
    this.watermark = mark;
  }

  private byNext(): IndexedGroup[] {
    this.nextOrdered ??= [...this.nameOrdered].sort(byNextMeeting);
    return this.nextOrdered;
  }

  private places(): PlaceIndex {
    if (this.placeIndex !== null) return this.placeIndex;
    const entries: { lat: number; lng: number; owner: IndexedGroup }[] = [];
    for (const g of this.nameOrdered) {
      for (let i = 0; i < g.places.length; i += 2) {
        entries.push({ lat: g.places[i] ?? 0, lng: g.places[i + 1] ?? 0, owner: g });
      }
    }
    entries.sort((a, b) => a.lat - b.lat);
    this.placeIndex = {
      lat: Float64Array.from(entries, (e) => e.lat),
      lng: Float64Array.from(entries, (e) => e.lng),
      owner: entries.map((e) => e.owner),
    };
    return this.placeIndex;
  }

  /** Each group with a place in the circle, with its nearest one: the repository's arithmetic. */
  private inCircle(near: NonNullable<DirectoryFilters['near']>): Map<IndexedGroup, number> {
    const box = boundingBox({ lat: near.latitude, lng: near.longitude }, near.radiusMiles);
    const k = Math.cos((near.latitude * Math.PI) / 180);
    const maxDeg2 = (near.radiusMiles / MILES_PER_DEGREE) ** 2;
    const { lat, lng, owner } = this.places();
    const out = new Map<IndexedGroup, number>();
    for (let i = lowerBound(lat, box.minLat); i < lat.length; i++) {
      const y = lat[i] ?? 0;
      if (y > box.maxLat) break;
      const x = lng[i] ?? 0;
      if (!box.lngRanges.some((r) => x >= r.min && x <= r.max)) continue;
      const dy = y - near.latitude;
      const dx = (x - near.longitude) * k;
      const d2 = dy * dy + dx * dx;
      if (d2 > maxDeg2) continue;
      const g = owner[i];
      if (g === undefined) continue;
      const before = out.get(g);
      if (before === undefined || d2 < before) out.set(g, d2);
    }
    return out;
  }

  private predicate(f: DirectoryFilters): (g: IndexedGroup) => boolean {
    const anyOf = (values: string[] | undefined) =>
      values !== undefined && values.length > 0 ? new Set(values) : null;
    const tagSets = (Object.entries(f.tags) as [string, string[] | undefined][])
      .filter((e): e is [string, string[]] => e[1] !== undefined && e[1].length > 0)
      .map(([kind, values]) => values.map((v) => tagKey(kind, v)));
    const formats = f.formats?.length ? new Set(formatsMatching(f.formats)) : null;
    const leadership = anyOf(f.leadership);
    const attendance = anyOf(f.attendance);
    const costs = anyOf(f.costs);
    const byTime = (f.days?.length ?? 0) > 0 || (f.times?.length ?? 0) > 0;
    const days = f.days?.length ? new Set(f.days) : null;
    const ranges = (f.times ?? []).flatMap((t) => bucketRanges[t]);
    const now = f.nowIso;
    return (g) => {
      if (formats !== null && (g.format === null || !formats.has(g.format))) return false;
      if (leadership !== null && !leadership.has(g.leadership)) return false;
      if (attendance !== null && !attendance.has(g.attendance)) return false;
      if (costs !== null && !costs.has(g.cost)) return false;
      for (const keys of tagSets) if (!keys.some((key) => g.tags.has(key))) return false;
      if (
        byTime &&
        !g.slots.some(
          (s) =>
            s.lastEnd > now &&
            (days === null || days.has(s.weekday)) &&
            (ranges.length === 0 || ranges.some((r) => s.minutes >= r.from && s.minutes < r.to)),
        )
      ) {
        return false;
      }
      return true;
    };
  }

  /**
   * The page the repository would return for these filters, or null for a search with words
   * (the full-text index answers those).
   */
  search(f: DirectoryFilters): IndexHit[] | null {
    if (f.text !== undefined && fts5Query(f.text) !== null) return null;
    const need = f.offset + f.limit;
    const matches = this.predicate(f);
    const near = f.near === undefined ? null : this.inCircle(f.near);
    const online = f.near?.includeOnline === true;
    const inScope = (g: IndexedGroup) =>
      near === null || near.has(g) || (online && g.format === 'online');

    let page: IndexedGroup[];
    if (near !== null && (f.sort === 'nearest' || (!online && near.size * 8 < this.groups.size))) {
      // Few candidates (or distance order): take them all and sort.
      const candidates = [...near.keys()].filter(matches);
      if (online) {
        for (const g of this.nameOrdered) {
          if (g.format === 'online' && !near.has(g) && matches(g)) candidates.push(g);
        }
      }
      const order =
        f.sort === 'nearest'
          ? (a: IndexedGroup, b: IndexedGroup) => {
              const da = near.get(a);
              const db = near.get(b);
              if (da !== db) {
                if (da === undefined) return 1;
                if (db === undefined) return -1;
                return da - db;
              }
              return a.nameRank - b.nameRank;
            }
          : f.sort === 'name'
            ? byName
            : byNextMeeting;
      page = candidates.sort(order).slice(f.offset, need);
    } else {
      // Walk a presorted list and stop once the page is full.
      const list = f.sort === 'name' || f.sort === 'nearest' ? this.nameOrdered : this.byNext();
      page = [];
      let skipped = 0;
      for (const g of list) {
        if (!inScope(g) || !matches(g)) continue;
        if (skipped < f.offset) {
          skipped += 1;
          continue;
        }
        page.push(g);
        if (page.length === f.limit) break;
      }
    }
    return page.map((g) => ({ id: g.id, updatedAt: g.updatedAt, nearness: near?.get(g) ?? null }));
  }
}
