import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber, type CivilDate } from './civil';
import { isScheduledOn, nthInMonth, occursOn } from './rules';
import type { Recurrence } from './types';

/** Every date of a year on which the recurrence falls, as YYYY-MM-DD. */
function datesIn(year: number, recurrence: Recurrence): string[] {
  const out: string[] = [];
  const first = toDayNumber({ year, month: 1, day: 1 });
  const last = toDayNumber({ year, month: 12, day: 31 });
  for (let d = first; d <= last; d++) {
    const date = fromDayNumber(d);
    if (occursOn(recurrence, date)) out.push(iso(date));
  }
  return out;
}

const iso = (d: CivilDate) => DateTime.fromObject(d, { zone: 'UTC' }).toISODate() ?? '';

describe('monthly-nth', () => {
  it('puts "first and third Tuesday" on the right dates', () => {
    const dates = datesIn(2026, { kind: 'monthly-nth', weekday: 2, nths: [1, 3] });
    expect(dates.slice(0, 6)).toEqual([
      '2026-01-06',
      '2026-01-20',
      '2026-02-03',
      '2026-02-17',
      '2026-03-03',
      '2026-03-17',
    ]);
    expect(dates).toHaveLength(24);
  });

  it('meets on a fifth Thursday only in months that have one (checked against luxon)', () => {
    const dates = datesIn(2026, { kind: 'monthly-nth', weekday: 4, nths: [5] });
    expect(dates).toContain('2026-01-29');
    expect(dates).toContain('2026-04-30');
    expect(dates.some((d) => d.startsWith('2026-02'))).toBe(false);
    const oracle: string[] = [];
    for (let dt = DateTime.utc(2026, 1, 1); dt.year === 2026; dt = dt.plus({ days: 1 })) {
      if (dt.weekday === 4 && dt.day > 28) oracle.push(dt.toISODate() ?? '');
    }
    expect(dates).toEqual(oracle);
  });

  it('finds the last Friday, whether it is the fourth or the fifth', () => {
    const dates = datesIn(2026, { kind: 'monthly-nth', weekday: 5, nths: [-1] });
    expect(dates).toHaveLength(12);
    expect(dates.slice(0, 5)).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
      '2026-04-24',
      '2026-05-29',
    ]);
    for (const d of dates) {
      const dt = DateTime.fromISO(d, { zone: 'UTC' });
      expect(dt.weekday).toBe(5);
      expect(dt.plus({ days: 7 }).month).not.toBe(dt.month);
    }
  });

  it('meets once when "fourth" and "last" are the same day', () => {
    const dates = datesIn(2026, { kind: 'monthly-nth', weekday: 5, nths: [4, -1] });
    expect(dates.filter((d) => d.startsWith('2026-02'))).toEqual(['2026-02-27']);
    expect(dates.filter((d) => d.startsWith('2026-05'))).toEqual(['2026-05-22', '2026-05-29']);
  });

  it('reports the nth and last-ness of a date', () => {
    expect(nthInMonth({ year: 2026, month: 5, day: 29 })).toEqual({ nth: 5, isLast: true });
    expect(nthInMonth({ year: 2026, month: 5, day: 22 })).toEqual({ nth: 4, isLast: false });
    expect(nthInMonth({ year: 2026, month: 2, day: 27 })).toEqual({ nth: 4, isLast: true });
    expect(nthInMonth({ year: 2026, month: 2, day: 1 })).toEqual({ nth: 1, isLast: false });
  });
});

describe('biweekly', () => {
  it('treats the whole Sunday-started week of a past anchor as "on"', () => {
    // Anchor Saturday 2026-01-10: its week runs Sunday 4 – Saturday 10 January.
    const dates = datesIn(2026, { kind: 'biweekly', days: [1], anchorDate: '2026-01-10' });
    expect(dates.slice(0, 3)).toEqual(['2026-01-05', '2026-01-19', '2026-02-02']);
    expect(dates).not.toContain('2026-01-12');
  });

  it('counts backwards from an anchor in the future', () => {
    // The anchor's week starts Sunday 27 December 2026: 52 weeks after Sunday 28 December 2025
    // ("on", so Thursday 1 January counts) and 51 after Sunday 4 January ("off").
    const dates = datesIn(2026, { kind: 'biweekly', days: [1, 4], anchorDate: '2026-12-30' });
    expect(dates.slice(0, 5)).toEqual([
      '2026-01-01',
      '2026-01-12',
      '2026-01-15',
      '2026-01-26',
      '2026-01-29',
    ]);
    expect(dates.at(-1)).toBe('2026-12-31');
    expect(dates).toContain('2026-12-28');
  });

  it('puts a Sunday in the week it starts, not the week before', () => {
    const r: Recurrence = { kind: 'biweekly', days: [0, 6], anchorDate: '2026-03-08' };
    expect(occursOn(r, { year: 2026, month: 3, day: 8 })).toBe(true);
    expect(occursOn(r, { year: 2026, month: 3, day: 14 })).toBe(true);
    expect(occursOn(r, { year: 2026, month: 3, day: 7 })).toBe(false);
    expect(occursOn(r, { year: 2026, month: 3, day: 15 })).toBe(false);
  });
});

describe('other recurrences', () => {
  it('skips months without the 31st', () => {
    const dates = datesIn(2026, { kind: 'monthly-day', dayOfMonth: 31 });
    expect(dates.map((d) => d.slice(5, 7))).toEqual(['01', '03', '05', '07', '08', '10', '12']);
  });

  it('meets weekly on the listed days and once on its date', () => {
    expect(datesIn(2026, { kind: 'weekly', days: [2] })).toHaveLength(52);
    expect(datesIn(2026, { kind: 'once', date: '2026-07-04' })).toEqual(['2026-07-04']);
  });

  it('honours startsOn and endsOn inclusively', () => {
    const schedule = {
      start: '19:00',
      end: '20:00',
      timeZone: 'UTC',
      recurrence: { kind: 'weekly', days: [2] } as Recurrence,
      startsOn: '2026-03-10',
      endsOn: '2026-03-24',
    };
    const on = (day: number) => isScheduledOn(schedule, { year: 2026, month: 3, day });
    expect([3, 10, 17, 24, 31].map(on)).toEqual([false, true, true, true, false]);
  });
});
