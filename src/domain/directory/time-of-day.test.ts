import { describe, expect, it } from 'vitest';
import { bucketRanges, timeOfDayBuckets, timeOfDayBucketsForMinutes } from './time-of-day';

describe('timeOfDayBuckets', () => {
  it.each([
    ['00:00', ['night']],
    ['03:59', ['night']],
    ['04:00', ['morning', 'night']],
    ['04:59', ['morning', 'night']],
    ['05:00', ['morning']],
    ['10:59', ['morning']],
    ['11:00', ['morning', 'midday']],
    ['11:59', ['morning', 'midday']],
    ['12:00', ['midday']],
    ['16:00', ['midday', 'evening']],
    ['16:59', ['midday', 'evening']],
    ['17:00', ['evening']],
    ['20:00', ['evening', 'night']],
    ['20:59', ['evening', 'night']],
    ['21:00', ['night']],
    ['23:59', ['night']],
  ])('%s → %j', (time, buckets) => {
    expect(timeOfDayBuckets(time)).toEqual(buckets);
  });

  it('refuses anything but HH:MM', () => {
    expect(() => timeOfDayBuckets('7pm')).toThrow(RangeError);
    expect(() => timeOfDayBuckets('24:00')).toThrow(RangeError);
  });

  it('publishes half-open minute ranges a query can use, night split at midnight', () => {
    expect(bucketRanges).toEqual({
      morning: [{ from: 240, to: 720 }],
      midday: [{ from: 660, to: 1020 }],
      evening: [{ from: 960, to: 1260 }],
      night: [
        { from: 1200, to: 1440 },
        { from: 0, to: 300 },
      ],
    });
  });

  it('leaves no minute of the day without a bucket', () => {
    for (let m = 0; m < 1440; m++)
      expect(timeOfDayBucketsForMinutes(m).length, String(m)).toBeGreaterThan(0);
  });
});
