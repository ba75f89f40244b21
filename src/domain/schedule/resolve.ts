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

const knownZones = new Map<string, boolean>();

/**
 * True when the runtime's tz data knows this IANA zone (checked without reading the clock).
 * Remembered: luxon answers by building an Intl.DateTimeFormat, and every conversion below asks.
 */
export function isKnownZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = IANAZone.isValidZone(zone);
    // Bounded: zone names come from stored schedules, but also from user input.
    if (knownZones.size >= 1000) knownZones.clear();
    knownZones.set(zone, known);
  }
  return known;
}

function assertZone(zone: string): void {
  if (!isKnownZone(zone)) throw new RangeError(`Unknown time zone: ${zone}`);
}

/**
 * Answers of localToInstant, which is pure for given tz data: the same few zones, dates and start
 * times come up for every group on every directory page, and each luxon conversion costs an
 * Intl.DateTimeFormat formatToParts call or two. Bounded; cleared when full.
 */
const instants = new Map<string, number>();
const MAX_REMEMBERED_INSTANTS = 50_000;

/** The instant at which the wall clock in `zone` reads `date` + `minutes`. */
export function localToInstant(date: CivilDate, minutes: number, zone: string): Date {
  const key = `${zone} ${String(date.year)}-${String(date.month)}-${String(date.day)} ${String(minutes)}`;
  const remembered = instants.get(key);
  if (remembered !== undefined) return new Date(remembered);
  assertZone(zone);
  const dt = DateTime.fromObject(
    { ...date, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    { zone },
  );
  const ms = dt.toJSDate().getTime();
  if (instants.size >= MAX_REMEMBERED_INSTANTS) instants.clear();
  instants.set(key, ms);
  return new Date(ms);
}

/** Answers of instantToLocal: a page of groups asks it for the same instant in the same zones. */
const locals = new Map<string, { date: CivilDate; minutes: number }>();

/** What the wall clock in `zone` reads at `instant`. */
export function instantToLocal(instant: Date, zone: string): { date: CivilDate; minutes: number } {
  const key = `${zone} ${String(instant.getTime())}`;
  let local = locals.get(key);
  if (local === undefined) {
    assertZone(zone);
    const dt = DateTime.fromJSDate(instant, { zone });
    local = {
      date: { year: dt.year, month: dt.month, day: dt.day },
      minutes: dt.hour * 60 + dt.minute,
    };
    if (locals.size >= MAX_REMEMBERED_INSTANTS) locals.clear();
    locals.set(key, local);
  }
  // A copy: callers own what they get.
  return { date: { ...local.date }, minutes: local.minutes };
}

/** UTC offset in minutes of `zone` at `instant` (e.g. -300 for CDT). */
export function offsetAt(instant: Date, zone: string): number {
  assertZone(zone);
  return DateTime.fromJSDate(instant, { zone }).offset;
}
