// A meeting schedule as the editor holds it (every field a string, plus a stable key) and its
// conversion to and from the API's ScheduleInput. Checks that Zod cannot word kindly (numbers,
// empty dates, an end before the start) are made here and returned as field problems.
import type { ScheduleInput } from '../../../contracts/groups';
import type { Nth } from '../../../domain/schedule/types';
import type { FieldErrors } from '../../api/problem';
import { t } from '../../i18n';

export type RecurrenceKind = ScheduleInput['recurrence']['kind'];
export type ScheduleMode = ScheduleInput['mode'];
type Exception = NonNullable<ScheduleInput['exceptions']>[number];

export interface CancellationDraft {
  key: number;
  date: string;
  note: string;
}

export interface ScheduleDraft {
  key: number;
  id: string | undefined;
  kind: RecurrenceKind;
  days: string[];
  anchorDate: string;
  dayOfMonth: string;
  weekday: string;
  nths: string[];
  date: string;
  start: string;
  end: string;
  overnight: boolean;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  mode: ScheduleMode;
  place: { name: string; address: string; latitude: string; longitude: string; notes: string };
  online: { joinUrl: string; dialIn: string; notes: string };
  cancellations: CancellationDraft[];
  /** Moved meetings are not edited here; they are kept as they were. */
  moved: Exception[];
}

