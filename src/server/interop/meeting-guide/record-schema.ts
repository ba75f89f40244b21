// The shape of one Meeting Guide record as real feeds write it, read leniently: numbers where
// strings belong (and the reverse), `day` as a number, numeric string or array, `types` as an
// array or a comma-separated string, blanks and nulls as absent. Anything else a feed carries
// (TSML's id, location_id, attendance_option, time_formatted, edit_url, contacts, 7th
// Tradition, ...) passes through unread. Whether the values make sense (a day from 0 to 6, a
// time as HH:MM, a known time zone) is decided later, field by field, in import-record.ts.
import { z } from 'zod';

const blankToUndefined = (v: unknown) =>
  v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v;

/** Text: trimmed; numbers and booleans become text; blank or null is absent. */
const text = z.preprocess(
  (v) => {
    const value = blankToUndefined(v);
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return typeof value === 'string' ? value.trim() : value;
  },
  z.string({ error: 'Use text' }).optional(),
);

/** A number, or a string holding one ("34.0993"). */
const coordinate = z.preprocess(
  (v) => {
    const value = blankToUndefined(v);
    if (typeof value === 'string') {
      const n = Number(value.trim());
      return Number.isFinite(n) ? n : value;
    }
    return value;
  },
  z.number({ error: 'Use a number' }).optional(),
);

const dayValue = z.union([z.number(), z.string()]);

/** "yes"/"no" (the spec), also true/false, 1/0. */
const yesNo = z.preprocess(
  (v) => {
    const value = blankToUndefined(v);
    if (typeof value !== 'string' && typeof value !== 'number') return value;
    const s = String(value).trim().toLowerCase();
    if (['yes', 'true', '1', 'y'].includes(s)) return true;
    if (['no', 'false', '0', 'n'].includes(s)) return false;
    return value;
  },
  z.boolean({ error: 'Use "yes" or "no"' }).optional(),
);

/** An array of codes, or one comma-separated string of them. */
const typeList = z.preprocess(
  (v) => {
    const value = blankToUndefined(v);
    if (typeof value === 'string') return value.split(',');
    return value;
  },
  z
    .array(
      z.union([z.string(), z.number()]).transform((c) => String(c).trim()),
      {
        error: 'Use a list of type codes',
      },
    )
    .transform((codes) => codes.filter((c) => c !== ''))
    .optional(),
);

const textList = z.preprocess(
  (v) => {
    const value = blankToUndefined(v);
    return typeof value === 'string' ? [value] : value;
  },
  z
    .array(z.union([z.string(), z.number()]).transform((c) => String(c).trim()))
    .transform((list) => list.filter((c) => c !== ''))
    .optional(),
);

/**
 * TSML UI's one-field `coordinates` ("lat,lng"; a CSV's Coordinates column too), read as latitude
 * and longitude when the record has neither of its own.
 */
function withCoordinates(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const r = raw as Record<string, unknown>;
  if (typeof r.coordinates !== 'string' || r.latitude !== undefined || r.longitude !== undefined) {
    return raw;
  }
  const parts = r.coordinates.split(',').map((p) => p.trim());
  const [latitude, longitude] = parts;
  if (parts.length !== 2 || !latitude || !longitude) return raw;
  return { ...r, latitude, longitude };
}

export const meetingRecordSchema = z.preprocess(
  withCoordinates,
  z
    .looseObject({
      slug: text,
      name: text,
      day: z.preprocess(blankToUndefined, z.union([dayValue, z.array(dayValue)]).optional()),
      time: text,
      end_time: text,
      timezone: text,
      formatted_address: text,
      address: text,
      city: text,
      state: text,
      postal_code: text,
      country: text,
      latitude: coordinate,
      longitude: coordinate,
      approximate: yesNo,
      region: text,
      sub_region: text,
      regions: textList,
      location: text,
      location_notes: text,
      notes: text,
      group: text,
      group_id: text,
      group_notes: text,
      types: typeList,
      conference_url: text,
      conference_url_notes: text,
      conference_phone: text,
      conference_phone_notes: text,
      updated: text,
      entity: text,
      entity_url: text,
      /** The spec's field list names it so; its example, TSML and TSML UI use entity_url. */
      entity_website_url: text,
    })
    .transform((r) => ({
      ...r,
      entity_url: r.entity_url ?? r.entity_website_url,
      /** General → specific, whichever way the feed wrote them. */
      regions:
        r.regions && r.regions.length > 0
          ? r.regions
          : [r.region, r.sub_region].filter((x) => x !== undefined),
    })),
);

export type MeetingRecord = z.output<typeof meetingRecordSchema>;
