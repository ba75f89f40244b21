// Expanding a schedule into concrete occurrences (instants) inside a window.
//
// Each candidate local date is tested against the recurrence, then its wall-clock start and end
// are resolved in the schedule's zone one date at a time, so every occurrence gets the offset in
// force on its own day (DST-correct; see resolve.ts for gaps and repeated hours).
// Inputs are expected to have passed validateSchedule/validateException; malformed values throw
// RangeError rather than silently dropping meetings.
import {
  addDays,
  formatLocalDate,
  fromDayNumber,
  parseLocalDate,
  parseLocalDateTime,
  parseWallTime,
  toDayNumber,
  type CivilDate,
} from './civil';
import { instantToLocal, localToInstant } from './resolve';
import { isScheduledOn, occursOn } from './rules';
import type { Occurrence, Schedule, ScheduleException } from './types';

export interface ExpandWindow {
  from: Date;
  to: Date;
  /** Keep only the first `limit` occurrences by start. */
  limit?: number;
}

function requireDate(text: string, what: string): CivilDate {
  const date = parseLocalDate(text);
  if (!date) throw new RangeError(`Invalid ${what}: ${text}`);
  return date;
}

function requireTime(text: string, what: string): number {
  const minutes = parseWallTime(text);
  if (minutes === null) throw new RangeError(`Invalid ${what}: ${text}`);
  return minutes;
}

/** Start and end instants of the regular occurrence on `date`. */
function regularTimes(schedule: Schedule, date: CivilDate): { start: Date; end: Date } {
  const startMin = requireTime(schedule.start, 'start');
  const endMin = requireTime(schedule.end, 'end');
  const start = localToInstant(date, startMin, schedule.timeZone);
  // An end at or before the start is on the next day (23:00–00:30).
  const endDate = endMin <= startMin ? addDays(date, 1) : date;
  let end = localToInstant(endDate, endMin, schedule.timeZone);
  // A start pushed forward by a DST gap can land after the end (02:30–03:00 on spring-forward
  // day); keep the planned length instead of producing a negative-length meeting.
  if (end.getTime() <= start.getTime()) {
    const plannedMinutes = (endMin - startMin + 1440) % 1440 || 1440;
    end = new Date(start.getTime() + plannedMinutes * 60_000);
  }
  return { start, end };
}

function overlaps(o: { start: Date; end: Date }, window: ExpandWindow): boolean {
  return o.start.getTime() < window.to.getTime() && o.end.getTime() > window.from.getTime();
}

function movedOccurrence(
  schedule: Schedule,
  exception: Extract<ScheduleException, { kind: 'moved' }>,
): Occurrence {
  const start = parseLocalDateTime(exception.start);
  const end = parseLocalDateTime(exception.end);
  if (!start || !end) throw new RangeError(`Invalid moved time for ${exception.date}`);
  return {
    start: localToInstant(start.date, start.minutes, schedule.timeZone),
    end: localToInstant(end.date, end.minutes, schedule.timeZone),
    originalDate: exception.date,
    status: 'moved',
    ...(exception.note !== undefined && { note: exception.note }),
  };
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.start.getTime() - b.start.getTime() || a.originalDate.localeCompare(b.originalDate);
}

/**
 * Occurrences overlapping [from, to), sorted by start. One already in progress at `from` is
 * included ("happening now"). Cancelled ones are returned with status 'cancelled'; moved ones
 * appear at their new time, and only there. A later exception for the same date wins.
 */
export function expandOccurrences(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  window: ExpandWindow,
): Occurrence[] {
  const limit = window.limit ?? Infinity;
  if (window.to.getTime() <= window.from.getTime() || limit <= 0) return [];
  const byDate = new Map(exceptions.map((e) => [e.date, e]));
  const found: Occurrence[] = [];

  // Moved occurrences can land anywhere, so they are checked on their own.
  for (const exception of byDate.values()) {
    if (exception.kind !== 'moved') continue;
    if (!isScheduledOn(schedule, requireDate(exception.date, 'exception date'))) continue;
    const moved = movedOccurrence(schedule, exception);
    if (overlaps(moved, window)) found.push(moved);
  }

  // A regular occurrence lasts under a day, so one that started the local day before `from`
  // can still be running; nothing starting after `to`'s local date can overlap.
  let first = toDayNumber(instantToLocal(window.from, schedule.timeZone).date) - 1;
  let last = toDayNumber(instantToLocal(window.to, schedule.timeZone).date);
  if (schedule.recurrence.kind === 'once') {
    const only = toDayNumber(requireDate(schedule.recurrence.date, 'date'));
    first = Math.max(first, only);
    last = Math.min(last, only);
  }
  if (schedule.startsOn)
    first = Math.max(first, toDayNumber(requireDate(schedule.startsOn, 'startsOn')));
  if (schedule.endsOn) last = Math.min(last, toDayNumber(requireDate(schedule.endsOn, 'endsOn')));

  let regularCount = 0;
  for (let day = first; day <= last && regularCount < limit; day++) {
    const date = fromDayNumber(day);
    if (!occursOn(schedule.recurrence, date)) continue;
    const exception = byDate.get(formatLocalDate(date));
    if (exception?.kind === 'moved') continue;
    const times = regularTimes(schedule, date);
    if (!overlaps(times, window)) continue;
    regularCount++;
    found.push({
      ...times,
      originalDate: formatLocalDate(date),
      status: exception ? 'cancelled' : 'scheduled',
      ...(exception?.note !== undefined && { note: exception.note }),
    });
  }
  // Regular occurrences come out in start order, so stopping at `limit` of them is safe: any
  // later one would sort after all of them anyway.
  return found.sort(byStart).slice(0, limit);
}

const WINDOW_MS = 400 * 86_400_000;
const MAX_WINDOWS = 12; // about 13 years: far beyond any real "next meeting" question

/** The next `count` occurrences starting at or after `after`, skipping cancelled ones. */
export function nextOccurrences(
  schedule: Schedule,
  exceptions: readonly ScheduleException[],
  after: Date,
  count: number,
): Occurrence[] {
  const found: Occurrence[] = [];
  let from = after;
  for (let i = 0; i < MAX_WINDOWS && found.length < count; i++) {
    const to = new Date(from.getTime() + WINDOW_MS);
    for (const o of expandOccurrences(schedule, exceptions, { from, to })) {
      // Each occurrence belongs to the window holding its start, so none is counted twice.
      if (o.status !== 'cancelled' && o.start.getTime() >= from.getTime()) found.push(o);
    }
    from = to;
  }
  return found.slice(0, Math.max(0, count));
}
