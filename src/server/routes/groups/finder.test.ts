import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinderAnswersInput, FinderReply } from '../../../contracts/finder';
import { testClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, rowCounts, setStatus, WED_NOON_CHICAGO } from './groups.test-helpers';

// POST /api/finder: ranked matches with plain-language reasons; the answers are never stored.
describe('POST /api/finder', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    const online = onlineSchedule(); // Thursdays 18:00
    await createGroup(ctx, admin, {
      slug: 'ansiedad-en-linea',
      name: 'Ansiedad en línea',
      topics: ['anxiety'],
      languages: ['es'],
      schedules: [online],
    });
    await createGroup(ctx, admin, {
      slug: 'perdida-por-suicidio',
      name: 'Pérdida por suicidio',
      topics: ['suicide-loss'],
      languages: ['es'],
      schedules: [online],
    });
    await createGroup(ctx, admin, {
      slug: 'duelo-en-linea',
      name: 'Zz Duelo en línea',
      topics: ['grief-loss'],
      languages: ['es'],
      schedules: [online],
    });
    await createGroup(ctx, admin, {
      slug: 'grief-online-en',
      name: 'Grief online',
      topics: ['grief-loss'],
      languages: ['en'],
      schedules: [online],
    });
    await createGroup(ctx, admin, {
      slug: 'duelo-presencial',
      name: 'Duelo presencial',
      topics: ['grief-loss'],
      languages: ['es'],
      schedules: [weeklySchedule()],
    });
    const archived = await createGroup(ctx, admin, {
      slug: 'duelo-archivado',
      name: 'Duelo archivado',
      topics: ['grief-loss'],
      languages: ['es'],
      schedules: [online],
    });
    await setStatus(ctx, admin, archived.id, 'archived');
  });
  afterAll(async () => {
    await ctx.close();
  });

  const find = async (answers: FinderAnswersInput) => {
    const res = await ctx.request({ method: 'POST', url: '/api/finder', payload: answers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<FinderReply>();
  };

  it('ranks the Spanish online grief group first, with reasons in Spanish', async () => {
    const reply = await find({
      topics: ['grief-loss'],
      format: 'online',
      language: 'es',
      locale: 'es',
    });
    expect(reply.relaxed).toEqual([]);
    expect(reply.matches.map((m) => m.group.slug)).toEqual([
      'duelo-en-linea', // the topic itself
      'perdida-por-suicidio', // same category
      'ansiedad-en-linea',
    ]);
    const first = reply.matches[0];
    expect(first?.partial).toBe(false);
    expect(first?.reasons).toEqual(
      expect.arrayContaining([
        'para personas en duelo por una pérdida',
        'dirigido por pares',
        'gratis',
        expect.stringMatching(/^En línea, todos los jueves a las 18:00/),
      ]),
    );
    expect(first?.group.topics).toEqual([{ slug: 'grief-loss', label: 'Duelo y pérdida' }]);
    expect(reply.matches[1]?.reasons).toContain('relacionado con cambios de vida y pérdidas');
  });

  it('speaks English by default', async () => {
    const reply = await find({ topics: ['grief-loss'], format: 'online', language: 'es' });
    expect(reply.matches[0]?.group.slug).toBe('duelo-en-linea');
    expect(reply.matches[0]?.reasons).toEqual(
      expect.arrayContaining(['for people grieving a loss', 'led by peers', 'free']),
    );
  });

  it('never offers archived groups, or groups in another language', async () => {
    const reply = await find({ topics: ['grief-loss'], language: 'es' });
    const found = reply.matches.map((m) => m.group.slug);
    expect(found).not.toContain('duelo-archivado');
    expect(found).not.toContain('grief-online-en');
    expect(found.slice(0, 2).sort()).toEqual(['duelo-en-linea', 'duelo-presencial']);
  });

  it('measures in-person meetings from a place', async () => {
    const reply = await find({
      topics: ['grief-loss'],
      format: 'in-person',
      language: 'es',
      near: '60555',
      maxMiles: 10,
      locale: 'es',
    });
    expect(reply.origin?.label).toBe('Warrenville, IL 60555');
    expect(reply.matches[0]?.group.slug).toBe('duelo-presencial');
    expect(reply.matches[0]?.reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/^a 1[.,]2 millas$/)]),
    );
  });

  it('offers partial matches, saying what was relaxed, when nothing fits', async () => {
    const reply = await find({
      topics: ['grief-loss'],
      format: 'online',
      language: 'es',
      days: [0],
      timesOfDay: ['morning'],
    });
    expect(reply.relaxed.length).toBeGreaterThan(0);
    expect(reply.relaxed).toContain('time');
    expect(reply.matches.length).toBeGreaterThan(0);
    expect(reply.matches.every((m) => m.partial)).toBe(true);
    expect(reply.matches[0]?.group.slug).toBe('duelo-en-linea');
  });

  it('answers an unknown place with a notice instead of failing', async () => {
    const reply = await find({ topics: ['grief-loss'], near: 'Qwertyuiop' });
    expect(reply.origin).toBeNull();
    expect(reply.notice).toEqual(expect.stringContaining('Qwertyuiop'));
    expect(reply.matches.length).toBeGreaterThan(0);
  });

  it('stores nothing: no row anywhere changes', async () => {
    const before = await rowCounts(ctx);
    await find({
      topics: ['grief-loss', 'anxiety'],
      forWhom: 'someone-else',
      format: 'either',
      days: [1, 4],
      timesOfDay: ['evening'],
      language: 'es',
      preferences: { womenOnly: true, free: true },
      near: '60555',
      maxMiles: 25,
      locale: 'es',
    });
    await find({ language: 'fr' });
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it.each([
    [{ days: [9] }, 'days.0'],
    [{ days: [1.5] }, 'days.0'],
    [{ timesOfDay: ['dawn'] }, 'timesOfDay.0'],
    [{ format: 'zoom' }, 'format'],
    [{ language: 'xx' }, 'language'],
    [{ locale: 'fr' }, 'locale'],
    [{ maxMiles: 0 }, 'maxMiles'],
    [{ forWhom: 'everyone' }, 'forWhom'],
    [{ topics: 'grief-loss' }, 'topics'],
  ])('400 on %j, naming %s', async (answers, path) => {
    const res = await ctx.request({ method: 'POST', url: '/api/finder', payload: answers });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual([path]);
  });
});
