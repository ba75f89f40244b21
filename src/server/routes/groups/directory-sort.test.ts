import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectoryReply } from '../../../contracts/groups';
import { testClock } from '../../../../test/helpers/clock';
import { weeklySchedule } from '../../../../test/helpers/group-builder';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, search, slugs } from './groups.test-helpers';

/** Saturday 7 June 2025, 23:30 in Chicago (CDT). */
const SATURDAY_2330 = new Date('2025-06-08T04:30:00.000Z');

/** A weekly meeting `miles` north of ZIP 60555. */
const meeting = (day: number, start: string, end: string, miles: number) =>
  weeklySchedule({
    recurrence: { kind: 'weekly', days: [day] },
    start,
    end,
    place: {
      name: 'Hall',
      address: '1 Main St',
      latitude: 41.828 + miles / 69.0934,
      longitude: -88.1921,
    },
  });

describe('GET /api/groups: sorting', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(SATURDAY_2330) },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    const calm = 'A calm group where everyone can speak or pass.';
    await createGroup(ctx, admin, {
      slug: 'in-progress',
      name: 'delta group',
      description: 'We meet late, near the old harbor, and run past midnight.',
      schedules: [meeting(6, '23:00', '00:30', 4)],
    });
    await createGroup(ctx, admin, {
      slug: 'sat-2345',
      name: 'Charlie group',
      description: calm,
      schedules: [meeting(6, '23:45', '00:45', 3)],
    });
    await createGroup(ctx, admin, {
      slug: 'sun-0015',
      name: 'bravo group',
      description: calm,
      schedules: [meeting(0, '00:15', '01:15', 2)],
    });
    await createGroup(ctx, admin, {
      slug: 'fri-1900',
      name: 'Alpha Harbor group',
      description: calm,
      schedules: [meeting(5, '19:00', '20:30', 1)],
    });
    await createGroup(ctx, admin, {
      slug: 'no-schedule',
      name: 'Echo group',
      description: calm,
      schedules: [],
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const NEXT = ['in-progress', 'sat-2345', 'sun-0015', 'fri-1900', 'no-schedule'];

  it('sort=next: in progress first, then across midnight and the week wrap, unscheduled last', async () => {
    const reply = await search(ctx, 'sort=next');
    expect(reply.groups.map((g) => g.slug)).toEqual(NEXT);
    const next = Object.fromEntries(reply.groups.map((g) => [g.slug, g.next?.start ?? null]));
    expect(next).toEqual({
      'in-progress': '2025-06-08T04:00:00.000Z',
      'sat-2345': '2025-06-08T04:45:00.000Z',
      'sun-0015': '2025-06-08T05:15:00.000Z',
      'fri-1900': '2025-06-14T00:00:00.000Z',
      'no-schedule': null,
    });
  });

  it('is sort=next by default without q or a place', async () => {
    expect(await slugs(ctx, '')).toEqual(NEXT);
  });

  it('sort=name ignores case', async () => {
    expect(await slugs(ctx, 'sort=name')).toEqual([
      'fri-1900', // Alpha Harbor group
      'sun-0015', // bravo group
      'sat-2345', // Charlie group
      'in-progress', // delta group
      'no-schedule', // Echo group
    ]);
  });

  it('is nearest by default with near, and any sort can be chosen', async () => {
    const nearest = ['fri-1900', 'sun-0015', 'sat-2345', 'in-progress'];
    expect(await slugs(ctx, 'near=60555')).toEqual(nearest);
    expect(await slugs(ctx, 'near=60555&sort=nearest')).toEqual(nearest);
    expect(await slugs(ctx, 'near=60555&sort=next')).toEqual(NEXT.slice(0, 4));
  });

  it('is relevance by default with q, even with near', async () => {
    expect(await slugs(ctx, 'q=harbor')).toEqual(['fri-1900', 'in-progress']);
    expect(await slugs(ctx, 'q=harbor&sort=relevance')).toEqual(['fri-1900', 'in-progress']);
    expect(await slugs(ctx, 'q=harbor&sort=next')).toEqual(['in-progress', 'fri-1900']);
    expect(await slugs(ctx, 'q=harbor&near=60555')).toEqual(['fri-1900', 'in-progress']);
    expect(await slugs(ctx, 'q=harbor&near=60555&sort=nearest')).toEqual([
      'fri-1900',
      'in-progress',
    ]);
  });

  it('without words to rank by, relevance falls back to the next meeting', async () => {
    expect(await slugs(ctx, 'sort=relevance')).toEqual(NEXT);
    expect(await slugs(ctx, `q=${encodeURIComponent('" * (')}`)).toEqual(NEXT);
  });
});

describe('GET /api/groups: pagination', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(SATURDAY_2330) },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    // Ties on purpose: the same meeting time and names equal but for case.
    const names = ['Same name', 'same name', 'SAME NAME', 'Other', 'another', 'Zed', 'mid'];
    for (const [i, name] of names.entries()) {
      await createGroup(ctx, admin, {
        slug: `page-${String(i)}`,
        name,
        schedules: [meeting(i < 4 ? 2 : i, '19:00', '20:00', 1)],
      });
    }
  });
  afterAll(async () => {
    await ctx.close();
  });

  async function allPages(query: string, limit: number): Promise<string[]> {
    const seen: string[] = [];
    for (let page = 1; page <= 20; page++) {
      const res = await ctx.request({
        method: 'GET',
        url: `/api/groups?${query}&page=${page}&limit=${limit}`,
      });
      const reply = res.json<DirectoryReply>();
      expect(reply.page).toBe(page);
      expect(reply.groups.length).toBeLessThanOrEqual(limit);
      seen.push(...reply.groups.map((g) => g.slug));
      if (!reply.hasMore) return seen;
      expect(reply.groups).toHaveLength(limit);
    }
    throw new Error('hasMore never turned false');
  }

  it.each(['sort=next', 'sort=name', 'near=60555', 'q=group'])(
    '%s: pages cover every group once, in the one-page order',
    async (query) => {
      const whole = await slugs(ctx, query);
      expect(whole).toHaveLength(7);
      for (const limit of [1, 2, 3, 7]) {
        const paged = await allPages(query, limit);
        expect(paged, `limit=${limit}`).toEqual(whole);
        expect(new Set(paged).size).toBe(7);
      }
    },
  );

  it('says hasMore exactly when another page exists', async () => {
    expect((await search(ctx, 'limit=6')).hasMore).toBe(true);
    expect((await search(ctx, 'limit=7')).hasMore).toBe(false);
    const last = await search(ctx, 'limit=3&page=3');
    expect(last.groups).toHaveLength(1);
    expect(last.hasMore).toBe(false);
    const beyond = await search(ctx, 'limit=3&page=9');
    expect(beyond.groups).toEqual([]);
    expect(beyond.hasMore).toBe(false);
  });

  it('defaults to page 1 with 20 per page', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/groups' });
    const reply = res.json<DirectoryReply>();
    expect(reply.page).toBe(1);
    expect(reply.groups).toHaveLength(7);
    expect(reply.hasMore).toBe(false);
  });
});
