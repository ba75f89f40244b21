// The places of the directory index's groups, filed in squares of latitude and longitude, so
// a distance search reads only the squares its circle touches.
import { boundingBox } from '../../../domain/directory/distance';
import { type DirectoryFilters, MILES_PER_DEGREE } from '../../repositories/directory-filters';
import type { FieldFilter } from './index-predicate';
import type { IndexedGroup } from './indexed-group';

/** Places are filed in squares of this many degrees, so a circle reads only its own squares. */
const SQUARE_DEG = 0.25;
const square = (degrees: number) => Math.floor(degrees / SQUARE_DEG);
const squareKey = (latSquare: number, lngSquare: number) => latSquare * 1_000 + lngSquare;

/** One square's places: coordinates side by side (read in order, no object per place). */
interface Square {
  /** Latitude, longitude, latitude, … */
  coords: Float64Array;
  /** Per place, its group's format, leadership, attendance and cost codes. */
  fields: Uint16Array;
  /** Per place, its group's weekly cells. */
  cells: Uint32Array;
  owners: IndexedGroup[];
}

/** A loop, not `some` with a closure: this runs for every place in the squares read. */
function inRanges(lng: number, ranges: readonly { min: number; max: number }[]): boolean {
  for (const r of ranges) if (lng >= r.min && lng <= r.max) return true;
  return false;
}

export class PlaceGrid {
  private readonly squares = new Map<number, Square>();

  constructor(groups: readonly IndexedGroup[]) {
    const filed = new Map<number, { coords: number[]; owners: IndexedGroup[] }>();
    for (const g of groups) {
      for (let i = 0; i < g.places.length; i += 2) {
        const lat = g.places[i] ?? 0;
        const lng = g.places[i + 1] ?? 0;
        const key = squareKey(square(lat), square(lng));
        let list = filed.get(key);
        if (list === undefined) filed.set(key, (list = { coords: [], owners: [] }));
        list.coords.push(lat, lng);
        list.owners.push(g);
      }
    }
    for (const [key, { coords, owners }] of filed) {
      const fields = new Uint16Array(4 * owners.length);
      const cells = new Uint32Array(owners.length);
      for (const [i, g] of owners.entries()) {
        fields.set([g.format, g.leadership, g.attendance, g.cost], 4 * i);
        cells[i] = g.cells;
      }
      this.squares.set(key, { coords: Float64Array.from(coords), fields, cells, owners });
    }
  }

  /** These groups' weekly cells changed (a meeting ended): the copies here follow. */
  refreshCells(groups: ReadonlySet<IndexedGroup>): void {
    if (groups.size === 0) return;
    for (const sq of this.squares.values()) {
      for (const [i, g] of sq.owners.entries()) if (groups.has(g)) sq.cells[i] = g.cells;
    }
  }

  /**
   * The groups with a place in the circle, each marked (`seen` = this search) with its nearest
   * place (`nearness`), computed with the repository's arithmetic.
   */
  inCircle(near: Near, search: number): IndexedGroup[] {
    const circle = new Circle(near);
    const found: IndexedGroup[] = [];
    for (const { sq } of this.squaresOf(circle)) circle.scan(sq, search, found, null, null);
    return found;
  }

  /**
   * For a page in distance order: the matching groups in the circle, nearest squares first,
   * stopping once `need` matches are nearer than any place left unread (those are the page, as
   * the full scan would rank it). `complete`: every square was read. Places whose group fails
   * `fields` are skipped without reading the group (only matching groups are marked).
   */
  nearest(
    near: Near,
    search: number,
    fields: FieldFilter,
    matches: (g: IndexedGroup) => boolean,
    need: number,
  ): { matched: IndexedGroup[]; complete: boolean } {
    const circle = new Circle(near);
    const squares = this.squaresOf(circle).sort((a, b) => a.bound - b.bound);
    const found: IndexedGroup[] = [];
    const matched: IndexedGroup[] = [];
    for (let i = 0; i < squares.length; i++) {
      const sq = squares[i]?.sq;
      if (sq !== undefined) {
        circle.scan(sq, search, found, fields, (g) => matches(g) && matched.push(g));
      }
      const unread = squares[i + 1]?.bound ?? Number.POSITIVE_INFINITY;
      if (matched.length >= need && settled(matched, unread) >= need) {
        return { matched, complete: false };
      }
    }
    return { matched, complete: true };
  }

