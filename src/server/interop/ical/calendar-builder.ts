// Groups' schedules as an iCalendar (RFC 5545) document, through ical-generator:
// - one VEVENT per schedule with its RRULE, DTSTART/DTEND as wall-clock times with the
//   schedule's TZID (luxon DateTimes in the zone, never plain Dates: ical-generator would read
//   those in the server's own zone) and one VTIMEZONE per zone built from the runtime's tz data;
// - cancellations as EXDATE; each moved meeting as its own VEVENT with the same UID and a
//   RECURRENCE-ID naming the date it replaces; one-time meetings without RRULE;
// - DTSTAMP and LAST-MODIFIED from the data, never the clock, so the same data gives the same
//   bytes (and ETag).
import ical, { ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import {
  formatLocalDate,
  parseLocalDate,
  parseLocalDateTime,
  toDayNumber,
  type CivilDate,
} from '../../../domain/schedule/civil';
import { instantToLocal } from '../../../domain/schedule/resolve';
import type { Locale } from '../../../domain/schedule/types';
import type { GroupRecord, ScheduleRecord } from '../../repositories/group.repository';
import { toDomainSchedule } from '../../services/groups/occurrences';
import { calendarMessages, descriptionText, locationText, wallClockText } from './event-text';
import { firstMeetingDate, icsLocal, regularWallTimes, rruleOf } from './rrule';
import { vtimezone } from './vtimezone';

export interface CalendarGroup {
  group: GroupRecord;
  schedules: ScheduleRecord[];
  /** groupPolicy.seeJoinDetails for the person the calendar is for. */
  showJoin: boolean;
  pageUrl: string;
}

export interface CalendarInput {
  name: string;
  /** The UID domain: `<schedule-id>@<host>`. */
  host: string;
  locale: Locale;
  groups: CalendarGroup[];
  /** Only decides how far ahead VTIMEZONE rules are checked. */
  now: Date;
}

/** How often calendar apps should refresh a subscription. */
const REFRESH_SECONDS = 3 * 3600;

function zoned(date: CivilDate, minutes: number, zone: string): DateTime {
  return DateTime.fromObject(
    { ...date, hour: Math.floor(minutes / 60), minute: minutes % 60 },
    { zone },
  );
}

interface EventContext {
  cal: ICalCalendar;
  entry: CalendarGroup;
  schedule: ScheduleRecord;
  uid: string;
  stamp: Date;
  locale: Locale;
  years: number[];
}

function addEvent(
  ctx: EventContext,
  times: { start: DateTime; end: DateTime },
  extra: {
    repeating?: string;
    recurrenceId?: DateTime;
    notice?: string;
    cancelled?: boolean;
  },
): void {
  const { entry, schedule: s } = ctx;
  const location = locationText(s, entry.showJoin, ctx.locale);
  ctx.years.push(times.start.year);
  ctx.cal.createEvent({
    id: ctx.uid,
    start: times.start,
    end: times.end,
    timezone: s.timeZone,
    stamp: ctx.stamp,
    lastModified: ctx.stamp,
    summary: entry.group.name,
    description: descriptionText({
      group: entry.group,
      schedule: s,
      domain: toDomainSchedule(s),
      showJoin: entry.showJoin,
      pageUrl: entry.pageUrl,
      locale: ctx.locale,
      ...(extra.notice === undefined ? {} : { notice: extra.notice }),
    }),
    url: entry.pageUrl,
    ...(location === null
      ? {}
      : {
          location: {
            title: location,
            ...(s.place ? { geo: { lat: s.place.latitude, lon: s.place.longitude } } : {}),
          },
        }),
    ...(extra.repeating === undefined ? {} : { repeating: extra.repeating }),
    ...(extra.recurrenceId === undefined ? {} : { recurrenceId: extra.recurrenceId }),
    ...(extra.cancelled === true ? { status: ICalEventStatus.CANCELLED } : {}),
  });
}

/**
 * Where the series starts looking for its first meeting (startsOn is applied on top): the local
 * date the schedule was created, or its earliest changed date if that is earlier. Stable, so the
 * calendar's bytes do not change from one day to the next.
 */
function seriesBase(s: ScheduleRecord): CivilDate | null {
  const created = formatLocalDate(instantToLocal(new Date(s.createdAt), s.timeZone).date);
  const earliest = [created, ...s.exceptions.map((e) => e.date)].sort()[0];
  return earliest === undefined ? null : parseLocalDate(earliest);
}

function addSchedule(ctx: EventContext): void {
  const s = ctx.schedule;
  const domain = toDomainSchedule(s);
  const m = calendarMessages(ctx.locale);
  const base = seriesBase(s);
  const first = base && firstMeetingDate(domain, base);
  if (!first) return;
  const wall = (date: CivilDate) => {
    const w = regularWallTimes(domain, date);
    return {
      start: zoned(w.start.date, w.start.minutes, s.timeZone),
      end: zoned(w.end.date, w.end.minutes, s.timeZone),
    };
  };
  const exceptions = s.exceptions.filter((e) => {
    const date = parseLocalDate(e.date);
    return date !== null && toDayNumber(date) >= toDayNumber(first);
  });
  const rrule = rruleOf(domain);
  const startMinutes = regularWallTimes(domain, first).start.minutes;

  if (s.recurrence.kind === 'once' || rrule === null) {
    // A one-time meeting: moved means new times; cancelled stays listed, marked cancelled.
    const change = exceptions.find((e) => e.date === formatLocalDate(first));
    const moved = change?.kind === 'moved' ? movedTimes(change, s.timeZone) : null;
    const was = wallClockText(first, startMinutes, ctx.locale);
    addEvent(ctx, moved ?? wall(first), {
      ...(change?.kind === 'cancelled' && {
        cancelled: true,
        notice: joinNotice(m.cancelled, change.note),
      }),
      ...(moved && { notice: joinNotice(m.moved(was), change?.note) }),
    });
    return;
  }

  const cancelled = exceptions.filter((e) => e.kind === 'cancelled');
  const exdate =
    cancelled.length === 0
      ? ''
      : `\nEXDATE;TZID=${s.timeZone}:${cancelled
          .map((e) => icsLocal(parseLocalDate(e.date) ?? first, startMinutes))
          .join(',')}`;
  addEvent(ctx, wall(first), { repeating: `RRULE:${rrule}${exdate}` });

  for (const e of exceptions) {
    if (e.kind !== 'moved') continue;
    const original = parseLocalDate(e.date);
    const times = movedTimes(e, s.timeZone);
    if (!original || !times) continue;
    addEvent(ctx, times, {
      recurrenceId: wall(original).start,
      notice: joinNotice(m.moved(wallClockText(original, startMinutes, ctx.locale)), e.note),
    });
  }
}

function movedTimes(
  e: { start: string; end: string },
  zone: string,
): { start: DateTime; end: DateTime } | null {
  const start = parseLocalDateTime(e.start);
  const end = parseLocalDateTime(e.end);
  if (!start || !end) return null;
  return {
    start: zoned(start.date, start.minutes, zone),
    end: zoned(end.date, end.minutes, zone),
  };
}

function joinNotice(text: string, note: string | undefined): string {
  return note === undefined || note.trim() === '' ? text : `${text} ${note.trim()}`;
}

/** Renders the calendar. Paused and archived groups contribute no meetings. */
export function renderCalendar(input: CalendarInput): string {
  const cal = ical({
    name: input.name,
    prodId: { company: 'Kindred', product: 'Kindred', language: input.locale.toUpperCase() },
    ttl: REFRESH_SECONDS,
  });
  const years: number[] = [];
  for (const entry of input.groups) {
    if (entry.group.status !== 'active') continue;
    for (const schedule of entry.schedules) {
      const stamp = [entry.group.updatedAt, schedule.updatedAt].sort().at(-1) ?? schedule.updatedAt;
      addSchedule({
        cal,
        entry,
        schedule,
        uid: `${schedule.id}@${input.host}`,
        stamp: new Date(stamp),
        locale: input.locale,
        years,
      });
    }
  }
  // Zones are known only now, and each VTIMEZONE must cover every meeting from the first one.
  const fromYear = Math.min(...years, input.now.getUTCFullYear());
  // Far enough for yearly rules to show, and for listed (irregular) zones to stay right long
  // after a downloaded file was imported.
  const toYear = input.now.getUTCFullYear() + 10;
  cal.timezone({ name: null, generator: (zone) => vtimezone(zone, fromYear, toYear) });
  return cal.toString();
}
