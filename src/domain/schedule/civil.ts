// Calendar-date and wall-clock parsing. Dates here are civil dates with no zone attached, so
// counting days is plain calendar arithmetic; turning them into instants is resolve.ts's job.
import type { Weekday } from './types';

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export interface LocalDateTimeParts {
  date: CivilDate;
  minutes: number; // since local midnight
}

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** Days since 1970-01-01. Uses setUTCFullYear so years below 100 are not read as 19xx. */
export function toDayNumber(date: CivilDate): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(d.getTime() / DAY_MS);
}

export function fromDayNumber(dayNumber: number): CivilDate {
  const d = new Date(dayNumber * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 = Sunday; 1970-01-01 was a Thursday. */
export function weekdayOf(date: CivilDate): Weekday {
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function daysInMonth(year: number, month: number): number {
  return fromDayNumber(toDayNumber({ year, month: month + 1, day: 1 }) - 1).day;
}

/** "YYYY-MM-DD" → date, or null when malformed or not a real day (2026-02-30). */
export function parseLocalDate(text: string): CivilDate | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1) return null;
  if (date.day > daysInMonth(date.year, date.month)) return null;
  return date;
}

export function formatLocalDate(date: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** "HH:MM" (00:00–23:59) → minutes since midnight, or null. "24:00" is refused on purpose. */
export function parseWallTime(text: string): number | null {
  const m = TIME_RE.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatWallTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "YYYY-MM-DDTHH:MM" → parts, or null. */
export function parseLocalDateTime(text: string): LocalDateTimeParts | null {
  const m = DATE_TIME_RE.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const date = parseLocalDate(m[1]);
  const minutes = parseWallTime(m[2]);
  return date && minutes !== null ? { date, minutes } : null;
}
