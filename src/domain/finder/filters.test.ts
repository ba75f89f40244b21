import { describe, expect, it } from 'vitest';
import { CHICAGO_LOOP, NOW, WARRENVILLE, answers, group, ids } from './fixtures.test-helpers';
import { rankGroups } from './rank';

const en = { now: NOW, locale: 'en' as const };
const online = group('online');
const inPerson = group('in-person', {
  format: 'in-person',
  meetings: [{ days: [2], startMinutes: 1140, mode: 'in-person', location: WARRENVILLE }],
});
const hybrid = group('hybrid', {
  format: 'hybrid',
  meetings: [{ days: [2], startMinutes: 1140, mode: 'hybrid', location: WARRENVILLE }],
});

describe('rankGroups: hard filters', () => {
  it('requires the language when one is given (case-insensitive), any when empty', () => {
    const spanish = group('es', { languages: ['es'] });
    expect(ids(rankGroups(answers({ language: 'ES' }), [online, spanish], en))).toEqual(['es']);
    expect(ids(rankGroups(answers({ language: '' }), [online, spanish], en))).toEqual([
      'es',
      'online',
    ]);
  });

  it('matches format: hybrid serves both, "either" takes all', () => {
    const all = [online, inPerson, hybrid];
    expect(ids(rankGroups(answers({ format: 'online' }), all, en))).toEqual(['hybrid', 'online']);
    expect(ids(rankGroups(answers({ format: 'in-person' }), all, en))).toEqual([
      'hybrid',
      'in-person',
    ]);
    expect(ids(rankGroups(answers({ format: 'either' }), all, en))).toEqual([
      'hybrid',
      'in-person',
      'online',
    ]);
  });

  it('applies the radius to in-person attendance only', () => {
    // Warrenville is about 28 miles from the Loop.
    const near = { origin: CHICAGO_LOOP, maxMiles: 30 };
    const far = { origin: CHICAGO_LOOP, maxMiles: 25 };
    expect(
      ids(rankGroups(answers({ format: 'in-person', ...near }), [inPerson, online], en)),
    ).toEqual(['in-person']);
    // Nothing within 25 miles: only the fallback (relaxing distance) brings them back, as partial.
    const beyond = rankGroups(
      answers({ format: 'in-person', ...far }),
      [inPerson, hybrid, online],
      en,
    );
    expect(beyond.relaxed).toEqual(['time', 'distance']);
    expect(ids(beyond)).toEqual(['hybrid', 'in-person']);
    // With "either", the hybrid group can be joined online, so distance does not exclude it.
    expect(
      ids(rankGroups(answers({ format: 'either', ...far }), [inPerson, hybrid, online], en)),
    ).toEqual(['hybrid', 'online']);
  });

  it('excludes an in-person meeting with no location when a radius applies', () => {
    const unplaced = group('unplaced', {
      format: 'in-person',
      meetings: [{ days: [2], startMinutes: 1140, mode: 'in-person' }],
    });
    const a = answers({ format: 'in-person', origin: CHICAGO_LOOP, maxMiles: 30 });
    expect(ids(rankGroups(a, [unplaced, inPerson], en))).toEqual(['in-person']);
  });

  it('needs one meeting that fits both the day and the time', () => {
    const split = group('split', {
      meetings: [
        { days: [2], startMinutes: 9 * 60, mode: 'online' },
        { days: [5], startMinutes: 19 * 60, mode: 'online' },
      ],
    });
    const a = answers({ days: [2], timesOfDay: ['evening'] });
    expect(ids(rankGroups(a, [split, online], en))).toEqual(['online']);
  });

  it('for someone else: family groups first, open groups allowed, shared-experience groups out', () => {
    const candidates = [
      group('open', { attendance: 'open' }),
      group('shared', { attendance: 'shared-experience', categories: ['mental-health'] }),
      group('members', { attendance: 'members-only' }),
      group('family', { attendance: 'family-friends' }),
      group('caregivers', { attendance: 'shared-experience', categories: ['family-caregivers'] }),
    ];
    const result = rankGroups(answers({ forWhom: 'someone-else' }), candidates, en);
    expect(ids(result)).toEqual(['caregivers', 'family', 'open']);
    expect(result.matches[1]?.reasons).toContain('for family and friends');
    expect(result.matches[2]?.mismatches).toContain('not specifically for family and friends');
  });

  it('for oneself: a family-and-friends group ranks below an otherwise equal group, with a note', () => {
    const result = rankGroups(
      answers(),
      [group('a-family', { attendance: 'family-friends' }), group('b-open')],
      en,
    );
    expect(ids(result)).toEqual(['b-open', 'a-family']);
    expect(result.matches[1]?.mismatches).toEqual([
      'meant for family and friends of someone affected',
    ]);
  });

  it('women-only excludes men’s groups and favours women’s groups; men-only the reverse', () => {
    const candidates = [
      group('men', { audiences: ['men'] }),
      group('mixed'),
      group('women', { audiences: ['women'] }),
    ];
    expect(ids(rankGroups(answers({ preferences: { womenOnly: true } }), candidates, en))).toEqual([
      'women',
      'mixed',
    ]);
    expect(ids(rankGroups(answers({ preferences: { menOnly: true } }), candidates, en))).toEqual([
      'men',
      'mixed',
    ]);
  });

  it('favours LGBTQ+, peer-led and professional groups when asked', () => {
    const candidates = [group('a'), group('b-lgbtq', { audiences: ['lgbtq'] })];
    expect(ids(rankGroups(answers({ preferences: { lgbtq: true } }), candidates, en))).toEqual([
      'b-lgbtq',
      'a',
    ]);
    const led = [group('a-peer'), group('b-pro', { leadership: 'professional' })];
    expect(ids(rankGroups(answers({ preferences: { professional: true } }), led, en))).toEqual([
      'b-pro',
      'a-peer',
    ]);
    expect(ids(rankGroups(answers({ preferences: { peerLed: true } }), led, en))).toEqual([
      'a-peer',
      'b-pro',
    ]);
  });
});
