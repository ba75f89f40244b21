import { describe, expect, it } from 'vitest';
import { expandOccurrences, nextOccurrences } from './recurrence';
import type { Recurrence, Schedule } from './types';

const CHICAGO = 'America/Chicago';
const tuesdays: Schedule = {
  start: '19:00',
  end: '20:30',
  timeZone: CHICAGO,
  recurrence: { kind: 'weekly', days: [2] },
};
const withRecurrence = (recurrence: Recurrence, extra: Partial<Schedule> = {}): Schedule => ({
  ...tuesdays,
  recurrence,
  ...extra,
});
const window = (from: string, to: string, limit?: number) => ({
  from: new Date(from),
  to: new Date(to),
  ...(limit !== undefined && { limit }),
});
const dates = (list: { originalDate: string }[]) => list.map((o) => o.originalDate);

describe('expandOccurrences windows', () => {
  // Tuesday 10 March 2026, 19:00–20:30 CDT = 00:00–01:30Z on the 11th.
  it('includes an occurrence already in progress at `from`', () => {
    const list = expandOccurrences(tuesdays, [], window('2026-03-11T00:45Z', '2026-03-11T02:00Z'));
    expect(list).toEqual([
      {
        start: new Date('2026-03-11T00:00Z'),
        end: new Date('2026-03-11T01:30Z'),
        originalDate: '2026-03-10',
        status: 'scheduled',
      },
    ]);
  });

  it('treats the window as half-open: ending at `from` or starting at `to` is out', () => {
    expect(
      expandOccurrences(tuesdays, [], window('2026-03-11T01:30Z', '2026-03-12T00:00Z')),
    ).toEqual([]);
    expect(
      expandOccurrences(tuesdays, [], window('2026-03-10T20:00Z', '2026-03-11T00:00Z')),
    ).toEqual([]);
    expect(
      expandOccurrences(tuesdays, [], window('2026-03-10T20:00Z', '2026-03-11T00:01Z')),
    ).toHaveLength(1);
  });

  it('runs a meeting past midnight into the next day and finds it from that day', () => {
    const late = withRecurrence({ kind: 'weekly', days: [6] }, { start: '23:00', end: '00:30' });
    // Saturday 14 March 23:00 CDT = 04:00Z Sunday; ends 00:30 CDT Sunday = 05:30Z.
    const list = expandOccurrences(late, [], window('2026-03-15T05:15Z', '2026-03-15T06:00Z'));
    expect(list.map((o) => [o.originalDate, o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['2026-03-14', '2026-03-15T04:00:00.000Z', '2026-03-15T05:30:00.000Z'],
    ]);
  });

  it('sorts several weekdays by start and applies limit', () => {
    const s = withRecurrence({ kind: 'weekly', days: [5, 1, 3] });
    const all = expandOccurrences(s, [], window('2026-03-01T00:00Z', '2026-03-15T00:00Z'));
    expect(dates(all)).toEqual([
      '2026-03-02',
      '2026-03-04',
      '2026-03-06',
      '2026-03-09',
      '2026-03-11',
      '2026-03-13',
    ]);
    const some = expandOccurrences(s, [], window('2026-03-01T00:00Z', '2026-03-15T00:00Z', 2));
    expect(dates(some)).toEqual(['2026-03-02', '2026-03-04']);
  });

  it('returns nothing for an empty or reversed window or a zero limit', () => {
    expect(
      expandOccurrences(tuesdays, [], window('2026-03-11T00:00Z', '2026-03-11T00:00Z')),
    ).toEqual([]);
    expect(
      expandOccurrences(tuesdays, [], window('2026-04-01T00:00Z', '2026-03-01T00:00Z')),
    ).toEqual([]);
    expect(
      expandOccurrences(tuesdays, [], window('2026-03-01T00:00Z', '2026-04-01T00:00Z', 0)),
    ).toEqual([]);
  });

  it('honours startsOn and endsOn', () => {
    const s = { ...tuesdays, startsOn: '2026-03-10', endsOn: '2026-03-24' };
    expect(
      dates(expandOccurrences(s, [], window('2026-01-01T00:00Z', '2027-01-01T00:00Z'))),
    ).toEqual(['2026-03-10', '2026-03-17', '2026-03-24']);
  });

  it('expands a one-off meeting and monthly rules', () => {
    const once = withRecurrence(
      { kind: 'once', date: '2026-07-04' },
      { start: '10:00', end: '11:00' },
    );
    expect(
      expandOccurrences(once, [], window('2026-01-01T00:00Z', '2027-01-01T00:00Z')).map((o) =>
        o.start.toISOString(),
      ),
    ).toEqual(['2026-07-04T15:00:00.000Z']);
    const lastFriday = withRecurrence({ kind: 'monthly-nth', weekday: 5, nths: [-1] });
    expect(
      dates(expandOccurrences(lastFriday, [], window('2026-01-01T00:00Z', '2026-04-01T00:00Z'))),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
  });

  it('throws on an unknown zone instead of guessing', () => {
    const bad = { ...tuesdays, timeZone: 'Mars/Olympus_Mons' };
    expect(() =>
      expandOccurrences(bad, [], window('2026-03-01T00:00Z', '2026-03-15T00:00Z')),
    ).toThrow(RangeError);
  });
});

describe('nextOccurrences', () => {
  it('returns the next ones starting at or after `after`, not the one in progress', () => {
    const list = nextOccurrences(tuesdays, [], new Date('2026-03-11T00:30Z'), 2);
    expect(dates(list)).toEqual(['2026-03-17', '2026-03-24']);
    expect(dates(nextOccurrences(tuesdays, [], new Date('2026-03-11T00:00Z'), 1))).toEqual([
      '2026-03-10',
    ]);
  });

  it('looks far enough ahead for rare rules', () => {
    const day31 = withRecurrence({ kind: 'monthly-day', dayOfMonth: 31 });
    expect(dates(nextOccurrences(day31, [], new Date('2026-01-01T12:00Z'), 7))).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ]);
    const feb29 = withRecurrence({ kind: 'monthly-day', dayOfMonth: 29 }, { endsOn: '2028-12-31' });
    // 11 months in 2026, 11 in 2027, all 12 in leap-year 2028.
    const list = dates(nextOccurrences(feb29, [], new Date('2026-01-01T12:00Z'), 40));
    expect(list).toHaveLength(34);
    expect(list.filter((d) => d.slice(5, 7) === '02')).toEqual(['2028-02-29']);
  });

  it('returns nothing after a schedule ends, or for count 0', () => {
    expect(
      nextOccurrences({ ...tuesdays, endsOn: '2026-01-01' }, [], new Date('2026-03-01T00:00Z'), 3),
    ).toEqual([]);
    expect(nextOccurrences(tuesdays, [], new Date('2026-03-01T00:00Z'), 0)).toEqual([]);
  });
});
