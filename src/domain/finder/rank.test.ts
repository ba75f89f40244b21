import { describe, expect, it } from 'vitest';
import { CHICAGO_LOOP, NOW, WARRENVILLE, answers, group, ids } from './fixtures.test-helpers';
import { rankGroups } from './rank';
import { WEIGHTS } from './score';

const en = { now: NOW, locale: 'en' as const };
const es = { now: NOW, locale: 'es' as const };

describe('rankGroups: ordering', () => {
  it('puts a topic match above a same-category group above a perfectly timed, preferred stranger', () => {
    const a = answers({
      topics: ['grief-loss'],
      days: [2],
      timesOfDay: ['evening'],
      preferences: { peerLed: true, free: true, lgbtq: true },
    });
    const candidates = [
      group('stranger', {
        topics: ['depression'],
        categories: ['mental-health'],
        audiences: ['lgbtq'],
      }),
      group('related', { topics: ['divorce'], categories: ['specialized'] }),
      group('grief', {
        topics: ['grief-loss'],
        categories: ['specialized'],
        leadership: 'professional',
        cost: 'fee',
      }),
    ];
    const result = rankGroups(a, candidates, en);
    expect(ids(result)).toEqual(['grief', 'related', 'stranger']);
    expect(result.relaxed).toEqual([]);
    expect(result.matches.every((m) => !m.partial)).toBe(true);
    const grief = result.matches[0];
    expect(grief?.reasons[0]).toBe('for people grieving a loss');
    expect(grief?.mismatches).toEqual([
      'not peer-led',
      'not specifically for LGBTQ+ people',
      'has a fee',
    ]);
    expect(result.matches[1]?.reasons[0]).toBe('related to life changes and loss');
    expect(result.matches[2]?.mismatches[0]).toBe('not specifically about grief and loss');
  });

  it('ranks more topic matches higher', () => {
    const a = answers({ topics: ['anxiety', 'depression'] });
    const result = rankGroups(
      a,
      [group('one', { topics: ['anxiety'] }), group('both', { topics: ['depression', 'anxiety'] })],
      en,
    );
    expect(ids(result)).toEqual(['both', 'one']);
    expect(result.matches[1]?.mismatches).toEqual(['not specifically about depression']);
  });

  it('prefers groups covering more of the chosen days', () => {
    const a = answers({ days: [1, 3] });
    const candidates = [
      group('monday', { meetings: [{ days: [1], startMinutes: 1140, mode: 'online' }] }),
      group('both', { meetings: [{ days: [1, 3], startMinutes: 1140, mode: 'online' }] }),
    ];
    expect(ids(rankGroups(a, candidates, en))).toEqual(['both', 'monday']);
  });

  it('gives a full schedule fit the whole day and time weight', () => {
    const a = answers({ days: [1, 3], timesOfDay: ['evening'] });
    const both = group('both', {
      cost: 'donation',
      meetings: [{ days: [1, 3], startMinutes: 1140, mode: 'online' }],
    });
    const one = group('one', {
      cost: 'donation',
      meetings: [{ days: [1], startMinutes: 1140, mode: 'online' }],
    });
    const scores = rankGroups(a, [both, one], en).matches.map((m) => m.score);
    expect(scores).toEqual([WEIGHTS.days + WEIGHTS.times, WEIGHTS.days / 2 + WEIGHTS.times]);
  });

  it('rewards preferences: free over donation over sliding scale over fee', () => {
    const costs = ['fee', 'sliding-scale', 'donation', 'free'] as const;
    const candidates = costs.map((cost) => group(cost, { cost }));
    expect(ids(rankGroups(answers({ preferences: { free: true } }), candidates, en))).toEqual([
      'free',
      'donation',
      'sliding-scale',
      'fee',
    ]);
  });

  it('uses distance last: nearer in-person group first when all else is equal', () => {
    const inPerson = (id: string, location: { lat: number; lng: number }) =>
      group(id, {
        format: 'in-person',
        meetings: [{ days: [2], startMinutes: 1140, mode: 'in-person', location }],
      });
    const a = answers({ origin: CHICAGO_LOOP, maxMiles: 50 });
    const result = rankGroups(
      a,
      [inPerson('far', WARRENVILLE), inPerson('near', { lat: 41.88, lng: -87.63 })],
      en,
    );
    expect(ids(result)).toEqual(['near', 'far']);
    expect(result.matches[1]?.reasons).toContain('28 miles away');
  });

  it('breaks ties by name, then id, whatever the input order', () => {
    const candidates = [
      group('z', { name: 'Beta' }),
      group('y', { name: 'Alpha' }),
      group('x', { name: 'Alpha' }),
    ];
    expect(ids(rankGroups(answers(), candidates, en))).toEqual(['x', 'y', 'z']);
    expect(ids(rankGroups(answers(), [...candidates].reverse(), en))).toEqual(['x', 'y', 'z']);
  });

  it('applies the limit to full matches', () => {
    const candidates = ['a', 'b', 'c'].map((id) => group(id));
    expect(ids(rankGroups(answers(), candidates, { ...en, limit: 2 }))).toEqual(['a', 'b']);
  });
});

