import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expandOccurrences } from './recurrence';
import type { Schedule } from './types';

const CHICAGO = 'America/Chicago';
const daily = (start: string, end: string, timeZone = CHICAGO): Schedule => ({
  start,
  end,
  timeZone,
  recurrence: { kind: 'weekly', days: [0, 1, 2, 3, 4, 5, 6] },
});
const starts = (s: Schedule, from: string, to: string) =>
  expandOccurrences(s, [], { from: new Date(from), to: new Date(to) }).map((o) =>
    o.start.toISOString(),
  );

describe('DST in America/Chicago', () => {
  it('has its 2026 transitions on March 8 and November 1 (found by scanning offsets)', () => {
    const changes: string[] = [];
    let previous = DateTime.fromISO('2026-01-01T12:00', { zone: CHICAGO });
    for (let day = 1; day <= 365; day++) {
      const next = previous.plus({ days: 1 });
      if (next.offset !== previous.offset) changes.push(next.toISODate() ?? '');
      previous = next;
    }
    expect(changes).toEqual(['2026-03-08', '2026-11-01']);
  });

  it('keeps a 19:00 meeting at 19:00 local across spring forward (UTC moves an hour earlier)', () => {
    expect(starts(daily('19:00', '20:30'), '2026-03-07T00:00Z', '2026-03-10T12:00Z')).toEqual([
      '2026-03-07T01:00:00.000Z', // Fri 6 Mar, CST (UTC-6)
      '2026-03-08T01:00:00.000Z', // Sat 7 Mar, CST
      '2026-03-09T00:00:00.000Z', // Sun 8 Mar, CDT (UTC-5)
      '2026-03-10T00:00:00.000Z', // Mon 9 Mar, CDT
    ]);
  });

  it('keeps a 19:00 meeting at 19:00 local across fall back (UTC moves an hour later)', () => {
    const list = expandOccurrences(daily('19:00', '20:30'), [], {
      from: new Date('2026-10-31T00:00Z'),
      to: new Date('2026-11-03T02:00Z'),
    });
    expect(list.map((o) => [o.originalDate, o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['2026-10-30', '2026-10-31T00:00:00.000Z', '2026-10-31T01:30:00.000Z'],
      ['2026-10-31', '2026-11-01T00:00:00.000Z', '2026-11-01T01:30:00.000Z'],
      ['2026-11-01', '2026-11-02T01:00:00.000Z', '2026-11-02T02:30:00.000Z'],
      ['2026-11-02', '2026-11-03T01:00:00.000Z', '2026-11-03T02:30:00.000Z'],
    ]);
    for (const o of list)
      expect(DateTime.fromJSDate(o.start, { zone: CHICAGO }).toFormat('HH:mm')).toBe('19:00');
  });

  it('shifts a 02:30 start on spring-forward day to 03:30 CDT (luxon moves it past the gap)', () => {
    const [o] = expandOccurrences(daily('02:30', '04:00'), [], {
      from: new Date('2026-03-08T06:00Z'),
      to: new Date('2026-03-08T12:00Z'),
    });
    expect(o?.start.toISOString()).toBe('2026-03-08T08:30:00.000Z');
    expect(o?.end.toISOString()).toBe('2026-03-08T09:00:00.000Z');
  });

  it('keeps the planned length when the shifted start would pass the end', () => {
    const [o] = expandOccurrences(daily('02:30', '03:00'), [], {
      from: new Date('2026-03-08T06:00Z'),
      to: new Date('2026-03-08T12:00Z'),
    });
    expect(o?.start.toISOString()).toBe('2026-03-08T08:30:00.000Z');
    expect(o?.end.toISOString()).toBe('2026-03-08T09:00:00.000Z');
  });

  it('resolves 01:30 on fall-back day to a single instant (standard time)', () => {
    const list = expandOccurrences(daily('01:30', '02:15'), [], {
      from: new Date('2026-11-01T04:00Z'),
      to: new Date('2026-11-01T10:00Z'),
    });
    expect(list.map((o) => o.start.toISOString())).toEqual(['2026-11-01T07:30:00.000Z']);
  });

  it('ends an overnight meeting at its wall-clock end across the repeated hour', () => {
    const list = expandOccurrences(daily('00:30', '03:00'), [], {
      from: new Date('2026-11-01T05:00Z'),
      to: new Date('2026-11-01T06:00Z'),
    });
    expect(list.map((o) => [o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['2026-11-01T05:30:00.000Z', '2026-11-01T09:00:00.000Z'], // 3.5 real hours
    ]);
  });
});

describe('zones without DST', () => {
  it.each([
    ['America/Phoenix', '2026-03-10T02:00:00.000Z', '2026-11-03T02:00:00.000Z'],
    ['Asia/Kolkata', '2026-03-09T13:30:00.000Z', '2026-11-02T13:30:00.000Z'],
    ['UTC', '2026-03-09T19:00:00.000Z', '2026-11-02T19:00:00.000Z'],
  ])('%s keeps the same UTC time in March and November', (zone, march, november) => {
    const s = {
      ...daily('19:00', '20:00', zone),
      recurrence: { kind: 'weekly' as const, days: [1 as const] },
    };
    expect(starts(s, '2026-03-08T00:00Z', '2026-03-14T00:00Z')).toEqual([march]);
    expect(starts(s, '2026-11-01T00:00Z', '2026-11-07T00:00Z')).toEqual([november]);
  });
});
