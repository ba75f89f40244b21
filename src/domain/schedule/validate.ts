// Field-level checks for schedules and exceptions, returned as { path, message } so the API can
// pass them straight into problem+json `errors[]`. Messages are English, for editors and logs.
import { isValidTimeZone } from '../time-zone';
import { parseLocalDate, parseLocalDateTime, parseWallTime, toDayNumber } from './civil';
import { isKnownZone } from './resolve';
import { isScheduledOn } from './rules';
import type { FieldError, Recurrence, Schedule, ScheduleException } from './types';

const WEEKDAYS = new Set([0, 1, 2, 3, 4, 5, 6]);
const NTHS = new Set([1, 2, 3, 4, 5, -1]);

function checkList(
  values: readonly unknown[] | undefined,
  allowed: Set<number>,
  path: string,
  what: string,
  errors: FieldError[],
): void {
  if (!Array.isArray(values) || values.length === 0) {
    errors.push({ path, message: `Choose at least one ${what}.` });
    return;
  }
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !allowed.has(v)) {
      errors.push({ path: `${path}.${i}`, message: `Not a valid ${what}.` });
    }
  });
  if (new Set(values).size !== values.length) {
    errors.push({ path, message: `Each ${what} may appear only once.` });
  }
}

function checkDate(value: unknown, path: string, errors: FieldError[]): void {
  if (typeof value !== 'string' || !parseLocalDate(value)) {
    errors.push({ path, message: 'Use a real date as YYYY-MM-DD.' });
  }
}

function checkRecurrence(r: Recurrence, errors: FieldError[]): void {
  switch (r.kind) {
    case 'weekly':
      checkList(r.days, WEEKDAYS, 'recurrence.days', 'weekday', errors);
      return;
    case 'biweekly':
      checkList(r.days, WEEKDAYS, 'recurrence.days', 'weekday', errors);
      checkDate(r.anchorDate, 'recurrence.anchorDate', errors);
      return;
    case 'monthly-day':
      if (!Number.isInteger(r.dayOfMonth) || r.dayOfMonth < 1 || r.dayOfMonth > 31) {
        errors.push({ path: 'recurrence.dayOfMonth', message: 'Use a day from 1 to 31.' });
      }
      return;
    case 'monthly-nth':
      if (!WEEKDAYS.has(r.weekday)) {
        errors.push({ path: 'recurrence.weekday', message: 'Not a valid weekday.' });
      }
      checkList(r.nths, NTHS, 'recurrence.nths', 'week of the month', errors);
      return;
    case 'once':
      checkDate(r.date, 'recurrence.date', errors);
      return;
    default:
      errors.push({ path: 'recurrence.kind', message: 'Unknown recurrence.' });
  }
}

export function validateSchedule(schedule: Schedule): FieldError[] {
  const errors: FieldError[] = [];
  const start = parseWallTime(schedule.start);
  const end = parseWallTime(schedule.end);
  if (start === null) errors.push({ path: 'start', message: 'Use a 24-hour time as HH:MM.' });
  if (end === null) errors.push({ path: 'end', message: 'Use a 24-hour time as HH:MM.' });
  if (start !== null && start === end) {
    errors.push({ path: 'end', message: 'The end time must differ from the start time.' });
  }
  // The project-wide check refuses abbreviations like "CST"; luxon confirms the tz data has it.
  if (!isValidTimeZone(schedule.timeZone) || !isKnownZone(schedule.timeZone)) {
    errors.push({ path: 'timeZone', message: 'Use an IANA time zone such as America/Chicago.' });
  }
  checkRecurrence(schedule.recurrence, errors);
  if (schedule.startsOn !== undefined) checkDate(schedule.startsOn, 'startsOn', errors);
  if (schedule.endsOn !== undefined) checkDate(schedule.endsOn, 'endsOn', errors);
  const from = schedule.startsOn ? parseLocalDate(schedule.startsOn) : null;
  const to = schedule.endsOn ? parseLocalDate(schedule.endsOn) : null;
  if (from && to && toDayNumber(to) < toDayNumber(from)) {
    errors.push({ path: 'endsOn', message: 'The last date must not be before the first.' });
  }
  return errors;
}

/** Checks one exception; `path` prefixes the field paths (e.g. "exceptions.2"). */
export function validateException(exception: ScheduleException, path = ''): FieldError[] {
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const errors: FieldError[] = [];
  checkDate(exception.date, at('date'), errors);
  if (exception.kind === 'moved') {
    const start = parseLocalDateTime(exception.start);
    const end = parseLocalDateTime(exception.end);
    const format = 'Use a local date and time as YYYY-MM-DDTHH:MM.';
    if (!start) errors.push({ path: at('start'), message: format });
    if (!end) errors.push({ path: at('end'), message: format });
    if (start && end) {
      const startKey = toDayNumber(start.date) * 1440 + start.minutes;
      const endKey = toDayNumber(end.date) * 1440 + end.minutes;
      if (endKey <= startKey)
        errors.push({ path: at('end'), message: 'The end must be after the start.' });
    }
  }
  return errors;
}

/**
 * Checks a list of exceptions: each one, that no date has two, and (given the schedule) that each
 * date is one the schedule actually meets on, since an exception elsewhere would be ignored.
 */
export function validateExceptions(
  exceptions: readonly ScheduleException[],
  schedule?: Schedule,
): FieldError[] {
  const errors = exceptions.flatMap((e, i) => validateException(e, `exceptions.${i}`));
  const seen = new Set<string>();
  exceptions.forEach((e, i) => {
    const path = `exceptions.${i}.date`;
    const date = parseLocalDate(e.date);
    if (seen.has(e.date)) errors.push({ path, message: 'This date already has a change.' });
    else if (schedule && date && !isScheduledOn(schedule, date)) {
      errors.push({ path, message: 'The group does not meet on this date.' });
    }
    seen.add(e.date);
  });
  return errors;
}