describe('rankGroups: reasons', () => {
  const grief = group('g', {
    topics: ['grief-loss'],
    categories: ['specialized'],
    leadership: 'professional',
  });

  it('explains a match in plain English', () => {
    const [match] = rankGroups(answers({ topics: ['grief-loss'] }), [grief], en).matches;
    expect(match?.reasons).toEqual([
      'for people grieving a loss',
      'Online every Tuesday at 7 pm',
      'led by a licensed professional',
      'free',
    ]);
    expect(match?.mismatches).toEqual([]);
  });

  it('explains a match in Spanish', () => {
    const [match] = rankGroups(answers({ topics: ['grief-loss'] }), [grief], es).matches;
    expect(match?.reasons).toEqual([
      'para personas en duelo por una pérdida',
      'En línea, todos los martes a las 19:00',
      'dirigido por un profesional con licencia',
      'gratis',
    ]);
  });

  it('describes cadence, mode and odd hours correctly', () => {
    const g = group('m', {
      meetings: [{ days: [5, 1], startMinutes: 60 + 30, mode: 'hybrid', cadence: 'biweekly' }],
    });
    expect(rankGroups(answers(), [g], en).matches[0]?.reasons[0]).toBe(
      'Hybrid every other Monday and Friday at 1:30 am',
    );
    expect(rankGroups(answers(), [g], es).matches[0]?.reasons[0]).toBe(
      'Híbrido, cada dos semanas, los lunes y viernes a la 1:30',
    );
  });

  it('labels organization-added topics from topicLabels', () => {
    const g = group('c', {
      topics: ['sobriety-circle'],
      topicLabels: { 'sobriety-circle': 'Sobriety circle' },
    });
    expect(
      rankGroups(answers({ topics: ['sobriety-circle'] }), [g], en).matches[0]?.reasons[0],
    ).toBe('about sobriety circle');
  });

  it('says when a weekly meeting is later today, using the meeting zone', () => {
    const withZone = group('z', {
      meetings: [{ days: [2], startMinutes: 1140, mode: 'online', timeZone: 'America/Chicago' }],
    });
    const past = group('p', {
      meetings: [{ days: [2], startMinutes: 9 * 60, mode: 'online', timeZone: 'America/Chicago' }],
    });
    const noZone = group('n');
    const result = rankGroups(answers(), [withZone, past, noZone], en);
    const reasons = Object.fromEntries(result.matches.map((m) => [m.groupId, m.reasons]));
    expect(reasons.z).toContain('meets today at 7 pm');
    expect(reasons.p?.some((r) => r.startsWith('meets today'))).toBe(false);
    expect(reasons.n?.some((r) => r.startsWith('meets today'))).toBe(false);
  });

  it('always says when a group is for women or men', () => {
    const result = rankGroups(answers(), [group('w', { audiences: ['women'] })], en);
    expect(result.matches[0]?.reasons).toContain('for women');
  });
});
