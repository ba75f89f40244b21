import { describe, expect, it } from 'vitest';
import { expandOccurrences, nextOccurrences } from './recurrence';
import type { Schedule, ScheduleException } from './types';

// Tuesdays 19:00–20:30 in Chicago; in March 2026 (CDT) that is 00:00–01:30Z on Wednesday.
const tuesdays: Schedule = {
  start: '19:00',
  end: '20:30',
  timeZone: 'America/Chicago',
  recurrence: { kind: 'weekly', days: [2] },
};
const march = { from: new Date('2026-03-01T00:00Z'), to: new Date('2026-04-01T06:00Z') };
const summary = (list: ReturnType<typeof expandOccurrences>) =>
  list.map(
    (o) => `${o.originalDate} ${o.status} ${o.start.toISOString()}${o.note ? ` ${o.note}` : ''}`,
  );

describe('exceptions', () => {
  it('returns a cancelled occurrence in place, marked, with its note', () => {
    const cancelled: ScheduleException[] = [
      { date: '2026-03-17', kind: 'cancelled', note: 'Building closed' },
    ];
    expect(summary(expandOccurrences(tuesdays, cancelled, march))).toEqual([
      '2026-03-03 scheduled 2026-03-04T01:00:00.000Z',
      '2026-03-10 scheduled 2026-03-11T00:00:00.000Z',
      '2026-03-17 cancelled 2026-03-18T00:00:00.000Z Building closed',
      '2026-03-24 scheduled 2026-03-25T00:00:00.000Z',
      '2026-03-31 scheduled 2026-04-01T00:00:00.000Z',
    ]);
  });

  it('shows a moved occurrence at its new time only, in start order', () => {
    const moved: ScheduleException[] = [
      {
        date: '2026-03-17',
        kind: 'moved',
        start: '2026-03-19T18:00',
        end: '2026-03-19T19:30',
        note: 'Thursday this week',
      },
    ];
    const list = expandOccurrences(tuesdays, moved, march);
    expect(summary(list)).toEqual([
      '2026-03-03 scheduled 2026-03-04T01:00:00.000Z',
      '2026-03-10 scheduled 2026-03-11T00:00:00.000Z',
      '2026-03-17 moved 2026-03-19T23:00:00.000Z Thursday this week',
      '2026-03-24 scheduled 2026-03-25T00:00:00.000Z',
      '2026-03-31 scheduled 2026-04-01T00:00:00.000Z',
    ]);
    expect(list[2]?.end.toISOString()).toBe('2026-03-20T00:30:00.000Z');
  });

  it('drops the original slot from a window that only holds the original time', () => {
    const moved: ScheduleException[] = [
      { date: '2026-03-17', kind: 'moved', start: '2026-03-19T18:00', end: '2026-03-19T19:30' },
    ];
    const originalSlot = { from: new Date('2026-03-17T23:00Z'), to: new Date('2026-03-18T02:00Z') };
    expect(expandOccurrences(tuesdays, moved, originalSlot)).toEqual([]);
  });

  it('finds a moved occurrence whose original date is outside the window', () => {
    const moved: ScheduleException[] = [
      { date: '2026-02-24', kind: 'moved', start: '2026-03-02T19:00', end: '2026-03-02T20:00' },
    ];
    const list = expandOccurrences(tuesdays, moved, { ...march, limit: 1 });
    expect(summary(list)).toEqual(['2026-02-24 moved 2026-03-03T01:00:00.000Z']);
  });

  it('ignores an exception on a date the group does not meet', () => {
    const stray: ScheduleException[] = [
      { date: '2026-03-18', kind: 'moved', start: '2026-03-20T18:00', end: '2026-03-20T19:00' },
      { date: '2026-03-19', kind: 'cancelled' },
    ];
    expect(expandOccurrences(tuesdays, stray, march)).toHaveLength(5);
    expect(expandOccurrences(tuesdays, stray, march).every((o) => o.status === 'scheduled')).toBe(
      true,
    );
  });

  it('includes a moved occurrence in progress at `from`', () => {
    const moved: ScheduleException[] = [
      { date: '2026-03-17', kind: 'moved', start: '2026-03-17T12:00', end: '2026-03-17T13:00' },
    ];
    const now = { from: new Date('2026-03-17T17:30Z'), to: new Date('2026-03-17T18:00Z') };
    expect(summary(expandOccurrences(tuesdays, moved, now))).toEqual([
      '2026-03-17 moved 2026-03-17T17:00:00.000Z',
    ]);
  });

  it('lets nextOccurrences skip cancelled ones and count moved ones', () => {
    const exceptions: ScheduleException[] = [
      { date: '2026-03-10', kind: 'cancelled' },
      { date: '2026-03-17', kind: 'moved', start: '2026-03-18T19:00', end: '2026-03-18T20:00' },
    ];
    const list = nextOccurrences(tuesdays, exceptions, new Date('2026-03-05T00:00Z'), 2);
    expect(list.map((o) => `${o.originalDate} ${o.status}`)).toEqual([
      '2026-03-17 moved',
      '2026-03-24 scheduled',
    ]);
  });
});
