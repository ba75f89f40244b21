// Small plain-language building blocks shared by schedule descriptions, badges and the finder.
// English uses a 12-hour clock with lowercase am/pm (as people write it in a meeting list);
// Spanish uses the 24-hour clock, as schedules in Spanish-speaking countries are written.
import type { Locale, Weekday } from './types';

const WEEKDAY_NAMES: Record<Locale, { one: readonly string[]; many: readonly string[] }> = {
  en: {
    one: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    many: ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'],
  },
  es: {
    one: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    many: ['domingos', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábados'],
  },
};

/** "Tuesday" / "martes" (Spanish weekday names are lowercase mid-sentence). */
export function weekdayName(day: Weekday, locale: Locale, plural = false): string {
  const names = WEEKDAY_NAMES[locale];
  return (plural ? names.many : names.one)[day] ?? '';
}

/** Weekdays in Meeting Guide order (Sunday first), without duplicates. */
export function sortWeekdays(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

/** "A", "A and B", "A, B and C" (no serial comma), or with "y" in Spanish. */
export function joinList(items: readonly string[], locale: Locale): string {
  const and = locale === 'es' ? 'y' : 'and';
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function meridiem(minutes: number): 'am' | 'pm' {
  return minutes < 720 ? 'am' : 'pm';
}

function clock12(minutes: number, compact: boolean): string {
  const h = Math.floor(minutes / 60) % 12 || 12;
  const m = minutes % 60;
  return compact && m === 0 ? String(h) : `${h}:${String(m).padStart(2, '0')}`;
}

/**
 * Minutes since midnight as a clock time: en "7:00 pm" ("7 pm" when compact and on the hour),
 * es "19:00".
 */
export function formatClock(minutes: number, locale: Locale, compact = false): string {
  if (locale === 'es') {
    return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
  }
  return `${clock12(minutes, compact)} ${meridiem(minutes)}`;
}

/** en "7:00–8:30 pm" (am/pm once when shared), "11:30 am–1:00 pm"; es "19:00–20:30". */
export function formatTimeRange(start: number, end: number, locale: Locale): string {
  if (locale === 'en' && meridiem(start) === meridiem(end)) {
    return `${clock12(start, false)}–${formatClock(end, locale)}`;
  }
  return `${formatClock(start, locale)}–${formatClock(end, locale)}`;
}

/** A calendar date in words: "Saturday, March 14, 2026" / "sábado, 14 de marzo de 2026". */
export function formatLongDate(
  date: { year: number; month: number; day: number },
  locale: Locale,
  withWeekday = true,
): string {
  const instant = new Date(0);
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  return new Intl.DateTimeFormat(locale === 'es' ? 'es' : 'en-US', {
    timeZone: 'UTC', // the date is already local; UTC just stops Intl shifting it
    ...(withWeekday && { weekday: 'long' }),
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(instant);
}
