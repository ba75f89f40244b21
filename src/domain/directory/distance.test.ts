import { describe, expect, it } from 'vitest';
import {
  boundingBox,
  distanceKm,
  distanceMiles,
  isValidCoordinates,
  validateCoordinates,
  type LatLng,
} from './distance';

const WARRENVILLE = { lat: 41.8178, lng: -88.1731 };
const CHICAGO_LOOP = { lat: 41.8781, lng: -87.6298 };

/** The point `miles` from `from` on a compass bearing (degrees), on the same sphere. */
function destination(from: LatLng, miles: number, bearingDeg: number): LatLng {
  const R = 6371.0088 / 1.609344;
  const d = miles / R;
  const b = (bearingDeg * Math.PI) / 180;
  const lat1 = (from.lat * Math.PI) / 180;
  const lng1 = (from.lng * Math.PI) / 180;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 =
    lng1 +
    Math.atan2(
      Math.sin(b) * Math.sin(d) * Math.cos(lat1),
      Math.cos(d) - Math.sin(lat1) * Math.sin(lat2),
    );
  const lng = (((((lng2 * 180) / Math.PI + 540) % 360) + 360) % 360) - 180;
  return { lat: (lat2 * 180) / Math.PI, lng };
}

function inBox(p: LatLng, box: ReturnType<typeof boundingBox>): boolean {
  return (
    p.lat >= box.minLat &&
    p.lat <= box.maxLat &&
    box.lngRanges.some((r) => p.lng >= r.min && p.lng <= r.max)
  );
}

describe('distance', () => {
  it('measures Warrenville to the Chicago Loop at about 28 miles', () => {
    expect(distanceMiles(WARRENVILLE, CHICAGO_LOOP)).toBeGreaterThan(27);
    expect(distanceMiles(WARRENVILLE, CHICAGO_LOOP)).toBeLessThan(29);
    expect(
      distanceKm(WARRENVILLE, CHICAGO_LOOP) / distanceMiles(WARRENVILLE, CHICAGO_LOOP),
    ).toBeCloseTo(1.609344, 6);
  });

  it('measures a long distance within 1% (JFK–LAX great circle ≈ 2,475 miles)', () => {
    const miles = distanceMiles({ lat: 40.6413, lng: -73.7781 }, { lat: 33.9416, lng: -118.4085 });
    expect(Math.abs(miles - 2475) / 2475).toBeLessThan(0.01);
  });

  it('is zero for the same point, symmetric, and short across the antimeridian', () => {
    expect(distanceMiles(CHICAGO_LOOP, CHICAGO_LOOP)).toBe(0);
    expect(distanceMiles(WARRENVILLE, CHICAGO_LOOP)).toBeCloseTo(
      distanceMiles(CHICAGO_LOOP, WARRENVILLE),
      9,
    );
    // 0.2° of longitude at the equator ≈ 13.8 miles, not most of the way round the world.
    expect(distanceMiles({ lat: 0, lng: 179.9 }, { lat: 0, lng: -179.9 })).toBeCloseTo(13.8, 0);
  });
});

describe('boundingBox', () => {
  it('holds every point of the circle and excludes points just outside it', () => {
    for (const center of [CHICAGO_LOOP, { lat: 64.8, lng: -147.7 }, { lat: -33.87, lng: 151.21 }]) {
      const box = boundingBox(center, 10);
      for (let bearing = 0; bearing < 360; bearing += 15) {
        expect(inBox(destination(center, 9.99, bearing), box), `${center.lat} ${bearing}`).toBe(
          true,
        );
      }
      for (const bearing of [0, 90, 180, 270]) {
        expect(inBox(destination(center, 10.2, bearing), box), `${center.lat} ${bearing}`).toBe(
          false,
        );
      }
    }
  });

  it('stays wide enough for a large circle far from the equator (r / cos(lat) is too narrow)', () => {
    const center = { lat: 60, lng: 10 };
    const box = boundingBox(center, 1500);
    for (let bearing = 0; bearing < 360; bearing += 1) {
      expect(inBox(destination(center, 1499, bearing), box), String(bearing)).toBe(true);
    }
    expect(box.maxLng - 10).toBeCloseTo(47.7, 1);
  });

  it('wraps across the antimeridian into two longitude ranges', () => {
    const box = boundingBox({ lat: -17.7, lng: 179.9 }, 50); // Fiji
    expect(box.crossesAntimeridian).toBe(true);
    expect(box.minLng).toBeGreaterThan(box.maxLng);
    expect(box.lngRanges).toHaveLength(2);
    expect(inBox(destination({ lat: -17.7, lng: 179.9 }, 40, 90), box)).toBe(true);
    expect(inBox({ lat: -17.7, lng: 0 }, box)).toBe(false);
  });

  it('spans every longitude when the circle reaches a pole', () => {
    const box = boundingBox({ lat: 89.9, lng: 10 }, 50);
    expect(box).toMatchObject({
      maxLat: 90,
      minLng: -180,
      maxLng: 180,
      crossesAntimeridian: false,
    });
  });
});

describe('validateCoordinates', () => {
  it('accepts the full valid range', () => {
    for (const p of [{ lat: 90, lng: 180 }, { lat: -90, lng: -180 }, CHICAGO_LOOP])
      expect(isValidCoordinates(p)).toBe(true);
  });

  it('rejects out-of-range and non-finite values with field paths', () => {
    expect(validateCoordinates({ lat: 90.1, lng: 0 }).map((e) => e.path)).toEqual(['lat']);
    expect(validateCoordinates({ lat: 0, lng: -180.5 }, 'location').map((e) => e.path)).toEqual([
      'location.lng',
    ]);
    expect(validateCoordinates({ lat: Number.NaN, lng: Infinity }).map((e) => e.path)).toEqual([
      'lat',
      'lng',
    ]);
    expect(isValidCoordinates({ lat: '41' as unknown as number, lng: 0 })).toBe(false);
  });
});
