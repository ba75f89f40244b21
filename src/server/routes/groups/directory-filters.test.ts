import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, setStatus, slugs, WED_NOON_CHICAGO } from './groups.test-helpers';

// Attribute filters of GET /api/groups: each alone, OR within a filter, AND across filters.
// The database holds only these groups, so every answer is compared as an exact set.
describe('GET /api/groups: attribute filters', () => {
  let ctx: TestContext;
  const hybridSchedule = weeklySchedule({
    mode: 'hybrid',
    online: { joinUrl: 'https://meet.example.org/hybrid' },
  });

  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    await createGroup(ctx, admin, {
      slug: 'anxiety-peer',
      topics: ['anxiety'],
      leadership: 'peer',
      attendance: 'open',
      audiences: ['women'],
      languages: ['en'],
      accessibility: ['wheelchair'],
      cost: 'free',
      schedules: [weeklySchedule()],
    });
    await createGroup(ctx, admin, {
      slug: 'depression-pro',
      topics: ['depression'],
      leadership: 'professional',
      attendance: 'shared-experience',
      audiences: ['adults'],
      languages: ['en', 'es'],
      accessibility: ['asl'],
      cost: 'fee',
      schedules: [onlineSchedule()],
    });
    await createGroup(ctx, admin, {
      slug: 'grief-hybrid',
      topics: ['grief-loss'],
      leadership: 'self-guided',
      attendance: 'family-friends',
      audiences: ['men'],
      languages: ['es'],
      accessibility: [],
      cost: 'donation',
      schedules: [hybridSchedule],
    });
    await createGroup(ctx, admin, {
      slug: 'twelve-step-mixed',
      topics: ['twelve-step'],
      leadership: 'peer',
      attendance: 'open',
      audiences: ['lgbtq'],
      languages: ['pl'],
      accessibility: ['captions'],
      cost: 'sliding-scale',
      schedules: [weeklySchedule(), onlineSchedule()],
    });
    // Archived and paused groups match every filter below but are never listed.
    for (const status of ['archived', 'paused'] as const) {
      const g = await createGroup(ctx, admin, {
        slug: `anxiety-${status}`,
        topics: ['anxiety'],
        leadership: 'peer',
        attendance: 'open',
        audiences: ['women'],
        accessibility: ['wheelchair'],
        cost: 'free',
      });
      await setStatus(ctx, admin, g.id, status);
    }
  });
  afterAll(async () => {
    await ctx.close();
  });

  const sorted = async (query: string) => (await slugs(ctx, query)).sort();

  it('lists every active group without filters, never archived or paused ones', async () => {
    expect(await sorted('')).toEqual([
      'anxiety-peer',
      'depression-pro',
      'grief-hybrid',
      'twelve-step-mixed',
    ]);
  });

  it.each([
    ['category=mental-health', ['anxiety-peer', 'depression-pro']],
    ['category=substance-use', ['twelve-step-mixed']],
    ['category=specialized', ['grief-hybrid']],
    ['category=family-caregivers', []],
    ['topic=anxiety', ['anxiety-peer']],
    ['topic=grief-loss', ['grief-hybrid']],
    ['topic=no-such-topic', []],
    ['leadership=peer', ['anxiety-peer', 'twelve-step-mixed']],
    ['leadership=professional', ['depression-pro']],
    ['leadership=self-guided', ['grief-hybrid']],
    ['attendance=open', ['anxiety-peer', 'twelve-step-mixed']],
    ['attendance=shared-experience', ['depression-pro']],
    ['attendance=members-only', []],
    ['audience=women', ['anxiety-peer']],
    ['audience=adults', ['depression-pro']],
    ['language=es', ['depression-pro', 'grief-hybrid']],
    ['language=ES', ['depression-pro', 'grief-hybrid']],
    ['language=pl', ['twelve-step-mixed']],
    ['language=fr', []],
    ['access=asl', ['depression-pro']],
    ['access=wheelchair', ['anxiety-peer']],
    ['cost=free', ['anxiety-peer']],
    ['cost=sliding-scale', ['twelve-step-mixed']],
  ])('%s alone', async (query, expected) => {
    expect(await sorted(query)).toEqual(expected);
  });

  it.each([
    // Online attendance is possible at online and hybrid groups, in-person at in-person and
    // hybrid ones; a hybrid group is one with a hybrid meeting or both kinds of meetings.
    ['format=online', ['depression-pro', 'grief-hybrid', 'twelve-step-mixed']],
    ['format=in-person', ['anxiety-peer', 'grief-hybrid', 'twelve-step-mixed']],
    ['format=hybrid', ['grief-hybrid', 'twelve-step-mixed']],
  ])('%s', async (query, expected) => {
    expect(await sorted(query)).toEqual(expected);
  });

  it('reports the derived format of each group', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/groups?limit=50' });
    const formats = Object.fromEntries(
      res
        .json<{ groups: { slug: string; format: string }[] }>()
        .groups.map((g) => [g.slug, g.format]),
    );
    expect(formats).toEqual({
      'anxiety-peer': 'in-person',
      'depression-pro': 'online',
      'grief-hybrid': 'hybrid',
      'twelve-step-mixed': 'hybrid',
    });
  });

  it.each([
    ['audience=men,lgbtq'],
    ['audience=men&audience=lgbtq'],
    ['audience=men&audience=lgbtq,men'],
  ])('ORs values within one filter: %s', async (query) => {
    expect(await sorted(query)).toEqual(['grief-hybrid', 'twelve-step-mixed']);
  });

  it.each([
    ['cost=fee,donation', ['depression-pro', 'grief-hybrid']],
    ['cost=fee&cost=donation', ['depression-pro', 'grief-hybrid']],
    ['topic=anxiety,grief-loss', ['anxiety-peer', 'grief-hybrid']],
    [
      'category=mental-health&category=substance-use',
      ['anxiety-peer', 'depression-pro', 'twelve-step-mixed'],
    ],
    ['language=pl,es', ['depression-pro', 'grief-hybrid', 'twelve-step-mixed']],
  ])('ORs values within one filter: %s', async (query, expected) => {
    expect(await sorted(query)).toEqual(expected);
  });

  it.each([
    ['category=mental-health&language=es', ['depression-pro']],
    ['format=online&leadership=peer', ['twelve-step-mixed']],
    ['topic=anxiety,grief-loss&cost=donation', ['grief-hybrid']],
    ['format=in-person&attendance=open&access=captions', ['twelve-step-mixed']],
    ['leadership=peer&audience=women&cost=free&language=en', ['anxiety-peer']],
    ['language=es&format=in-person', ['grief-hybrid']],
    ['category=mental-health&format=hybrid', []],
    ['leadership=peer&cost=fee', []],
  ])('ANDs across filters: %s', async (query, expected) => {
    expect(await sorted(query)).toEqual(expected);
  });

  it.each([
    ['format=zoom', 'format'],
    ['format=online,zoom', 'format'],
    ['leadership=boss', 'leadership'],
    ['attendance=vip', 'attendance'],
    ['audience=kids', 'audience'],
    ['language=xx', 'language'],
    ['access=ramp', 'access'],
    ['cost=cheap', 'cost'],
    ['day=9', 'day'],
    ['day=monday', 'day'],
    ['time=dawn', 'time'],
    ['radius=0', 'radius'],
    ['page=0', 'page'],
    ['limit=51', 'limit'],
    ['sort=random', 'sort'],
  ])('%s → 400 naming the parameter', async (query, param) => {
    const res = await ctx.request({ method: 'GET', url: `/api/groups?${query}` });
    expectProblem(res, 400, 'validation_failed');
    const paths = errorPaths(res);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.split('.')[0]).toBe(param);
  });
});
