// A schedule's recurrence as RFC 5545 recurrence rules. The domain's rules (src/domain/schedule)
// stay the truth: DTSTART is the first date they put a meeting on, and the medium tests expand
// every rule with ical.js and compare it with nextOccurrences.
import {
  addDays,
  parseLocalDate,
  parseWallTime,
  toDayNumber,
  type CivilDate,
} from '../../../domain/schedule/civil';
import { localToInstant } from '../../../domain/schedule/resolve';
import { isScheduledOn } from '../../../domain/schedule/rules';
import type { Recurrence, Schedule, Weekday } from '../../../domain/schedule/types';

const ICS_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
/** Monthly rules can skip months (a 31st, a fifth Friday), but never a whole year and more. */
const SEARCH_DAYS = 800;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function byDay(days: readonly Weekday[]): string {
  return [...new Set(days)]
    .sort((a, b) => a - b)
    .map((d) => ICS_DAYS[d])
    .join(',');
}

/** "YYYYMMDDTHHMMSS": a wall-clock date-time, to be written with the schedule's TZID. */
export function icsLocal(date: CivilDate, minutes: number): string {
  return (
    `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}` +
    `T${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}00`
  );
}

/** "YYYYMMDDTHHMMSSZ": an instant in UTC, as UNTIL must be when DTSTART has a TZID. */
export function icsUtc(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}` +
    `${pad(instant.getUTCDate())}T${pad(instant.getUTCHours())}` +
    `${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

function rulePart(r: Exclude<Recurrence, { kind: 'once' }>): string {
  switch (r.kind) {
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${byDay(r.days)}`;
    case 'biweekly':
      // The domain counts Sunday-to-Saturday weeks; WKST=SU makes INTERVAL=2 count the same.
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${byDay(r.days)};WKST=SU`;
    case 'monthly-day':
      // RFC 5545 skips months without that day, as the domain does.
      return `FREQ=MONTHLY;BYMONTHDAY=${r.dayOfMonth}`;
    case 'monthly-nth': {
      const nths = [...new Set(r.nths)].sort((a, b) => (a === -1 ? 9 : a) - (b === -1 ? 9 : b));
      return `FREQ=MONTHLY;BYDAY=${nths.map((n) => `${n}${ICS_DAYS[r.weekday]}`).join(',')}`;
    }
  }
}

/**
 * The RRULE value ("FREQ=WEEKLY;BYDAY=TU;UNTIL=…"), or null for a one-time meeting. UNTIL is
 * the last minute of endsOn in the schedule's zone, in UTC, so that day's meeting is kept.
 */
export function rruleOf(schedule: Schedule): string | null {
  const r = schedule.recurrence;
  if (r.kind === 'once') return null;
  const endsOn = schedule.endsOn ? parseLocalDate(schedule.endsOn) : null;
  if (!endsOn) return rulePart(r);
  const lastMinute = localToInstant(endsOn, 23 * 60 + 59, schedule.timeZone);
  return `${rulePart(r)};UNTIL=${icsUtc(new Date(lastMinute.getTime() + 59_000))}`;
}

/**
 * The first date on or after `base` (and startsOn) the schedule meets: the series' DTSTART.
 * Anchor-aligned for every-other-week rules. Null when it never meets from there on.
 */
export function firstMeetingDate(schedule: Schedule, base: CivilDate): CivilDate | null {
  const r = schedule.recurrence;
  if (r.kind === 'once') return parseLocalDate(r.date);
  const startsOn = schedule.startsOn ? parseLocalDate(schedule.startsOn) : null;
  let day = startsOn && toDayNumber(startsOn) > toDayNumber(base) ? startsOn : base;
  for (let i = 0; i < SEARCH_DAYS; i++, day = addDays(day, 1)) {
    if (isScheduledOn(schedule, day)) return day;
  }
  return null;
}

/** Start and end wall clocks of the regular meeting on `date` (an end at or before the start is
 *  on the next day). */
export function regularWallTimes(
  schedule: Schedule,
  date: CivilDate,
): { start: { date: CivilDate; minutes: number }; end: { date: CivilDate; minutes: number } } {
  const start = parseWallTime(schedule.start) ?? 0;
  const end = parseWallTime(schedule.end) ?? 0;
  return {
    start: { date, minutes: start },
    end: { date: end <= start ? addDays(date, 1) : date, minutes: end },
  };
}
