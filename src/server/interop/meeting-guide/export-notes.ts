// Plain-text notes for what the Meeting Guide format cannot say: it knows weekly meetings only,
// so every other recurrence is written out for people, in the organization's language.
import type { CivilDate } from '../../../domain/schedule/civil';
import { parseWallTime } from '../../../domain/schedule/civil';
import { describeSchedule } from '../../../domain/schedule/describe';
import { formatClock, formatLongDate } from '../../../domain/schedule/format';
import type { Locale, Recurrence, Schedule } from '../../../domain/schedule/types';

function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

/**
 * Dates in words, remembered: each formatLongDate builds an Intl.DateTimeFormat (tens of
 * microseconds), and a feed of 10,000 meetings asks for the same few dozen dates over and over.
 */
const dates = new Map<string, string>();
function date(d: CivilDate, locale: Locale, withWeekday = false): string {
  const key = `${locale}${String(withWeekday)}${String(d.year)}-${String(d.month)}-${String(d.day)}`;
  let text = dates.get(key);
  if (text === undefined) {
    text = formatLongDate(d, locale, withWeekday);
    if (dates.size >= 10_000) dates.clear();
    dates.set(key, text);
  }
  return text;
}

const monthlyNth = new Map<string, string>();

/** "Every other week (next: June 10, 2025)". */
export function biweeklyNote(next: CivilDate, locale: Locale): string {
  return locale === 'es'
    ? `Cada dos semanas (próxima: ${date(next, locale)})`
    : `Every other week (next: ${date(next, locale)})`;
}

/** "First and third Tuesday of the month" (the schedule's own words, without times or bounds). */
export function monthlyNthNote(
  schedule: Schedule & { recurrence: Extract<Recurrence, { kind: 'monthly-nth' }> },
  locale: Locale,
): string {
  const { weekday, nths } = schedule.recurrence;
  const key = `${locale}${String(weekday)}${nths.join()}`;
  let text = monthlyNth.get(key);
  if (text === undefined) {
    const { startsOn: _from, endsOn: _to, ...unbounded } = schedule;
    text = describeSchedule(unbounded, locale, { times: 'none' });
    if (monthlyNth.size >= 10_000) monthlyNth.clear();
    monthlyNth.set(key, text);
  }
  return text;
}

/** "On the 15th of each month at 7:00 pm" (and what happens in short months). */
export function monthlyDayNote(dayOfMonth: number, start: string, locale: Locale): string {
  const minutes = parseWallTime(start);
  const at = minutes === null ? '' : formatClock(minutes, locale);
  const short = dayOfMonth > 28;
  if (locale === 'es') {
    const text = `El día ${dayOfMonth} de cada mes${at && ` a las ${at}`}`;
    return short ? `${text} (en los meses que lo tienen)` : text;
  }
  const text = `On the ${englishOrdinal(dayOfMonth)} of each month${at && ` at ${at}`}`;
  return short ? `${text} (in months that have one)` : text;
}

/** "One time only: Saturday, March 14, 2026". */
export function onceNote(on: CivilDate, locale: Locale): string {
  return locale === 'es'
    ? `Solo una vez: ${date(on, locale, true)}`
    : `One time only: ${date(on, locale, true)}`;
}

/** "Starting March 3, 2026" / "Until June 30, 2026" / both; empty when unbounded. */
export function boundsNote(
  from: CivilDate | undefined,
  until: CivilDate | undefined,
  locale: Locale,
): string {
  const parts =
    locale === 'es'
      ? [from && `A partir del ${date(from, locale)}`, until && `hasta el ${date(until, locale)}`]
      : [from && `Starting ${date(from, locale)}`, until && `until ${date(until, locale)}`];
  const text = parts.filter((p) => p !== undefined).join(', ');
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** For online meetings of groups that do not publish their link. */
export function privateLinkNote(locale: Locale): string {
  return locale === 'es'
    ? 'El enlace para unirse en línea se comparte en privado: escriba al grupo desde su página.'
    : 'The link to join online is shared privately: contact the group from its page.';
}
