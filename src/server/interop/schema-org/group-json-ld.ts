// A group page as schema.org structured data (JSON-LD): an EventSeries with its schedules
// (schema.org Schedule), places and online locations, the organizer, the next meeting's dates
// with offsets, and the coming meetings as sub-events (cancelled and moved ones marked as such).
// Public by nature: a join link appears only for groups open to anyone, whoever is looking.
import { DateTime } from 'luxon';
import type { GroupDetail, OccurrenceView, ScheduleView } from '../../../contracts/groups';

const S = 'https://schema.org/';
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface JsonLdContext {
  pageUrl: string;
  organization: { name: string; url: string };
}

type Json = Record<string, unknown>;

const ATTENDANCE_MODE = {
  'in-person': `${S}OfflineEventAttendanceMode`,
  online: `${S}OnlineEventAttendanceMode`,
  hybrid: `${S}MixedEventAttendanceMode`,
} as const;

const EVENT_STATUS = {
  scheduled: `${S}EventScheduled`,
  cancelled: `${S}EventCancelled`,
  moved: `${S}EventRescheduled`,
} as const;

/** An instant as local time with its offset in the meeting's zone: 2026-03-03T19:00:00-06:00. */
function zonedIso(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toISO({ suppressMilliseconds: true }) ?? iso;
}

function one<T>(items: T[]): T | T[] | undefined {
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : items;
}

function place(s: ScheduleView): Json | null {
  if (s.place === null) return null;
  return {
    '@type': 'Place',
    name: s.place.name,
    address: { '@type': 'PostalAddress', streetAddress: s.place.address },
    geo: { '@type': 'GeoCoordinates', latitude: s.place.latitude, longitude: s.place.longitude },
  };
}

function virtualLocation(s: ScheduleView, group: GroupDetail, pageUrl: string): Json | null {
  if (s.mode === 'in-person') return null;
  const joinUrl = group.attendance === 'open' ? s.online?.joinUrl : undefined;
  return { '@type': 'VirtualLocation', url: joinUrl ?? pageUrl };
}

function unique(items: Json[]): Json[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** schema.org Schedule for one of the group's schedules. */
function schedule(s: ScheduleView): Json {
  const r = s.recurrence;
  const times = {
    startTime: `${s.start}:00`,
    endTime: `${s.end}:00`,
    scheduleTimezone: s.timeZone,
    ...(s.startsOn === null ? {} : { startDate: s.startsOn }),
    ...(s.endsOn === null ? {} : { endDate: s.endsOn }),
  };
  const days = (list: number[]) =>
    one([...new Set(list)].sort().map((d) => `${S}${DAYS[d] ?? ''}`));
  switch (r.kind) {
    case 'weekly':
      return { '@type': 'Schedule', repeatFrequency: 'P1W', byDay: days(r.days), ...times };
    case 'biweekly':
      // The anchor's week is an "on" week: it tells which weeks the series meets.
      return {
        '@type': 'Schedule',
        repeatFrequency: 'P2W',
        byDay: days(r.days),
        ...times,
        startDate: s.startsOn ?? r.anchorDate,
      };
    case 'monthly-day':
      return { '@type': 'Schedule', repeatFrequency: 'P1M', byMonthDay: r.dayOfMonth, ...times };
    case 'monthly-nth':
      // byMonthWeek -1 is "the last week", as in iCalendar's BYDAY=-1FR.
      return {
        '@type': 'Schedule',
        repeatFrequency: 'P1M',
        byDay: days([r.weekday]),
        byMonthWeek: one(
          [...new Set(r.nths)].sort((a, b) => (a === -1 ? 9 : a) - (b === -1 ? 9 : b)),
        ),
        ...times,
      };
    case 'once':
      return { '@type': 'Schedule', ...times, startDate: r.date, endDate: r.date };
  }
}

function freeToAttend(cost: GroupDetail['cost']): boolean | undefined {
  if (cost === 'free' || cost === 'donation') return true;
  return cost === 'fee' ? false : undefined;
}

/** The group page's JSON-LD object (not yet serialized; see jsonLdScript). */
export function groupJsonLd(group: GroupDetail, ctx: JsonLdContext): Json {
  const places = unique(group.scheduleDetails.map(place).filter((p) => p !== null));
  const virtual = unique(
    group.scheduleDetails
      .map((s) => virtualLocation(s, group, ctx.pageUrl))
      .filter((v) => v !== null),
  );
  const locationFor = (mode: OccurrenceView['mode'] | null) =>
    one([...(mode === 'online' ? [] : places), ...(mode === 'in-person' ? [] : virtual)]);
  const organizer = { '@type': 'Organization', ...ctx.organization };
  const meets = group.status === 'active';
  const subEvents = meets
    ? group.upcoming.map((o) => ({
        '@type': 'Event',
        name: group.name,
        url: ctx.pageUrl,
        startDate: zonedIso(o.start, o.timeZone),
        endDate: zonedIso(o.end, o.timeZone),
        eventStatus: EVENT_STATUS[o.status],
        eventAttendanceMode: ATTENDANCE_MODE[o.mode],
        location: locationFor(o.mode),
        organizer,
      }))
    : [];
  const data: Json = {
    '@context': 'https://schema.org',
    '@type': 'EventSeries',
    name: group.name,
    description: group.description,
    url: ctx.pageUrl,
    // A group taking a break has no date to offer: postponed, not cancelled.
    eventStatus: meets ? EVENT_STATUS.scheduled : `${S}EventPostponed`,
    eventAttendanceMode: group.format === null ? undefined : ATTENDANCE_MODE[group.format],
    location: locationFor(null),
    organizer,
    startDate: meets && group.next ? zonedIso(group.next.start, group.next.timeZone) : undefined,
    endDate: meets && group.next ? zonedIso(group.next.end, group.next.timeZone) : undefined,
    eventSchedule: one(group.scheduleDetails.map(schedule)),
    isAccessibleForFree: freeToAttend(group.cost),
    inLanguage: one(group.languages),
    subEvent: one(subEvents),
  };
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}
