// A week as 28 cells, weekday × time of day, as bits of one number: where a meeting falls, and
// which cells a day and time filter asks for. The directory's in-memory index matches a group's
// weekly meetings against a filter with one AND instead of a loop over minute ranges.
import { TIMES_OF_DAY, type TimeOfDay, timeOfDayBucketsForMinutes } from './time-of-day';

const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

function cell(weekday: number, bucket: TimeOfDay): number {
  return 1 << (weekday * TIMES_OF_DAY.length + TIMES_OF_DAY.indexOf(bucket));
}

/** The cells of a meeting starting at `minutes` after midnight on `weekday` (0 = Sunday). */
export function meetingCells(weekday: number, minutes: number): number {
  let mask = 0;
  for (const bucket of timeOfDayBucketsForMinutes(minutes)) mask |= cell(weekday, bucket);
  return mask;
}

/**
 * The cells a filter asks for; no days means every day, no times every time of day (the times
 * of day cover the whole day, so a meeting always falls in one).
 */
export function filterCells(days: readonly number[], times: readonly TimeOfDay[]): number {
  let mask = 0;
  for (const day of days.length > 0 ? days : ALL_DAYS) {
    for (const bucket of times.length > 0 ? times : TIMES_OF_DAY) mask |= cell(day, bucket);
  }
  return mask;
}
