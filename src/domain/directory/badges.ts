// Listing badges ("Happening now", "Starts in 12 min") and the meeting's time shown in its own
// zone and, when it differs, in the viewer's. Time is passed in; nothing here reads the clock.
import { DateTime } from 'luxon';
import { formatClock } from '../schedule/format';
import type { Locale } from '../schedule/types';

export type Badge = { kind: 'happening-now' } | { kind: 'starts-soon'; minutes: number };

export const STARTS_SOON_MINUTES = 60;

/**
 * "happening-now" from start (inclusive) to end (exclusive); "starts-soon" when it starts within
 * the next 60 minutes, minutes rounded up so "in 1 min" never shows for one already started.
 * A cancelled occurrence gets no badge.
 */
export function occurrenceBadge(
  occurrence: { start: Date; end: Date; status?: string },
  now: Date,
): Badge | null {
  if (occurrence.status === 'cancelled') return null;
  const untilStart = occurrence.start.getTime() - now.getTime();
  if (untilStart <= 0) {
    return now.getTime() < occurrence.end.getTime() ? { kind: 'happening-now' } : null;
  }
  const minutes = Math.ceil(untilStart / 60_000);
  return minutes <= STARTS_SOON_MINUTES ? { kind: 'starts-soon', minutes } : null;
}

/**
 * A short zone name at an instant: generic where Intl has one ("CT", not "CST"/"CDT", so it is
 * right all year), else the specific short name ("MST" for Phoenix). UTC is called "UTC".
 */
export function zoneLabel(zone: string, at: Date, locale: Locale): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  const name = (style: 'shortGeneric' | 'short') =>
    new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', {
      timeZone: zone,
      timeZoneName: style,
    })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  try {
    return name('shortGeneric') ?? zone;
  } catch {
    // Older ICU builds reject 'shortGeneric'.
    return name('short') ?? zone;
  }
}

export interface FormattedTimes {
  /** "7:00 pm CT" / "19:00 CT". */
  meeting: string;
  /** "8:00 pm your time", with the weekday when the viewer's date differs; null when same offset. */
  viewer: string | null;
}

const YOUR_TIME: Record<Locale, string> = { en: 'your time', es: 'en tu horario' };

function clockAt(dt: DateTime, locale: Locale): string {
  return formatClock(dt.hour * 60 + dt.minute, locale);
}

export function formatTimes(
  occurrence: { start: Date },
  meetingZone: string,
  viewerZone: string,
  locale: Locale,
): FormattedTimes {
  const inMeeting = DateTime.fromJSDate(occurrence.start, { zone: meetingZone });
  const inViewer = DateTime.fromJSDate(occurrence.start, { zone: viewerZone });
  if (!inMeeting.isValid) throw new RangeError(`Unknown time zone: ${meetingZone}`);
  if (!inViewer.isValid) throw new RangeError(`Unknown time zone: ${viewerZone}`);
  const meeting = `${clockAt(inMeeting, locale)} ${zoneLabel(meetingZone, occurrence.start, locale)}`;
  if (inMeeting.offset === inViewer.offset) return { meeting, viewer: null };
  // Across many hours the viewer's day can differ (Tuesday 7 pm CT is Wednesday 1 am in London).
  const sameDay = inMeeting.toISODate() === inViewer.toISODate();
  const weekday = sameDay ? '' : `${inViewer.setLocale(locale).toFormat('ccc')} `;
  return { meeting, viewer: `${weekday}${clockAt(inViewer, locale)} ${YOUR_TIME[locale]}` };
}
