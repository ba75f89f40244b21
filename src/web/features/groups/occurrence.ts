// One meeting occurrence in words: its day ("Today", "Tuesday, March 3"), its time in the
// meeting's zone and, when different, in the viewer's ("7:00 pm CT", "8:00 pm your time"), and
// a badge ("Happening now", "Starts in 40 minutes").
import { DateTime } from 'luxon';
import type { OccurrenceView } from '../../../contracts/groups';
import { formatTimes, occurrenceBadge } from '../../../domain/directory/badges';
import { currentLocale, t } from '../../i18n';

let zone: string | undefined;

/** The viewer's IANA zone as the browser reports it. */
export function viewerZone(): string {
  zone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return zone;
}

export interface OccurrenceWords {
  day: string;
  meeting: string;
  viewer: string | null;
  badge: string | null;
}

function dayWords(start: Date, meetingZone: string, now: Date): string {
  const locale = currentLocale();
  const at = DateTime.fromJSDate(start, { zone: meetingZone });
  const today = DateTime.fromJSDate(now, { zone: meetingZone });
  if (!at.isValid) return start.toLocaleDateString();
  if (at.hasSame(today, 'day')) return t('groups.today');
  if (at.hasSame(today.plus({ days: 1 }), 'day')) return t('groups.tomorrow');
  return at.setLocale(locale === 'es' ? 'es' : 'en-US').toLocaleString({
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  });
}

function badgeWords(occurrence: OccurrenceView, now: Date): string | null {
  const badge = occurrenceBadge(
    { start: new Date(occurrence.start), end: new Date(occurrence.end), status: occurrence.status },
    now,
  );
  if (badge === null) return null;
  if (badge.kind === 'happening-now') return t('groups.happeningNow');
  return badge.minutes === 1
    ? t('groups.startsInOneMinute')
    : t('groups.startsInMinutes', { minutes: badge.minutes });
}

export function describeOccurrence(occurrence: OccurrenceView, now: Date): OccurrenceWords {
  const start = new Date(occurrence.start);
  let times: { meeting: string; viewer: string | null };
  try {
    times = formatTimes({ start }, occurrence.timeZone, viewerZone(), currentLocale());
  } catch {
    // An unknown zone on either side: show the time as the browser sees it.
    times = { meeting: start.toLocaleTimeString(), viewer: null };
  }
  const day = dayWords(start, occurrence.timeZone, now);
  return { day, ...times, badge: badgeWords(occurrence, now) };
}
