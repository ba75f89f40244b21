import { describe, expect, it } from 'vitest';
import type { Recurrence, Schedule, ScheduleException } from './types';
import { validateException, validateExceptions, validateSchedule } from './validate';

const valid: Schedule = {
  start: '19:00',
  end: '20:30',
  timeZone: 'America/Chicago',
  recurrence: { kind: 'weekly', days: [2] },
};
const paths = (s: Partial<Schedule>) => validateSchedule({ ...valid, ...s }).map((e) => e.path);
const withRecurrence = (recurrence: unknown) => paths({ recurrence: recurrence as Recurrence });

describe('validateSchedule', () => {
  it('accepts a valid schedule of every kind', () => {
    for (const recurrence of [
      { kind: 'weekly', days: [0, 6] },
      { kind: 'biweekly', days: [1], anchorDate: '2026-01-05' },
      { kind: 'monthly-day', dayOfMonth: 31 },
      { kind: 'monthly-nth', weekday: 2, nths: [1, 3, -1] },
      { kind: 'once', date: '2026-07-04' },
    ] as Recurrence[]) {
      expect(validateSchedule({ ...valid, recurrence }), recurrence.kind).toEqual([]);
    }
    expect(validateSchedule({ ...valid, start: '23:00', end: '00:30', timeZone: 'UTC' })).toEqual(
      [],
    );
  });

  it('checks times: HH:MM, and end different from start', () => {
    expect(paths({ start: '7:00' })).toEqual(['start']);
    expect(paths({ end: '24:00' })).toEqual(['end']);
    expect(validateSchedule({ ...valid, end: '19:00' })).toEqual([
      { path: 'end', message: 'The end time must differ from the start time.' },
    ]);
  });

  it('requires a real IANA zone', () => {
    for (const zone of ['Mars/Base', 'CST', '', 'UTC+3'])
      expect(paths({ timeZone: zone }), zone).toEqual(['timeZone']);
    for (const zone of ['America/Phoenix', 'Asia/Kolkata', 'UTC'])
      expect(paths({ timeZone: zone }), zone).toEqual([]);
  });

  it('requires weekdays that are non-empty, valid and unique', () => {
    expect(withRecurrence({ kind: 'weekly', days: [] })).toEqual(['recurrence.days']);
    expect(withRecurrence({ kind: 'weekly', days: [1, 7] })).toEqual(['recurrence.days.1']);
    expect(withRecurrence({ kind: 'weekly', days: [1, 1.5] })).toEqual(['recurrence.days.1']);
    expect(withRecurrence({ kind: 'biweekly', days: [2, 2], anchorDate: '2026-01-05' })).toEqual([
      'recurrence.days',
    ]);
  });

  it('checks the day of the month and nths', () => {
    expect(withRecurrence({ kind: 'monthly-day', dayOfMonth: 0 })).toEqual([
      'recurrence.dayOfMonth',
    ]);
    expect(withRecurrence({ kind: 'monthly-day', dayOfMonth: 32 })).toEqual([
      'recurrence.dayOfMonth',
    ]);
    expect(withRecurrence({ kind: 'monthly-day', dayOfMonth: 2.5 })).toEqual([
      'recurrence.dayOfMonth',
    ]);
    expect(withRecurrence({ kind: 'monthly-nth', weekday: 2, nths: [0, 6, -2] })).toEqual([
      'recurrence.nths.0',
      'recurrence.nths.1',
      'recurrence.nths.2',
    ]);
    expect(withRecurrence({ kind: 'monthly-nth', weekday: 9, nths: [] })).toEqual([
      'recurrence.weekday',
      'recurrence.nths',
    ]);
  });

  it('requires real dates, in order', () => {
    expect(withRecurrence({ kind: 'once', date: '2026-02-29' })).toEqual(['recurrence.date']);
    expect(withRecurrence({ kind: 'biweekly', days: [1], anchorDate: 'soon' })).toEqual([
      'recurrence.anchorDate',
    ]);
    expect(paths({ startsOn: '2026-04-31' })).toEqual(['startsOn']);
    expect(paths({ startsOn: '2026-05-01', endsOn: '2026-04-30' })).toEqual(['endsOn']);
    expect(paths({ startsOn: '2026-05-01', endsOn: '2026-05-01' })).toEqual([]);
  });

  it('reports an unknown recurrence kind', () => {
    expect(withRecurrence({ kind: 'fortnightly' })).toEqual(['recurrence.kind']);
  });
});

describe('validateException(s)', () => {
  it('accepts cancellations and forward moves, including past midnight', () => {
    expect(validateException({ date: '2026-03-17', kind: 'cancelled' })).toEqual([]);
    expect(
      validateException({
        date: '2026-03-17',
        kind: 'moved',
        start: '2026-03-17T23:00',
        end: '2026-03-18T00:30',
      }),
    ).toEqual([]);
  });

  it('rejects malformed or backwards moves', () => {
    const bad: ScheduleException = {
      date: '2026-02-30',
      kind: 'moved',
      start: '2026-03-17 19:00',
      end: '2026-03-17T19:00',
    };
    expect(validateException(bad, 'exceptions.0').map((e) => e.path)).toEqual([
      'exceptions.0.date',
      'exceptions.0.start',
    ]);
    const backwards: ScheduleException = {
      date: '2026-03-17',
      kind: 'moved',
      start: '2026-03-17T19:00',
      end: '2026-03-17T19:00',
    };
    expect(validateException(backwards)).toEqual([
      { path: 'end', message: 'The end must be after the start.' },
    ]);
  });

  it('flags two changes for one date and dates the group does not meet', () => {
    const list: ScheduleException[] = [
      { date: '2026-03-17', kind: 'cancelled' },
      { date: '2026-03-17', kind: 'cancelled' },
      { date: '2026-03-18', kind: 'cancelled' },
    ];
    expect(validateExceptions(list).map((e) => e.path)).toEqual(['exceptions.1.date']);
    expect(validateExceptions(list, valid).map((e) => e.path)).toEqual([
      'exceptions.1.date',
      'exceptions.2.date',
    ]);
  });
});