let lastKey = 0;
export function nextKey(): number {
  lastKey += 1;
  return lastKey;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptySchedule(timeZone: string): ScheduleDraft {
  return {
    key: nextKey(),
    id: undefined,
    kind: 'weekly',
    days: [],
    anchorDate: today(),
    dayOfMonth: '1',
    weekday: '2',
    nths: [],
    date: '',
    start: '19:00',
    end: '20:30',
    overnight: false,
    timeZone,
    startsOn: '',
    endsOn: '',
    mode: 'in-person',
    place: { name: '', address: '', latitude: '', longitude: '', notes: '' },
    online: { joinUrl: '', dialIn: '', notes: '' },
    cancellations: [],
    moved: [],
  };
}

export function toScheduleDraft(input: ScheduleInput): ScheduleDraft {
  const draft = emptySchedule(input.timeZone);
  const r = input.recurrence;
  if (r.kind === 'weekly' || r.kind === 'biweekly') draft.days = r.days.map(String);
  if (r.kind === 'biweekly') draft.anchorDate = r.anchorDate;
  if (r.kind === 'monthly-day') draft.dayOfMonth = String(r.dayOfMonth);
  if (r.kind === 'monthly-nth') {
    draft.weekday = String(r.weekday);
    draft.nths = r.nths.map(String);
  }
  if (r.kind === 'once') draft.date = r.date;
  const exceptions = input.exceptions ?? [];
  return {
    ...draft,
    id: input.id,
    kind: r.kind,
    start: input.start,
    end: input.end,
    overnight: input.end <= input.start,
    startsOn: input.startsOn ?? '',
    endsOn: input.endsOn ?? '',
    mode: input.mode,
    place: {
      name: input.place?.name ?? '',
      address: input.place?.address ?? '',
      latitude: input.place ? String(input.place.latitude) : '',
      longitude: input.place ? String(input.place.longitude) : '',
      notes: input.place?.notes ?? '',
    },
    online: {
      joinUrl: input.online?.joinUrl ?? '',
      dialIn: input.online?.dialIn ?? '',
      notes: input.online?.notes ?? '',
    },
    cancellations: exceptions.flatMap((e) =>
      e.kind === 'cancelled' ? [{ key: nextKey(), date: e.date, note: e.note ?? '' }] : [],
    ),
    moved: exceptions.filter((e) => e.kind === 'moved'),
  };
}

const NTHS: readonly number[] = [1, 2, 3, 4, 5, -1];
const isNth = (n: number): n is Nth => NTHS.includes(n);

const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

function coordinate(value: string, limit: number): number | null {
  const number = Number(value.trim().replace(/[−–]/g, '-'));
  return value.trim() !== '' && Number.isFinite(number) && Math.abs(number) <= limit
    ? number
    : null;
}

function recurrenceOf(d: ScheduleDraft): ScheduleInput['recurrence'] {
  const days = d.days.map(Number).sort((a, b) => a - b);
  switch (d.kind) {
    case 'weekly':
      return { kind: 'weekly', days };
    case 'biweekly':
      return { kind: 'biweekly', days, anchorDate: d.anchorDate };
    case 'monthly-day':
      return { kind: 'monthly-day', dayOfMonth: Number(d.dayOfMonth) };
    case 'monthly-nth':
      return {
        kind: 'monthly-nth',
        weekday: Number(d.weekday),
        nths: d.nths.map(Number).filter(isNth),
      };
    case 'once':
      return { kind: 'once', date: d.date };
  }
}

/** The API shape, plus problems found on the way, keyed by path under `at` ("schedules.0"). */
export function fromScheduleDraft(d: ScheduleDraft, at: string) {
  const problems: FieldErrors = {};
  const flag = (path: string, message: string) => {
    problems[`${at}.${path}`] ??= message;
  };
  if (d.kind === 'monthly-day' && !/^([1-9]|[12]\d|3[01])$/.test(d.dayOfMonth.trim()))
    flag('recurrence.dayOfMonth', t('editor.error.dayOfMonth'));
  if (d.kind === 'monthly-nth' && d.nths.length === 0)
    flag('recurrence.nths', t('editor.error.nths'));
  if (d.kind === 'once' && d.date === '') flag('recurrence.date', t('editor.error.date'));
  if (d.kind === 'biweekly' && d.anchorDate === '')
    flag('recurrence.anchorDate', t('editor.error.date'));
  if (d.start === '') flag('start', t('editor.error.time'));
  if (d.end === '') flag('end', t('editor.error.time'));
  if (d.start !== '' && d.end !== '' && d.end < d.start && !d.overnight)
    flag('end', t('editor.error.endBeforeStart'));
  if (d.timeZone.trim() === '') flag('timeZone', t('editor.error.timeZone'));

  const input: ScheduleInput = {
    ...(d.id === undefined ? {} : { id: d.id }),
    recurrence: recurrenceOf(d),
    start: d.start,
    end: d.end,
    timeZone: d.timeZone.trim(),
    ...(d.startsOn === '' ? {} : { startsOn: d.startsOn }),
    ...(d.endsOn === '' ? {} : { endsOn: d.endsOn }),
    mode: d.mode,
    exceptions: [
      ...d.cancellations.map((c, i) => {
        if (c.date === '') flag(`exceptions.${i}.date`, t('editor.error.date'));
        const note = optional(c.note);
        return { date: c.date, kind: 'cancelled' as const, ...(note ? { note } : {}) };
      }),
      ...d.moved,
    ],
  };
  if (d.mode !== 'online') {
    const latitude = coordinate(d.place.latitude, 90);
    const longitude = coordinate(d.place.longitude, 180);
    if (latitude === null) flag('place.latitude', t('editor.error.latitude'));
    if (longitude === null) flag('place.longitude', t('editor.error.longitude'));
    const notes = optional(d.place.notes);
    input.place = {
      name: d.place.name,
      address: d.place.address,
      latitude: latitude ?? 0,
      longitude: longitude ?? 0,
      ...(notes ? { notes } : {}),
    };
  }
  if (d.mode !== 'in-person') {
    const joinUrl = optional(d.online.joinUrl);
    const dialIn = optional(d.online.dialIn);
    const notes = optional(d.online.notes);
    input.online = {
      ...(joinUrl ? { joinUrl } : {}),
      ...(dialIn ? { dialIn } : {}),
      ...(notes ? { notes } : {}),
    };
  }
  return { input, problems };
}
