// Great-circle distance and a bounding box for index-friendly prefiltering: the database narrows
// candidates with plain range comparisons on lat/lng, then haversine gives the exact answer.
import type { FieldError } from '../schedule/types';

export interface LatLng {
  lat: number;
  lng: number;
}

/** IUGG mean Earth radius. The sphere model is within ~0.5% of the ellipsoid: fine for "how far". */
export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;
const EARTH_RADIUS_MILES = EARTH_RADIUS_KM / KM_PER_MILE;

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (r: number) => (r * 180) / Math.PI;

/** Central angle between two points in radians (haversine: stable for short distances). */
function centralAngle(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function distanceMiles(a: LatLng, b: LatLng): number {
  return centralAngle(a, b) * EARTH_RADIUS_MILES;
}

export function distanceKm(a: LatLng, b: LatLng): number {
  return centralAngle(a, b) * EARTH_RADIUS_KM;
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  /** When the box crosses ±180°, minLng > maxLng; use `lngRanges` to query. */
  minLng: number;
  maxLng: number;
  crossesAntimeridian: boolean;
  /** One range normally, two when crossing the antimeridian: OR them in the query. */
  lngRanges: { min: number; max: number }[];
}

/**
 * The smallest lat/lng box holding every point within `radiusMiles` of `center`. Longitude
 * half-width uses asin(sin r / cos lat) (exact for a sphere), not r / cos lat, which is too
 * narrow far from the equator (a circle needing more than ±90° of longitude always reaches a pole,
 * caught first). A box reaching a pole spans every longitude. A box crossing
 * ±180° is returned wrapped, with two `lngRanges`.
 */
export function boundingBox(center: LatLng, radiusMiles: number): BoundingBox {
  const r = Math.max(0, radiusMiles) / EARTH_RADIUS_MILES;
  let minLat = center.lat - deg(r);
  let maxLat = center.lat + deg(r);
  if (minLat <= -90 || maxLat >= 90) {
    minLat = Math.max(minLat, -90);
    maxLat = Math.min(maxLat, 90);
    return { minLat, maxLat, ...wholeWorld() };
  }
  const half = deg(Math.asin(Math.min(1, Math.sin(r) / Math.cos(rad(center.lat)))));
  let minLng = center.lng - half;
  let maxLng = center.lng + half;
  if (minLng >= -180 && maxLng <= 180) {
    return {
      minLat,
      maxLat,
      minLng,
      maxLng,
      crossesAntimeridian: false,
      lngRanges: [{ min: minLng, max: maxLng }],
    };
  }
  if (minLng < -180) minLng += 360;
  if (maxLng > 180) maxLng -= 360;
  return {
    minLat,
    maxLat,
    minLng,
    maxLng,
    crossesAntimeridian: true,
    lngRanges: [
      { min: minLng, max: 180 },
      { min: -180, max: maxLng },
    ],
  };
}

function wholeWorld() {
  return {
    minLng: -180,
    maxLng: 180,
    crossesAntimeridian: false,
    lngRanges: [{ min: -180, max: 180 }],
  };
}

export function validateCoordinates(point: LatLng, path = ''): FieldError[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const errors: FieldError[] = [];
  if (typeof point.lat !== 'number' || !Number.isFinite(point.lat) || Math.abs(point.lat) > 90) {
    errors.push({ path: at('lat'), message: 'Latitude must be a number from -90 to 90.' });
  }
  if (typeof point.lng !== 'number' || !Number.isFinite(point.lng) || Math.abs(point.lng) > 180) {
    errors.push({ path: at('lng'), message: 'Longitude must be a number from -180 to 180.' });
  }
  return errors;
}

export function isValidCoordinates(point: LatLng): boolean {
  return validateCoordinates(point).length === 0;
}
