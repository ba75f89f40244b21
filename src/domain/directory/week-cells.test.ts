import { describe, expect, it } from 'vitest';
import { bucketRanges, TIMES_OF_DAY, type TimeOfDay } from './time-of-day';
import { filterCells, meetingCells } from './week-cells';

/** The directory's SQL rule, written out: weekday in days, minutes in one of the ranges. */
function matchesByRanges(weekday: number, minutes: number, days: number[], times: TimeOfDay[]) {
  const ranges = times.flatMap((t) => bucketRanges[t]);
  return (
    (days.length === 0 || days.includes(weekday)) &&
    (ranges.length === 0 || ranges.some((r) => minutes >= r.from && minutes < r.to))
  );
}

describe('week cells', () => {
  it('puts a meeting in every time of day its start falls in', () => {
    expect(meetingCells(2, 19 * 60) & filterCells([2], ['evening'])).not.toBe(0);
    expect(meetingCells(2, 19 * 60) & filterCells([2], ['midday'])).toBe(0);
    expect(meetingCells(2, 19 * 60) & filterCells([3], ['evening'])).toBe(0);
    // 16:30 is both midday and evening; 04:30 both night and morning.
    expect(meetingCells(5, 16 * 60 + 30) & filterCells([], ['midday'])).not.toBe(0);
    expect(meetingCells(5, 16 * 60 + 30) & filterCells([], ['evening'])).not.toBe(0);
    expect(meetingCells(0, 4 * 60 + 30) & filterCells([0], ['night'])).not.toBe(0);
    expect(meetingCells(0, 4 * 60 + 30) & filterCells([0], ['morning'])).not.toBe(0);
  });

  it('agrees with the minute ranges for every minute, weekday and filter', () => {
    const timeSets: TimeOfDay[][] = [
      [],
      ...TIMES_OF_DAY.map((t) => [t]),
      ['morning', 'night'],
      ['midday', 'evening'],
      [...TIMES_OF_DAY],
    ];
    const daySets = [[], [0], [6], [1, 3, 5], [0, 1, 2, 3, 4, 5, 6]];
    let checked = 0;
    for (let minutes = 0; minutes < 24 * 60; minutes += 5) {
      for (let weekday = 0; weekday < 7; weekday++) {
        const cells = meetingCells(weekday, minutes);
        expect(cells, `${weekday} ${minutes}`).not.toBe(0);
        for (const days of daySets) {
          for (const times of timeSets) {
            const byCells = (cells & filterCells(days, times)) !== 0;
            expect(byCells, `${weekday} ${minutes} ${days.join()} ${times.join()}`).toBe(
              matchesByRanges(weekday, minutes, days, times),
            );
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBe(288 * 7 * 5 * 8);
  });
});
