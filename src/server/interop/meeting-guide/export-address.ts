// Addresses and phone numbers as Meeting Guide consumers read them. Kindred stores a place's
// address as one line typed by a person ("28W751 Stafford Pl, Warrenville, IL 60555"); the feed
// needs its city (for `regions`), a country suffix (the Meeting Guide app geocodes it), and, for
// online-only meetings, an approximate area ("Warrenville, IL, USA") instead of an address.

export interface AddressParts {
  city?: string;
  state?: string;
  country?: string;
}

const US = /^(?:USA|US|U\.S\.A\.|United States(?: of America)?)$/i;
const CANADA = /^Canada$/i;
const US_STATE_ZIP = /^([A-Z]{2})\s+\d{5}(?:-\d{4})?$/;
const CA_PROVINCE_POSTAL = /^(AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d$/i;
const STATE_ONLY = /^[A-Z]{2}$/;

const splitParts = (address: string) =>
  address
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');

/**
 * City, state and country of a North American one-line address ("street, City, ST 12345[, USA]").
 * Other shapes give what can be told for sure, often nothing: a wrong region is worse than none.
 */
export function addressParts(address: string): AddressParts {
  const parts = splitParts(address);
  let country: string | undefined;
  const last = parts.at(-1);
  if (last !== undefined && US.test(last)) country = 'USA';
  else if (last !== undefined && CANADA.test(last)) country = 'Canada';
  if (country !== undefined) parts.pop();
  const region = parts.at(-1);
  if (region === undefined || parts.length < 2) return country === undefined ? {} : { country };
  const city = parts.at(-2);
  const us = US_STATE_ZIP.exec(region);
  if (us?.[1] !== undefined && country !== 'Canada') {
    return { ...(city && { city }), state: us[1], country: 'USA' };
  }
  const ca = CA_PROVINCE_POSTAL.exec(region);
  if (ca?.[1] !== undefined && country !== 'USA') {
    return { ...(city && { city }), state: ca[1].toUpperCase(), country: 'Canada' };
  }
  if (STATE_ONLY.test(region) && country !== undefined) {
    return { ...(city && { city }), state: region, country };
  }
  return country === undefined ? {} : { country };
}

/** The address with its country appended when it is known and missing (as TSML writes it). */
export function formattedAddress(address: string): string {
  const trimmed = address.trim();
  const { country } = addressParts(trimmed);
  const last = splitParts(trimmed).at(-1) ?? '';
  if (country === undefined || US.test(last) || CANADA.test(last)) return trimmed;
  return `${trimmed}, ${country}`;
}

/** "City, ST, Country" of an address, or undefined when its city is not known. */
export function areaOf(address: string): string | undefined {
  const { city, state, country } = addressParts(address);
  if (city === undefined) return undefined;
  return [city, state, country].filter((p) => p !== undefined).join(', ');
}

/**
 * The area most of these addresses are in ("Warrenville, IL, USA"); ties go to the name that sorts
 * first, so every instance answers the same. Undefined when no address has a known city.
 */
export function mostCommonArea(addresses: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const address of addresses) {
    const area = areaOf(address);
    if (area !== undefined) counts.set(area, (counts.get(area) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const [area, n] of counts) {
    if (best === undefined || n > best[1] || (n === best[1] && area < best[0])) best = [area, n];
  }
  return best?.[0];
}

/** The city of an IANA zone ("America/Chicago" → "Chicago"): a last resort for an area. */
export function zoneCity(timeZone: string): string | undefined {
  const city = timeZone.split('/').at(-1)?.replaceAll('_', ' ');
  return city === undefined || city === '' || /^(UTC|GMT)/.test(city) ? undefined : city;
}

/**
 * A dial-in number as the spec allows it: digits plus `+ , * #` (commas pause, `#` ends a
 * meeting id). Spaces, dashes, dots and parentheses are dropped; undefined when fewer than 7
 * digits remain, since no phone number is that short. The organization's `entity_phone` is
 * written the same way, so apps can dial it as they dial a meeting.
 */
export function conferencePhone(dialIn: string): string | undefined {
  const cleaned = dialIn.replace(/[^\d+,*#]/g, '');
  return (cleaned.match(/\d/g)?.length ?? 0) >= 7 ? cleaned : undefined;
}
