// alignSchedules: a feed's schedules matched to the stored ones, whatever their order.
import { describe, expect, it } from 'vitest';
import { alignSchedules } from './import-diff';

const weekly = (day: number, start: string) => ({
  recurrence: { kind: 'weekly' as const, days: [day] },
  start,
  end: '20:00',
  timeZone: 'America/Chicago',
  mode: 'online' as const,
  online: { joinUrl: 'https://meet.example.org/x' },
});

const MON = weekly(1, '19:00');
const WED = weekly(3, '19:00');
const FRI = weekly(5, '19:00');
const SAT = weekly(6, '10:00');

describe('alignSchedules', () => {
  it('puts the same schedules back in the stored order', () => {
    expect(alignSchedules([MON, WED, FRI], [FRI, MON, WED])).toEqual([MON, WED, FRI]);
  });

  it('keeps a stored schedule in its place when a new one comes before it', () => {
    // Wednesday stays second, so it keeps its identity (and its cancellations).
    expect(alignSchedules([MON, WED], [SAT, WED])).toEqual([SAT, WED]);
    expect(alignSchedules([MON, WED], [WED, SAT, MON])).toEqual([MON, WED, SAT]);
  });

  it('fills free places in feed order and drops nothing', () => {
    const aligned = alignSchedules([MON, WED, FRI], [SAT, FRI]);
    expect(aligned).toEqual([SAT, FRI]);
    expect(alignSchedules([], [FRI, MON])).toEqual([FRI, MON]);
    expect(alignSchedules([MON, MON], [MON])).toEqual([MON]);
  });
});
