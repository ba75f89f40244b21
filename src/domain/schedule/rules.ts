// Which local dates a recurrence falls on. Pure calendar logic: no zones, no instants.
import {
  daysInMonth,
  formatLocalDate,
  parseLocalDate,
  toDayNumber,
  weekdayOf,
  type CivilDate,
} from './civil';
import type { Nth, Recurrence, Schedule } from './types';

/** The Sunday-started week a date falls in, as a day number of that Sunday. */
function weekStart(date: CivilDate): number {
  return toDayNumber(date) - weekdayOf(date);
}

/** Which occurrences of its weekday this date is within its month: 1st…5th, and whether last. */
export function nthInMonth(date: CivilDate): { nth: Exclude<Nth, -1>; isLast: boolean } {
  return {
    nth: Math.ceil(date.day / 7) as Exclude<Nth, -1>,
    isLast: date.day + 7 > daysInMonth(date.year, date.month),
  };
}

export function occursOn(recurrence: Recurrence, date: CivilDate): boolean {
  switch (recurrence.kind) {
    case 'weekly':
      return recurrence.days.includes(weekdayOf(date));
    case 'biweekly': {
      if (!recurrence.days.includes(weekdayOf(date))) return false;
      const anchor = parseLocalDate(recurrence.anchorDate);
      if (!anchor) throw new RangeError(`Invalid anchorDate: ${recurrence.anchorDate}`);
      // Whole weeks between the two Sundays; even means an "on" week, in either direction.
      const weeks = (weekStart(date) - weekStart(anchor)) / 7;
      return weeks % 2 === 0;
    }
    case 'monthly-day':
      return date.day === recurrence.dayOfMonth;
    case 'monthly-nth': {
      if (weekdayOf(date) !== recurrence.weekday) return false;
      const { nth, isLast } = nthInMonth(date);
      return recurrence.nths.includes(nth) || (isLast && recurrence.nths.includes(-1));
    }
    case 'once':
      return recurrence.date === formatLocalDate(date);
  }
}

/** occursOn, also honouring the schedule's startsOn/endsOn bounds (inclusive). */
export function isScheduledOn(schedule: Schedule, date: CivilDate): boolean {
  const day = toDayNumber(date);
  const startsOn = schedule.startsOn ? parseLocalDate(schedule.startsOn) : null;
  const endsOn = schedule.endsOn ? parseLocalDate(schedule.endsOn) : null;
  if (startsOn && day < toDayNumber(startsOn)) return false;
  if (endsOn && day > toDayNumber(endsOn)) return false;
  return occursOn(schedule.recurrence, date);
}