  /** The squares the circle's box touches, each with the least distance a place in it can have. */
  private squaresOf(circle: Circle): { sq: Square; bound: number }[] {
    const { box } = circle;
    const out: { sq: Square; bound: number }[] = [];
    for (let latSquare = square(box.minLat); latSquare <= square(box.maxLat); latSquare++) {
      for (const range of box.lngRanges) {
        for (let lngSquare = square(range.min); lngSquare <= square(range.max); lngSquare++) {
          const sq = this.squares.get(squareKey(latSquare, lngSquare));
          if (sq !== undefined) out.push({ sq, bound: circle.bound(latSquare, lngSquare) });
        }
      }
    }
    return out;
  }
}

type Near = NonNullable<DirectoryFilters['near']>;

/** How many of the groups are nearer than `bound` (final: no unread place can come nearer). */
function settled(groups: readonly IndexedGroup[], bound: number): number {
  let n = 0;
  for (const g of groups) if (g.nearness < bound) n++;
  return n;
}

/** A search's circle, in the repository's arithmetic: squared degrees, longitude scaled. */
class Circle {
  readonly box: ReturnType<typeof boundingBox>;
  private readonly k: number;
  private readonly maxDeg2: number;

  constructor(private readonly near: Near) {
    this.box = boundingBox({ lat: near.latitude, lng: near.longitude }, near.radiusMiles);
    this.k = Math.cos((near.latitude * Math.PI) / 180);
    this.maxDeg2 = (near.radiusMiles / MILES_PER_DEGREE) ** 2;
  }

  /** The least squared distance from the centre to any point of a square. */
  bound(latSquare: number, lngSquare: number): number {
    const gap = (v: number, lo: number) => Math.max(0, lo - v, v - (lo + SQUARE_DEG));
    const dy = gap(this.near.latitude, latSquare * SQUARE_DEG);
    const dx = gap(this.near.longitude, lngSquare * SQUARE_DEG) * this.k;
    return dy * dy + dx * dx;
  }

  /**
   * Marks the square's groups in the circle (whose fields pass `fields`, when given) with this
   * search and their nearest place; each one seen for the first time goes to `found` and, when
   * given, to `onFirst`.
   */
  scan(
    sq: Square,
    search: number,
    found: IndexedGroup[],
    fields: FieldFilter | null,
    onFirst: ((g: IndexedGroup) => unknown) | null,
  ): void {
    const { box, near, k, maxDeg2 } = this;
    const { coords, owners } = sq;
    const f = sq.fields;
    for (let i = 0; i < owners.length; i++) {
      const lat = coords[2 * i] ?? 0;
      const lng = coords[2 * i + 1] ?? 0;
      // The repository's test: the box first, then the circle, in the same arithmetic.
      if (lat < box.minLat || lat > box.maxLat) continue;
      if (!inRanges(lng, box.lngRanges)) continue;
      const dy = lat - near.latitude;
      const dx = (lng - near.longitude) * k;
      const d2 = dy * dy + dx * dx;
      if (d2 > maxDeg2) continue;
      const at = 4 * i;
      if (
        fields !== null &&
        !fields.passes(f[at] ?? 0, f[at + 1] ?? 0, f[at + 2] ?? 0, f[at + 3] ?? 0, sq.cells[i] ?? 0)
      ) {
        continue;
      }
      const g = owners[i];
      if (g === undefined) continue;
      if (g.seen !== search) {
        g.seen = search;
        g.nearness = d2;
        found.push(g);
        if (onFirst !== null) onFirst(g);
      } else if (d2 < g.nearness) {
        g.nearness = d2;
      }
    }
  }
}
