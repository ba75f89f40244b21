import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describe';
import type { Recurrence, Schedule } from './types';

const base: Schedule = {
  start: '19:00',
  end: '20:30',
  timeZone: 'America/Chicago',
  recurrence: { kind: 'weekly', days: [2] },
};
const s = (recurrence: Recurrence, extra: Partial<Schedule> = {}): Schedule => ({
  ...base,
  recurrence,
  ...extra,
});

describe('describeSchedule', () => {
  it('describes weekly schedules', () => {
    expect(describeSchedule(base, 'en')).toBe('Every Tuesday, 7:00–8:30 pm');
    expect(describeSchedule(base, 'es')).toBe('Todos los martes, 19:00–20:30');
    const mwf = s({ kind: 'weekly', days: [5, 1, 3] });
    expect(describeSchedule(mwf, 'en')).toBe('Every Monday, Wednesday and Friday, 7:00–8:30 pm');
    expect(describeSchedule(mwf, 'es')).toBe('Todos los lunes, miércoles y viernes, 19:00–20:30');
    const daily = s({ kind: 'weekly', days: [0, 1, 2, 3, 4, 5, 6] });
    expect(describeSchedule(daily, 'en', { times: 'none' })).toBe('Every day');
    expect(describeSchedule(daily, 'es', { times: 'none' })).toBe('Todos los días');
    expect(describeSchedule(s({ kind: 'weekly', days: [6, 0] }), 'es', { times: 'none' })).toBe(
      'Todos los domingos y sábados',
    );
  });

  it('describes every-other-week schedules', () => {
    const monday = s({ kind: 'biweekly', days: [1], anchorDate: '2026-01-05' });
    expect(describeSchedule(monday, 'en', { times: 'none' })).toBe('Every other Monday');
    expect(describeSchedule(monday, 'es', { times: 'none' })).toBe('Cada dos semanas, los lunes');
    const two = s({ kind: 'biweekly', days: [4, 1], anchorDate: '2026-01-05' });
    expect(describeSchedule(two, 'en', { times: 'start' })).toBe(
      'Every other week on Monday and Thursday, 7:00 pm',
    );
  });

  it('describes monthly schedules', () => {
    const firstThird = s({ kind: 'monthly-nth', weekday: 2, nths: [3, 1] });
    expect(describeSchedule(firstThird, 'en', { times: 'start' })).toBe(
      'First and third Tuesday of the month, 7:00 pm',
    );
    expect(describeSchedule(firstThird, 'es', { times: 'start' })).toBe(
      'Primer y tercer martes de cada mes, 19:00',
    );
    const last = s({ kind: 'monthly-nth', weekday: 5, nths: [-1] });
    expect(describeSchedule(last, 'en', { times: 'none' })).toBe('Last Friday of the month');
    expect(describeSchedule(last, 'es', { times: 'none' })).toBe('Último viernes de cada mes');
    const firstLast = s({ kind: 'monthly-nth', weekday: 1, nths: [-1, 1] });
    expect(describeSchedule(firstLast, 'en', { times: 'none' })).toBe(
      'First and last Monday of the month',
    );
    const fifth = s({ kind: 'monthly-nth', weekday: 4, nths: [5] });
    expect(describeSchedule(fifth, 'en', { times: 'none' })).toBe(
      'Fifth Thursday of the month (in months that have one)',
    );
    expect(describeSchedule(fifth, 'es', { times: 'none' })).toBe(
      'Quinto jueves de cada mes (cuando lo hay)',
    );
    for (const [day, en] of [
      [1, '1st'],
      [2, '2nd'],
      [3, '3rd'],
      [11, '11th'],
      [12, '12th'],
      [22, '22nd'],
      [31, '31st'],
    ] as const) {
      expect(
        describeSchedule(s({ kind: 'monthly-day', dayOfMonth: day }), 'en', { times: 'none' }),
      ).toBe(`Monthly on the ${en}`);
    }
    expect(
      describeSchedule(s({ kind: 'monthly-day', dayOfMonth: 15 }), 'es', { times: 'none' }),
    ).toBe('El día 15 de cada mes');
  });

  it('describes a one-off date', () => {
    const once = s({ kind: 'once', date: '2026-03-14' }, { start: '11:30', end: '13:00' });
    expect(describeSchedule(once, 'en')).toBe('Saturday, March 14, 2026, 11:30 am–1:00 pm');
    expect(describeSchedule(once, 'es')).toBe('Sábado, 14 de marzo de 2026, 11:30–13:00');
  });

  it('writes noon, midnight and past-midnight ranges clearly', () => {
    expect(describeSchedule({ ...base, start: '12:00', end: '13:00' }, 'en')).toBe(
      'Every Tuesday, 12:00–1:00 pm',
    );
    expect(describeSchedule({ ...base, start: '23:00', end: '00:30' }, 'en')).toBe(
      'Every Tuesday, 11:00 pm–12:30 am',
    );
    expect(describeSchedule({ ...base, start: '07:05', end: '08:00' }, 'es')).toBe(
      'Todos los martes, 7:05–8:00',
    );
  });

  it('mentions the first and last dates when set', () => {
    expect(describeSchedule({ ...base, startsOn: '2026-03-01' }, 'en', { times: 'none' })).toBe(
      'Every Tuesday (from March 1, 2026)',
    );
    expect(describeSchedule({ ...base, endsOn: '2026-06-30' }, 'es', { times: 'none' })).toBe(
      'Todos los martes (hasta el 30 de junio de 2026)',
    );
    expect(
      describeSchedule({ ...base, startsOn: '2026-03-01', endsOn: '2026-06-30' }, 'en', {
        times: 'none',
      }),
    ).toBe('Every Tuesday (March 1, 2026 to June 30, 2026)');
  });
});
