// Schedules → feed records: which weekdays a schedule gives, with the notes the weekly-only
// format needs, and the records' slugs. Dates are civil dates in the schedule's terms; "today"
// comes from the caller, so the same data and day always give the same records.
import {
  addDays,
  parseLocalDate,
  toDayNumber,
  weekdayOf,
  type CivilDate,
} from '../../../domain/schedule/civil';
import { sortWeekdays } from '../../../domain/schedule/format';
import { isScheduledOn } from '../../../domain/schedule/rules';
import type { Locale, Schedule, Weekday } from '../../../domain/schedule/types';
import type { ScheduleRecord } from '../../repositories/group-rows';
import { biweeklyNote, boundsNote, monthlyDayNote, monthlyNthNote, onceNote } from './export-notes';

const DAY_SLUGS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
const MAX_SLUG = 64;

/** One record's worth of a schedule: its weekday (none for monthly-by-date) and notes. */
export interface Slot {
  day?: Weekday;
  slugPart: string;
  notes: string[];
}

const dayNumber = (d: CivilDate) => toDayNumber(d);
const hhmm = (time: string) => time.replace(':', '');

function domainSchedule(s: ScheduleRecord): Schedule {
  return {
    start: s.start,
    end: s.end,
    timeZone: s.timeZone,
    recurrence: s.recurrence,
    ...(s.startsOn === null ? {} : { startsOn: s.startsOn }),
    ...(s.endsOn === null ? {} : { endsOn: s.endsOn }),
  };
}

/** How many records the schedule can give, whatever the date: decides when a group's slug fits. */
export function potentialSlots(s: ScheduleRecord): number {
  const r = s.recurrence;
  return r.kind === 'weekly' || r.kind === 'biweekly' ? new Set(r.days).size : 1;
}

export class DateChanges {
  latest: CivilDate | null = null;
  constructor(private readonly today: CivilDate) {}
  /** The feed changed on `day` because time passed (ignored when it is still to come). */
  mark(day: CivilDate): void {
    if (dayNumber(day) > dayNumber(this.today)) return;
    if (this.latest === null || dayNumber(day) > dayNumber(this.latest)) this.latest = day;
  }
}

export function slotsOf(
  s: ScheduleRecord,
  today: CivilDate,
  locale: Locale,
  changes: DateChanges,
): Slot[] {
  const schedule = domainSchedule(s);
  const todayNumber = dayNumber(today);
  const startsOn = s.startsOn === null ? null : parseLocalDate(s.startsOn);
  const endsOn = s.endsOn === null ? null : parseLocalDate(s.endsOn);
  if (endsOn && dayNumber(endsOn) < todayNumber) {
    changes.mark(addDays(endsOn, 1));
    return [];
  }
  const upcomingStart = startsOn && dayNumber(startsOn) > todayNumber ? startsOn : undefined;
  if (startsOn && !upcomingStart) changes.mark(startsOn); // "Starting …" went away that day
  const bounds = boundsNote(upcomingStart, endsOn ?? undefined, locale);
  const time = hhmm(s.start);
  const r = s.recurrence;
  switch (r.kind) {
    case 'weekly':
      return sortWeekdays(r.days).map((day) => ({
        day,
        slugPart: `${DAY_SLUGS[day]}-${time}`,
        notes: [bounds],
      }));
    case 'biweekly': {
      const from = upcomingStart ?? today;
      return sortWeekdays(r.days).flatMap((day): Slot[] => {
        const next = [...Array(14).keys()]
          .map((i) => addDays(from, i))
          .find((d) => weekdayOf(d) === day && isScheduledOn(schedule, d));
        if (next === undefined) return []; // ends before its next date
        const previous = addDays(next, -14);
        if (!startsOn || dayNumber(previous) >= dayNumber(startsOn)) {
          changes.mark(addDays(previous, 1));
        }
        return [
          {
            day,
            slugPart: `${DAY_SLUGS[day]}-${time}`,
            notes: [biweeklyNote(next, locale), bounds],
          },
        ];
      });
    }
    case 'monthly-nth':
      return [
        {
          day: r.weekday,
          slugPart: `${DAY_SLUGS[r.weekday]}-${time}`,
          notes: [monthlyNthNote({ ...schedule, recurrence: r }, locale), bounds],
        },
      ];
    case 'monthly-day':
      return [
        {
          slugPart: `day-${r.dayOfMonth}-${time}`,
          notes: [monthlyDayNote(r.dayOfMonth, s.start, locale), bounds],
        },
      ];
    case 'once': {
      const on = parseLocalDate(r.date);
      if (!on) return [];
      if (dayNumber(on) < todayNumber) {
        changes.mark(addDays(on, 1));
        return [];
      }
      const day = weekdayOf(on);
      return [{ day, slugPart: `${DAY_SLUGS[day]}-${time}`, notes: [onceNote(on, locale)] }];
    }
  }
}

/** Unique slugs of at most 64 characters: the wanted one, else with -2, -3, … */
export class Slugs {
  private readonly taken = new Set<string>();
  reserve(slug: string): void {
    this.taken.add(slug);
  }
  derive(groupSlug: string, part: string): string {
    const suffix = `-${part}`;
    // Room for the suffix and a "-NN" counter, cutting the group's slug on a hyphen boundary.
    const base = `${groupSlug.slice(0, MAX_SLUG - suffix.length - 3).replace(/-+$/, '')}${suffix}`;
    let slug = base;
    for (let n = 2; this.taken.has(slug); n += 1) slug = `${base}-${n}`;
    this.taken.add(slug);
    return slug;
  }
}
