import { describe, expect, it } from 'vitest';
import { CHICAGO_LOOP, NOW, WARRENVILLE, answers, group, ids } from './fixtures.test-helpers';
import { fallbackMatches, rankGroups } from './rank';

const en = { now: NOW, locale: 'en' as const };
const tuesdayOnline = group('tuesday-online');
const farInPerson = group('far-in-person', {
  format: 'in-person',
  meetings: [{ days: [5], startMinutes: 1140, mode: 'in-person', location: WARRENVILLE }],
});

describe('fallback when nothing passes the hard filters', () => {
  it('relaxes time first and says what does not fit', () => {
    const result = rankGroups(answers({ days: [5], timesOfDay: ['morning'] }), [tuesdayOnline], en);
    expect(result.relaxed).toEqual(['time']);
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]?.partial).toBe(true);
    expect(result.matches[0]?.mismatches).toEqual([
      'not on the days you chose',
      'not at the times you chose',
    ]);
  });

  it('stops at the first step that finds something', () => {
    // Only the online group fails on time alone; the far one also fails on distance.
    const a = answers({ days: [1], origin: CHICAGO_LOOP, maxMiles: 10 });
    const result = rankGroups(a, [tuesdayOnline, farInPerson], en);
    expect(result.relaxed).toEqual(['time']);
    expect(ids(result)).toEqual(['tuesday-online']);
  });

  it('then relaxes distance', () => {
    const a = answers({ format: 'in-person', days: [1], origin: CHICAGO_LOOP, maxMiles: 10 });
    const result = rankGroups(a, [tuesdayOnline, farInPerson], en);
    expect(result.relaxed).toEqual(['time', 'distance']);
    expect(ids(result)).toEqual(['far-in-person']);
    expect(result.matches[0]?.mismatches).toContain('28 miles away, farther than 10 miles');
  });

  it('then relaxes format', () => {
    const result = rankGroups(answers({ format: 'online' }), [farInPerson], en);
    expect(result.relaxed).toEqual(['time', 'distance', 'format']);
    expect(result.matches[0]?.mismatches).toEqual(['in person only']);
    expect(result.matches[0]?.partial).toBe(true);
  });

  it('never relaxes language, who the group is for, or women/men-only', () => {
    const none = (a: Parameters<typeof rankGroups>[0], g = tuesdayOnline) =>
      rankGroups(a, [g], en).matches;
    expect(none(answers({ language: 'es', days: [1] }))).toEqual([]);
    expect(
      none(answers({ forWhom: 'someone-else' }), group('s', { attendance: 'shared-experience' })),
    ).toEqual([]);
    expect(
      none(answers({ preferences: { menOnly: true } }), group('w', { audiences: ['women'] })),
    ).toEqual([]);
    expect(rankGroups(answers({ language: 'es' }), [tuesdayOnline], en).relaxed).toEqual([
      'time',
      'distance',
      'format',
    ]);
  });

  it('returns at most five partial matches by default, ranked', () => {
    const candidates = ['g', 'f', 'e', 'd', 'c', 'b', 'a'].map((id) => group(id));
    const result = fallbackMatches(answers({ days: [0] }), candidates, en);
    expect(ids(result)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(
      fallbackMatches(answers({ days: [0] }), candidates, { ...en, limit: 2 }).matches,
    ).toHaveLength(2);
  });

  it('gives half credit in partial matches for the right day at the wrong time', () => {
    const rightDay = group('b-right-day', {
      meetings: [{ days: [2], startMinutes: 9 * 60, mode: 'online' }],
    });
    const wrongDay = group('a-wrong-day', {
      meetings: [{ days: [4], startMinutes: 9 * 60, mode: 'online' }],
    });
    const result = rankGroups(
      answers({ days: [2], timesOfDay: ['evening'] }),
      [wrongDay, rightDay],
      en,
    );
    expect(ids(result)).toEqual(['b-right-day', 'a-wrong-day']);
  });
});
