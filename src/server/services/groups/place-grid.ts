// The places of the directory index's groups, filed in squares of latitude and longitude, so
// a distance search reads only the squares its circle touches.
import { boundingBox } from '../../../domain/directory/distance';
import { type DirectoryFilters, MILES_PER_DEGREE } from '../../repositories/directory-filters';
import type { IndexedGroup } from './indexed-group';

/** Places are filed in squares of this many degrees, so a circle reads only its own squares. */
const SQUARE_DEG = 0.5;
const square = (degrees: number) => Math.floor(degrees / SQUARE_DEG);
const squareKey = (latSquare: number, lngSquare: number) => latSquare * 1_000 + lngSquare;

interface Place {
  lat: number;
  lng: number;
  owner: IndexedGroup;
}

/** A loop, not `some` with a closure: this runs for every place in the squares read. */
function inRanges(lng: number, ranges: readonly { min: number; max: number }[]): boolean {
  for (const r of ranges) if (lng >= r.min && lng <= r.max) return true;
  return false;
}

export class PlaceGrid {
  private readonly squares = new Map<number, Place[]>();

  constructor(groups: readonly IndexedGroup[]) {
    for (const g of groups) {
      for (let i = 0; i < g.places.length; i += 2) {
        const lat = g.places[i] ?? 0;
        const lng = g.places[i + 1] ?? 0;
        const key = squareKey(square(lat), square(lng));
        let list = this.squares.get(key);
        if (list === undefined) this.squares.set(key, (list = []));
        list.push({ lat, lng, owner: g });
      }
    }
  }

  /**
   * The groups with a place in the circle, each marked (`seen` = this search) with its nearest
   * place (`nearness`), computed with the repository's arithmetic.
   */
  inCircle(near: NonNullable<DirectoryFilters['near']>, search: number): IndexedGroup[] {
    const box = boundingBox({ lat: near.latitude, lng: near.longitude }, near.radiusMiles);
    const k = Math.cos((near.latitude * Math.PI) / 180);
    const maxDeg2 = (near.radiusMiles / MILES_PER_DEGREE) ** 2;
    const squares = this.squares;
    const found: IndexedGroup[] = [];
    for (let latSquare = square(box.minLat); latSquare <= square(box.maxLat); latSquare++) {
      for (const range of box.lngRanges) {
        for (let lngSquare = square(range.min); lngSquare <= square(range.max); lngSquare++) {
          for (const p of squares.get(squareKey(latSquare, lngSquare)) ?? []) {
            // The repository's test: the box first, then the circle, in the same arithmetic.
            if (p.lat < box.minLat || p.lat > box.maxLat) continue;
            if (!inRanges(p.lng, box.lngRanges)) continue;
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
}
