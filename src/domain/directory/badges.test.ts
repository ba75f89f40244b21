import { describe, expect, it } from 'vitest';
import { formatTimes, occurrenceBadge, zoneLabel } from './badges';

const at = (iso: string) => new Date(iso);
const meeting = { start: at('2026-03-11T00:00Z'), end: at('2026-03-11T01:30Z') };

describe('occurrenceBadge', () => {
  it('is happening now from the start up to (not including) the end', () => {
    expect(occurrenceBadge(meeting, at('2026-03-11T00:00Z'))).toEqual({ kind: 'happening-now' });
    expect(occurrenceBadge(meeting, at('2026-03-11T01:29:59Z'))).toEqual({ kind: 'happening-now' });
    expect(occurrenceBadge(meeting, at('2026-03-11T01:30Z'))).toBeNull();
  });

  it('starts soon within 60 minutes, rounding minutes up', () => {
    expect(occurrenceBadge(meeting, at('2026-03-10T23:00Z'))).toEqual({
      kind: 'starts-soon',
      minutes: 60,
    });
    expect(occurrenceBadge(meeting, at('2026-03-10T22:59:59Z'))).toBeNull();
    expect(occurrenceBadge(meeting, at('2026-03-10T23:48:30Z'))).toEqual({
      kind: 'starts-soon',
      minutes: 12,
    });
    expect(occurrenceBadge(meeting, at('2026-03-10T23:59:59Z'))).toEqual({
      kind: 'starts-soon',
      minutes: 1,
    });
  });

  it('gives a cancelled occurrence no badge', () => {
    expect(
      occurrenceBadge({ ...meeting, status: 'cancelled' }, at('2026-03-11T00:10Z')),
    ).toBeNull();
  });
});

describe('formatTimes', () => {
  it('shows the meeting zone generically and the viewer time when offsets differ', () => {
    expect(formatTimes(meeting, 'America/Chicago', 'America/New_York', 'en')).toEqual({
      meeting: '7:00 pm CT',
      viewer: '8:00 pm your time',
    });
    expect(formatTimes(meeting, 'America/Chicago', 'America/New_York', 'es')).toEqual({
      meeting: '19:00 CT',
      viewer: '20:00 en tu horario',
    });
  });

  it('uses "CT" in winter too, not CST', () => {
    const winter = { start: at('2026-01-14T01:00Z') };
    expect(formatTimes(winter, 'America/Chicago', 'America/Chicago', 'en')).toEqual({
      meeting: '7:00 pm CT',
      viewer: null,
    });
  });

  it('omits the viewer time when the offsets match at that instant, even across zones', () => {
    // Mexico City has had no DST since 2022: same offset as Chicago in January, not in March.
    const january = { start: at('2026-01-14T01:00Z') };
    expect(formatTimes(january, 'America/Chicago', 'America/Mexico_City', 'en').viewer).toBeNull();
    expect(formatTimes(meeting, 'America/Chicago', 'America/Mexico_City', 'en').viewer).toBe(
      '6:00 pm your time',
    );
  });

  it('adds the weekday when the viewer is on another date', () => {
    // Tuesday 7 pm in Chicago is Wednesday 12 am in London during the US-only DST weeks.
    expect(formatTimes(meeting, 'America/Chicago', 'Europe/London', 'en').viewer).toBe(
      'Wed 12:00 am your time',
    );
  });

  it('throws on unknown zones', () => {
    expect(() => formatTimes(meeting, 'Nowhere/Town', 'UTC', 'en')).toThrow(RangeError);
    expect(() => formatTimes(meeting, 'UTC', 'Nowhere/Town', 'en')).toThrow(RangeError);
  });
});

describe('zoneLabel', () => {
  it('names zones briefly', () => {
    const now = at('2026-07-01T00:00Z');
    expect(zoneLabel('America/Phoenix', now, 'en')).toBe('MST');
    expect(zoneLabel('America/Los_Angeles', now, 'en')).toBe('PT');
    expect(zoneLabel('UTC', now, 'en')).toBe('UTC');
  });
});
