// Small builders that keep the demo groups readable: recurrences, schedules by mode, join links
// and exceptions. Everything returns plain GroupInput pieces; groupInputSchema checks them.
import type { ScheduleInput } from '../../../contracts/groups';
import type { Nth, Weekday } from '../../../domain/schedule/types';

type Recurrence = ScheduleInput['recurrence'];
export type Place = NonNullable<ScheduleInput['place']>;
type Online = NonNullable<ScheduleInput['online']>;
type Exception = NonNullable<ScheduleInput['exceptions']>[number];

/** Every demo meeting is local to Prairie Path Behavioral Health in Warrenville, IL. */
export const TIME_ZONE = 'America/Chicago';

export const SUN = 0;
export const MON = 1;
export const TUE = 2;
export const WED = 3;
export const THU = 4;
export const FRI = 5;
export const SAT = 6;

export const weekly = (...days: Weekday[]): Recurrence => ({ kind: 'weekly', days });

/** Every other week; the week holding anchorDate is an "on" week. */
export const biweekly = (anchorDate: string, ...days: Weekday[]): Recurrence => ({
  kind: 'biweekly',
  days,
  anchorDate,
});

/** "First and third Tuesday" is monthlyNth(TUE, 1, 3); "last Friday" is monthlyNth(FRI, -1). */
export const monthlyNth = (weekday: Weekday, ...nths: Nth[]): Recurrence => ({
  kind: 'monthly-nth',
  weekday,
  nths,
});

export const monthlyDay = (dayOfMonth: number): Recurrence => ({ kind: 'monthly-day', dayOfMonth });

export const once = (date: string): Recurrence => ({ kind: 'once', date });

interface Extra {
  startsOn?: string;
  endsOn?: string;
  exceptions?: Exception[];
}

export function inPerson(
  recurrence: Recurrence,
  start: string,
  end: string,
  place: Place,
  extra: Extra = {},
): ScheduleInput {
  return { recurrence, start, end, timeZone: TIME_ZONE, mode: 'in-person', place, ...extra };
}

export function online(
  recurrence: Recurrence,
  start: string,
  end: string,
  link: Online,
  extra: Extra = {},
): ScheduleInput {
  return { recurrence, start, end, timeZone: TIME_ZONE, mode: 'online', online: link, ...extra };
}

export function hybrid(
  recurrence: Recurrence,
  start: string,
  end: string,
  place: Place,
  link: Online,
  extra: Extra = {},
): ScheduleInput {
  return {
    recurrence,
    start,
    end,
    timeZone: TIME_ZONE,
    mode: 'hybrid',
    place,
    online: link,
    ...extra,
  };
}

const DEFAULT_ONLINE_NOTE =
  'A host admits you from the waiting room a few minutes before the start. Camera optional; a first name is enough.';

/** A join link on a reserved domain (never a real meeting service). */
export function joinLink(room: string, notes = DEFAULT_ONLINE_NOTE, dialIn?: string): Online {
  return {
    joinUrl: `https://meet.example.org/prairie-path/${room}`,
    notes,
    ...(dialIn === undefined ? {} : { dialIn }),
  };
}

export const cancelled = (date: string, note: string): Exception => ({
  date,
  kind: 'cancelled',
  note,
});

/** Moves the occurrence the recurrence puts on `date` to local "YYYY-MM-DDTHH:MM" times. */
export const moved = (date: string, start: string, end: string, note: string): Exception => ({
  date,
  kind: 'moved',
  start,
  end,
  note,
});
