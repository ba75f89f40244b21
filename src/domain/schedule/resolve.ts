// Wall clock ⇄ instant in an IANA zone, through luxon so DST rules come from the runtime's tz data.
//
// Policy for the two DST edge cases (pinned by tests):
// - A wall time that does not exist (02:30 on a spring-forward day) is shifted forward by the
//   length of the gap, so 02:30 becomes 03:30 daylight time. Luxon does this; the meeting keeps
//   its place in the day instead of disappearing.
// - A wall time that happens twice (01:30 on a fall-back day) resolves to one instant, whichever
//   luxon picks (today: the standard-time one). Occurrences never double up.
import { DateTime, IANAZone } from 'luxon';
import type { CivilDate } from './civil';

/** True when the runtime's tz data knows this IANA zone (checked without reading the clock). */
export function isKnownZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

function assertZone(zone: string): void {
  if (!isKnownZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
}

/** The instant at which the wall clock in `zone` reads `date` + `minutes`. */
export function localToInstant(date: CivilDate, minutes: number, zone: string): Date {
  assertZone(zone);
  const dt = DateTime.fromObject(
    { ...date, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    { zone },
  );
  return dt.toJSDate();
}

/** What the wall clock in `zone` reads at `instant`. */
export function instantToLocal(instant: Date, zone: string): { date: CivilDate; minutes: number } {
  assertZone(zone);
  const dt = DateTime.fromJSDate(instant, { zone });
  return {
    date: { year: dt.year, month: dt.month, day: dt.day },
    minutes: dt.hour * 60 + dt.minute,
  };
}

/** UTC offset in minutes of `zone` at `instant` (e.g. -300 for CDT). */
export function offsetAt(instant: Date, zone: string): number {
  assertZone(zone);
  return DateTime.fromJSDate(instant, { zone }).offset;
}
