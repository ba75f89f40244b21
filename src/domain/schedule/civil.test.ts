import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  formatLocalDate,
  fromDayNumber,
  parseLocalDate,
  parseLocalDateTime,
  parseWallTime,
  toDayNumber,
  weekdayOf,
} from './civil';

describe('civil dates', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(toDayNumber({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(toDayNumber({ year: 2026, month: 3, day: 8 })).toBe(Date.UTC(2026, 2, 8) / 86_400_000);
    expect(fromDayNumber(20_520)).toEqual({ year: 2026, month: 3, day: 8 });
  });

  it('does not read years below 100 as 19xx', () => {
    expect(fromDayNumber(toDayNumber({ year: 50, month: 6, day: 1 }))).toEqual({
      year: 50,
      month: 6,
      day: 1,
    });
  });

  it('knows weekdays (0 = Sunday) across a leap day', () => {
    expect(weekdayOf({ year: 2026, month: 3, day: 8 })).toBe(0);
    expect(weekdayOf({ year: 2026, month: 1, day: 1 })).toBe(4);
    expect(weekdayOf({ year: 2024, month: 2, day: 29 })).toBe(4);
    expect(weekdayOf({ year: 1969, month: 12, day: 31 })).toBe(3);
  });

  it('adds days over month and year ends', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(addDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it('knows month lengths, including leap years', () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('parses only real YYYY-MM-DD dates', () => {
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of [
      '2026-02-29',
      '2026-02-30',
      '2026-13-01',
      '2026-04-31',
      '2026-4-1',
      '26-04-01',
      '2026-04-00',
      '',
    ]) {
      expect(parseLocalDate(bad), bad).toBeNull();
    }
    expect(formatLocalDate({ year: 2026, month: 3, day: 8 })).toBe('2026-03-08');
  });

  it('parses HH:MM on the 24-hour clock, refusing 24:00 and loose forms', () => {
    expect(parseWallTime('00:00')).toBe(0);
    expect(parseWallTime('19:30')).toBe(1170);
    expect(parseWallTime('23:59')).toBe(1439);
    for (const bad of ['24:00', '7:00', '19:60', '19:5', '1900', '19:00:00', ' 19:00']) {
      expect(parseWallTime(bad), bad).toBeNull();
    }
  });

  it('parses local date-times', () => {
    expect(parseLocalDateTime('2026-03-10T18:30')).toEqual({
      date: { year: 2026, month: 3, day: 10 },
      minutes: 1110,
    });
    expect(parseLocalDateTime('2026-02-30T18:30')).toBeNull();
    expect(parseLocalDateTime('2026-03-10 18:30')).toBeNull();
    expect(parseLocalDateTime('2026-03-10T25:00')).toBeNull();
  });
});
