// Time-of-day buckets as Meeting Guide finders (TSML UI) use them. They overlap on purpose: a
// 4:30 am meeting is both "night" (for night owls) and "morning" (for early risers), so a meeting
// can sit in two buckets and a filter never hides a meeting someone would call theirs.
import { parseWallTime } from '../schedule/civil';

export type TimeOfDay = 'morning' | 'midday' | 'evening' | 'night';

export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'midday', 'evening', 'night'];

/** A half-open range of minutes since midnight: from ≤ minutes < to. */
export interface MinuteRange {
  from: number;
  to: number;
}

/**
 * Bucket edges in minutes since midnight, half-open so a database query reads
 * `start_minutes >= from AND start_minutes < to` (OR-ed across a bucket's ranges).
 * morning 04:00–11:59, midday 11:00–16:59, evening 16:00–20:59, night 20:00–04:59 (wraps
 * midnight, hence two ranges).
 */
export const bucketRanges: Readonly<Record<TimeOfDay, readonly MinuteRange[]>> = {
  morning: [{ from: 4 * 60, to: 12 * 60 }],
  midday: [{ from: 11 * 60, to: 17 * 60 }],
  evening: [{ from: 16 * 60, to: 21 * 60 }],
  night: [
    { from: 20 * 60, to: 24 * 60 },
    { from: 0, to: 5 * 60 },
  ],
};

/** Buckets for a start time given in minutes since midnight (0–1439), in TIMES_OF_DAY order. */
export function timeOfDayBucketsForMinutes(minutes: number): TimeOfDay[] {
  return TIMES_OF_DAY.filter((bucket) =>
    bucketRanges[bucket].some((r) => minutes >= r.from && minutes < r.to),
  );
}

/** Buckets for a start time "HH:MM"; throws RangeError for anything else. */
export function timeOfDayBuckets(startHHMM: string): TimeOfDay[] {
  const minutes = parseWallTime(startHHMM);
  if (minutes === null) throw new RangeError(`Not an HH:MM time: ${startHHMM}`);
  return timeOfDayBucketsForMinutes(minutes);
}

export const timeOfDayLabels: Readonly<Record<TimeOfDay, { en: string; es: string }>> = {
  morning: { en: 'Morning', es: 'Mañana' },
  midday: { en: 'Midday', es: 'Mediodía' },
  evening: { en: 'Evening', es: 'Tarde' },
  night: { en: 'Night', es: 'Noche' },
};
