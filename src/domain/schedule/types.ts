// The shapes of a meeting schedule. Times are wall-clock strings in the schedule's IANA zone,
// never offsets: the offset depends on the date (DST), so it is worked out per occurrence.

/** Day of the week as the Meeting Guide spec numbers it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Which weekday of the month: 1st … 5th, or -1 for the last one. */
export type Nth = 1 | 2 | 3 | 4 | 5 | -1;

/** A calendar date in the schedule's zone, "YYYY-MM-DD". */
export type LocalDate = string;

/** A wall-clock time, "HH:MM" (24-hour). */
export type WallTime = string;

/** A wall-clock date and time in the schedule's zone, "YYYY-MM-DDTHH:MM". */
export type LocalDateTime = string;

export type Recurrence =
  | { kind: 'weekly'; days: Weekday[] }
  /** Every other week; the Sunday-to-Saturday week containing anchorDate is an "on" week. */
  | { kind: 'biweekly'; days: Weekday[]; anchorDate: LocalDate }
  /** Months without that day (e.g. the 31st in April) have no meeting. */
  | { kind: 'monthly-day'; dayOfMonth: number }
  | { kind: 'monthly-nth'; weekday: Weekday; nths: Nth[] }
  | { kind: 'once'; date: LocalDate };

export interface Schedule {
  /** Start, "HH:MM". */
  start: WallTime;
  /** End, "HH:MM"; a time at or before `start` means the next day (23:00–00:30). */
  end: WallTime;
  /** IANA zone name, e.g. "America/Chicago". */
  timeZone: string;
  recurrence: Recurrence;
  /** First local date the schedule applies (inclusive). */
  startsOn?: LocalDate;
  /** Last local date the schedule applies (inclusive). */
  endsOn?: LocalDate;
}

/** A change to one occurrence, keyed by the occurrence's original local date. */
export type ScheduleException =
  | { date: LocalDate; kind: 'cancelled'; note?: string }
  | { date: LocalDate; kind: 'moved'; start: LocalDateTime; end: LocalDateTime; note?: string };

export type OccurrenceStatus = 'scheduled' | 'cancelled' | 'moved';

export interface Occurrence {
  start: Date;
  end: Date;
  /** The local date the recurrence put this occurrence on (before any move). */
  originalDate: LocalDate;
  status: OccurrenceStatus;
  note?: string;
}

/** One validation problem, shaped like the API's problem+json `errors[]` entries. */
export interface FieldError {
  path: string;
  message: string;
}

export type Locale = 'en' | 'es';
