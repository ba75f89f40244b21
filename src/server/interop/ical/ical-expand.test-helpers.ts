// Reads calendars we serve the way a calendar app does, with ical.js: our VTIMEZONE blocks are
// registered first (and only they), so every instant below depends on them being right.
import ICAL from 'ical.js';
import type { GroupDetail, ScheduleView } from '../../../contracts/groups';
import { nextOccurrences } from '../../../domain/schedule/recurrence';
import type { Schedule } from '../../../domain/schedule/types';

export interface ExpandedMeeting {
  uid: string;
  summary: string;
  start: string;
  end: string;
}

/** Parses an iCalendar text and registers its VTIMEZONEs, replacing any registered before. */
export function parseCalendar(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  ICAL.TimezoneService.reset();
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar;
}

const iso = (t: ICAL.Time) => t.toJSDate().toISOString();

/**
 * The meetings of every event of the calendar starting at or after `after`, soonest first,
 * grouped by UID: RRULEs expanded, EXDATEs removed, RECURRENCE-ID overrides applied, events
 * marked STATUS:CANCELLED left out. At most `count` per UID.
 */
export function expandCalendar(
  text: string,
  after: Date,
  count: number,
): Map<string, ExpandedMeeting[]> {
  const calendar = parseCalendar(text);
  const vevents = calendar.getAllSubcomponents('vevent');
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id'));
  const byUid = new Map<string, ExpandedMeeting[]>();
  const horizon = after.getTime() + 3 * 366 * 86_400_000;
  for (const master of masters) {
    const uid = master.getFirstPropertyValue('uid');
    // Related by UID only: left to itself, ical.js relates every RECURRENCE-ID in the file.
    const exceptions = vevents.filter(
      (v) => v.hasProperty('recurrence-id') && v.getFirstPropertyValue('uid') === uid,
    );
    const event = new ICAL.Event(master, { strictExceptions: true, exceptions });
    const found: ExpandedMeeting[] = [];
    const keep = (start: ICAL.Time, end: ICAL.Time, item: ICAL.Event) => {
      if (item.component.getFirstPropertyValue('status') === 'CANCELLED') return;
      if (start.toJSDate().getTime() < after.getTime()) return;
      found.push({ uid: event.uid, summary: item.summary, start: iso(start), end: iso(end) });
    };
    if (!event.isRecurring()) {
      keep(event.startDate, event.endDate, event);
    } else {
      const it = event.iterator();
      for (let i = 0; i < 2000; i++) {
        // Typed as always giving a time, next() gives nothing when a bounded rule runs out.
        const next = it.next() as ICAL.Time | undefined;
        if (!next) break;
        // A moved meeting can trade places only with its neighbours: a few spare are enough.
        if (next.toJSDate().getTime() > horizon || found.length >= count + exceptions.length) break;
        const details = event.getOccurrenceDetails(next);
        keep(details.startDate, details.endDate, details.item);
      }
    }
    found.sort((a, b) => a.start.localeCompare(b.start));
    byUid.set(event.uid, [...(byUid.get(event.uid) ?? []), ...found].slice(0, count));
  }
  return byUid;
}

/** A schedule as the API shows it, in the domain's terms. */
export function domainOf(s: ScheduleView): Schedule {
  return {
    start: s.start,
    end: s.end,
    timeZone: s.timeZone,
    recurrence: s.recurrence as Schedule['recurrence'],
    ...(s.startsOn === null ? {} : { startsOn: s.startsOn }),
    ...(s.endsOn === null ? {} : { endsOn: s.endsOn }),
  };
}

export interface Meeting {
  start: string;
  end: string;
}

/**
 * The next `count` meetings of each of the group's schedules after `now`, as ical.js reads them
 * from the calendar and as src/domain computes them, side by side.
 */
export function compareWithDomain(
  text: string,
  detail: GroupDetail,
  now: Date,
  count: number,
): { fromCalendar: Meeting[]; fromDomain: Meeting[] }[] {
  const expanded = expandCalendar(text, now, count);
  return detail.scheduleDetails.map((s) => ({
    fromCalendar: (expanded.get(`${s.id}@localhost`) ?? []).map(({ start, end }) => ({
      start,
      end,
    })),
    fromDomain: nextOccurrences(domainOf(s), s.exceptions, now, count).map((o) => ({
      start: o.start.toISOString(),
      end: o.end.toISOString(),
    })),
  }));
}

/** The text of the VEVENTs with this UID. */
export function veventsOf(text: string, uid: string): string[] {
  return text.split('BEGIN:VEVENT').filter((v) => v.includes(`UID:${uid}\r\n`));
}
