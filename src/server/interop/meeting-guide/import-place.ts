// Where a record meets: its address, whether the address is exact or approximate, and its
// coordinates. In-person meetings need coordinates in Kindred (distance search); records without
// them (every CSV row, many small feeds) get the centre of their postal code from the offline
// gazetteer, reported as approximate, and only when the code agrees with the address's state.
import { resolvePlace } from '../../geo/gazetteer';
import type { MeetingRecord } from './record-schema';

export interface Located {
  latitude: number;
  longitude: number;
  /** Set when the coordinates are the centre of a postal code, not the feed's own. */
  approximateFrom?: string;
}

export interface AddressFacts {
  /** The full address as written (formatted_address, or its parts joined). */
  address: string | undefined;
  /** True for "Chicago, IL, USA"-style addresses, which name an area, not a door. */
  approximate: boolean;
}

/** Coordinates are kept to 6 decimals (about 10 cm): enough, and stable across databases. */
export const roundCoordinate = (n: number): number => Math.round(n * 1e6) / 1e6;

export function addressOf(r: MeetingRecord): AddressFacts {
  const joined = [r.address, r.city, r.state, r.postal_code, r.country].filter(
    (p): p is string => p !== undefined,
  );
  const address = r.formatted_address ?? (joined.length > 0 ? joined.join(', ') : undefined);
  if (address === undefined) return { address, approximate: true };
  if (r.approximate !== undefined) return { address, approximate: r.approximate };
  // TSML UI's rule when `approximate` is absent: fewer than 4 comma-separated parts is an area.
  if (r.formatted_address !== undefined) {
    return { address, approximate: r.formatted_address.split(',').length < 4 };
  }
  return { address, approximate: r.address === undefined };
}

const US_STATE_ZIP = /\b([A-Z]{2})\s+(\d{5})(?:-\d{4})?\b/;
const CA_POSTAL = /\b([A-Z]\d[A-Z])\s?(\d[A-Z]\d)\b/i;

function postalCodeOf(r: MeetingRecord, address: string): { code: string; state?: string } | null {
  const state = r.state !== undefined && /^[A-Za-z]{2}$/.test(r.state) ? r.state : undefined;
  if (r.postal_code !== undefined) {
    return { code: r.postal_code, ...(state === undefined ? {} : { state }) };
  }
  const us = US_STATE_ZIP.exec(address);
  if (us?.[1] !== undefined && us[2] !== undefined) return { code: us[2], state: us[1] };
  const ca = CA_POSTAL.exec(address);
  if (ca?.[1] !== undefined && ca[2] !== undefined) {
    return { code: `${ca[1]} ${ca[2]}`, ...(state === undefined ? {} : { state }) };
  }
  return null;
}

/** The state or province the gazetteer's label names ("Acworth, GA 30102", "M5V (ON)"). */
function stateOfLabel(label: string): string | undefined {
  return /, ([A-Z]{2}) \d{5}$/.exec(label)?.[1] ?? /\(([A-Z]{2})\)$/.exec(label)?.[1];
}

export type LocateResult = { ok: true; at: Located } | { ok: false; reason: string };

/** The record's coordinates, or the centre of its postal code, or why neither is known. */
export function locate(r: MeetingRecord, address: string | undefined): LocateResult {
  const { latitude: lat, longitude: lng } = r;
  if (
    lat !== undefined &&
    lng !== undefined &&
    Math.abs(lat) <= 90 &&
    Math.abs(lng) <= 180 &&
    !(lat === 0 && lng === 0)
  ) {
    return { ok: true, at: { latitude: roundCoordinate(lat), longitude: roundCoordinate(lng) } };
  }
  if (address === undefined) return { ok: false, reason: 'it has no address' };
  const postal = postalCodeOf(r, address);
  if (postal === null) return { ok: false, reason: 'it has no coordinates and no postal code' };
  const place = resolvePlace(postal.code);
  if (place === null) {
    return { ok: false, reason: `it has no coordinates and postal code ${postal.code} is unknown` };
  }
  const state = stateOfLabel(place.label);
  if (postal.state !== undefined && state !== undefined && state !== postal.state.toUpperCase()) {
    return {
      ok: false,
      reason: `it has no coordinates and postal code ${postal.code} is in ${state}, not ${postal.state}`,
    };
  }
  return {
    ok: true,
    at: {
      latitude: roundCoordinate(place.latitude),
      longitude: roundCoordinate(place.longitude),
      approximateFrom: place.label,
    },
  };
}
