// Plain-language schedule descriptions for directory listings, in English and Spanish.
// "of the month" is always said for monthly rules so "First Tuesday" is never read as a one-off.
import { parseLocalDate, parseWallTime } from './civil';
import {
  capitalize,
  formatClock,
  formatLongDate,
  formatTimeRange,
  joinList,
  sortWeekdays,
  weekdayName,
} from './format';
import type { Locale, Nth, Recurrence, Schedule } from './types';

export interface DescribeOptions {
  /** 'range' (default) "7:00–8:30 pm", 'start' "7:00 pm", or 'none'. */
  times?: 'range' | 'start' | 'none';
}

const ORDINALS: Record<Locale, Record<Nth, string>> = {
  en: { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', 5: 'fifth', [-1]: 'last' },
  es: { 1: 'primer', 2: 'segundo', 3: 'tercer', 4: 'cuarto', 5: 'quinto', [-1]: 'último' },
};

function englishOrdinalNumber(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

function describeDays(r: Extract<Recurrence, { days: unknown }>, locale: Locale): string {
  const days = sortWeekdays(r.days);
  const names = (plural: boolean) =>
    joinList(
      days.map((d) => weekdayName(d, locale, plural)),
      locale,
    );
  if (r.kind === 'weekly') {
    if (days.length === 7) return locale === 'es' ? 'Todos los días' : 'Every day';
    return locale === 'es' ? `Todos los ${names(true)}` : `Every ${names(false)}`;
  }
  if (locale === 'es') return `Cada dos semanas, los ${names(true)}`;
  return days.length === 1 ? `Every other ${names(false)}` : `Every other week on ${names(false)}`;
}

function describeRecurrence(r: Recurrence, locale: Locale): string {
  switch (r.kind) {
    case 'weekly':
    case 'biweekly':
      return describeDays(r, locale);
    case 'monthly-day':
      return locale === 'es'
        ? `El día ${r.dayOfMonth} de cada mes`
        : `Monthly on the ${englishOrdinalNumber(r.dayOfMonth)}`;
    case 'monthly-nth': {
      // Numeric order, with "last" at the end: "first and last", never "last and first".
      const nths = [...new Set(r.nths)].sort((a, b) => (a === -1 ? 9 : a) - (b === -1 ? 9 : b));
      const which = capitalize(
        joinList(
          nths.map((n) => ORDINALS[locale][n]),
          locale,
        ),
      );
      const day = weekdayName(r.weekday, locale);
      const text = locale === 'es' ? `${which} ${day} de cada mes` : `${which} ${day} of the month`;
      // A fifth weekday happens only in some months; say so rather than surprise people.
      if (!nths.includes(5)) return text;
      return locale === 'es' ? `${text} (cuando lo hay)` : `${text} (in months that have one)`;
    }
    case 'once': {
      const date = parseLocalDate(r.date);
      return date ? capitalize(formatLongDate(date, locale)) : r.date;
    }
  }
}

function describeBounds(schedule: Schedule, locale: Locale): string {
  if (schedule.recurrence.kind === 'once') return '';
  const from = schedule.startsOn ? parseLocalDate(schedule.startsOn) : null;
  const to = schedule.endsOn ? parseLocalDate(schedule.endsOn) : null;
  const f = (d: NonNullable<typeof from>) => formatLongDate(d, locale, false);
  if (locale === 'es') {
    if (from && to) return ` (del ${f(from)} al ${f(to)})`;
    if (from) return ` (desde el ${f(from)})`;
    return to ? ` (hasta el ${f(to)})` : '';
  }
  if (from && to) return ` (${f(from)} to ${f(to)})`;
  if (from) return ` (from ${f(from)})`;
  return to ? ` (until ${f(to)})` : '';
}

function describeTimes(schedule: Schedule, locale: Locale, mode: DescribeOptions['times']): string {
  const start = parseWallTime(schedule.start);
  const end = parseWallTime(schedule.end);
  if (mode === 'none' || start === null) return '';
  if (mode === 'start' || end === null) return `, ${formatClock(start, locale)}`;
  return `, ${formatTimeRange(start, end, locale)}`;
}

/**
 * "Every Tuesday, 7:00–8:30 pm", "First and third Tuesday of the month, 7:00–8:30 pm",
 * "Todos los martes, 19:00–20:30". The zone is not named: callers show it next to the time
 * (see directory/badges.ts) because it depends on who is looking.
 */
export function describeSchedule(
  schedule: Schedule,
  locale: Locale,
  options: DescribeOptions = {},
): string {
  return (
    describeRecurrence(schedule.recurrence, locale) +
    describeTimes(schedule, locale, options.times ?? 'range') +
    describeBounds(schedule, locale)
  );
}
