// Resolves a US ZIP code, a Canadian postal code (by its forward sortation area) or a city name
// to coordinates, offline, with the `zipcodes` package: no third-party request ever leaves.
import { createRequire } from 'node:module';

interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
  country: string;
}

interface Zipcodes {
  lookup(zip: string): ZipRecord | undefined;
  lookupByName(city: string, state?: string): ZipRecord[];
  states: { normalize(state: string): string | undefined; abbr: Record<string, string> };
}

const zipcodes = createRequire(import.meta.url)('zipcodes') as Zipcodes;

export interface ResolvedPlace {
  label: string;
  latitude: number;
  longitude: number;
}

function fromRecord(r: ZipRecord, label: string): ResolvedPlace {
  return { label, latitude: r.latitude, longitude: r.longitude };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** Center of several ZIP records: a city spans many ZIP codes. */
function centroid(records: ZipRecord[], label: string): ResolvedPlace {
  const lat = records.reduce((sum, r) => sum + r.latitude, 0) / records.length;
  const lng = records.reduce((sum, r) => sum + r.longitude, 0) / records.length;
  return { label, latitude: lat, longitude: lng };
}

const cache = new Map<string, ResolvedPlace | null>();

/** Cached: city lookups without a state scan every state. */
export function resolvePlace(query: string, preferState?: string): ResolvedPlace | null {
  const key = `${preferState ?? ''}|${query.trim().toLowerCase()}`;
  if (cache.has(key)) return cache.get(key) ?? null;
  const place = lookup(query, preferState);
  if (cache.size > 1000) cache.clear();
  cache.set(key, place);
  return place;
}

function lookup(query: string, preferState?: string): ResolvedPlace | null {
  const q = query.trim();
  if (q === '') return null;
  const us = /^(\d{5})(?:-\d{4})?$/.exec(q);
  if (us?.[1] !== undefined) {
    const r = zipcodes.lookup(us[1]);
    return r ? fromRecord(r, `${r.city}, ${r.state} ${r.zip}`) : null;
  }
  const ca = /^([A-Za-z]\d[A-Za-z])\s?(?:\d[A-Za-z]\d)?$/.exec(q);
  if (ca?.[1] !== undefined) {
    const r = zipcodes.lookup(ca[1].toUpperCase());
    return r ? fromRecord(r, `${ca[1].toUpperCase()} (${r.state})`) : null;
  }
  const [cityPart, statePart] = q.split(',').map((p) => p.trim());
  if (cityPart === undefined || cityPart === '' || /\d/.test(cityPart)) return null;
  const state =
    statePart === undefined || statePart === ''
      ? undefined
      : (zipcodes.states.normalize(statePart) ?? statePart.toUpperCase());
  const candidates =
    state === undefined
      ? [...new Set([preferState, ...Object.keys(zipcodes.states.abbr)])].filter(
          (s) => s !== undefined,
        )
      : [state];
  for (const s of candidates) {
    const records = zipcodes.lookupByName(cityPart, s);
    const first = records[0];
    if (first !== undefined) {
      // Without a state, a city name can exist in many states: take the state of the first hit.
      const same = records.filter((r) => r.state === first.state);
      return centroid(same, `${titleCase(cityPart)}, ${first.state}`);
    }
  }
  return null;
}
