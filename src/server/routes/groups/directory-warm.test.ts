import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import type { DirectoryReply } from '../../../contracts/groups';
import { testClock } from '../../../../test/helpers/clock';
import { weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, editGroup, search, setStatus, WED_NOON_CHICAGO } from './groups.test-helpers';

// After start the server builds every directory summary ahead (the start-up job calls `warm`),
// so pages of groups nobody has asked for yet come from memory. What a page shows must not change.
describe('directory summaries built ahead', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let cold: { en: DirectoryReply; es: DirectoryReply; near: DirectoryReply };
  const queries = { en: '', es: 'lang=es', near: 'near=60555&radius=50' } as const;
  const slugsOf = (reply: DirectoryReply) => reply.groups.map((g) => g.slug);
  const renameBehindTheAppsBack = async (name: string) => {
    await ctx.db
      .updateTable('support_group')
      .set({ name })
      .where('slug', '=', 'monday-circle')
      .execute();
  };

  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    admin = await ctx.newUser({ role: 'admin' });
    for (const [slug, day] of [
      ['monday-circle', 1],
      ['tuesday-circle', 2],
      ['thursday-circle', 4],
    ] as const) {
      await createGroup(ctx, admin, {
        slug,
        name: `${slug} group`,
        schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [day] } })],
      });
    }
    const paused = await createGroup(ctx, admin, { slug: 'paused-circle' });
    await setStatus(ctx, admin, paused.id, 'paused');
    // What a server that never built ahead answers: a second app on the same database.
    const app = await buildApp(ctx.config, { db: ctx.db, clock: testClock(WED_NOON_CHICAGO) });
    const other = { ...ctx, app, request: (o: InjectOptions) => app.inject(o) };
    cold = {
      en: await search(other, queries.en),
      es: await search(other, queries.es),
      near: await search(other, queries.near),
    };
    await app.close();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('builds a summary for every group in the directory, not for paused ones', async () => {
    expect(await ctx.app.services.directory.warm()).toBe(3);
  });

  it('serves them from memory: a change made behind the app’s back does not show', async () => {
    // Same `updated_at`, so only a page built from the database would show the new name.
    await renameBehindTheAppsBack('Renamed in the database');
    const reply = await search(ctx, queries.en);
    expect(reply.groups.find((g) => g.slug === 'monday-circle')?.name).toBe('monday-circle group');
  });

  it('answers exactly as a server that built nothing ahead, in both languages and near a place', async () => {
    await renameBehindTheAppsBack('monday-circle group');
    expect(await search(ctx, queries.en)).toStrictEqual(cold.en);
    expect(await search(ctx, queries.es)).toStrictEqual(cold.es);
    expect(await search(ctx, queries.near)).toStrictEqual(cold.near);
    expect(slugsOf(cold.en)).toEqual(['thursday-circle', 'monday-circle', 'tuesday-circle']);
  });

  it('still shows an edit made through the app on the next search', async () => {
    const id = cold.en.groups.find((g) => g.slug === 'tuesday-circle')?.id ?? '';
    await editGroup(ctx, admin, id, (current) => ({ ...current, name: 'Tuesday Night Circle' }));
    const reply = await search(ctx, queries.es);
    expect(reply.groups.find((g) => g.id === id)?.name).toBe('Tuesday Night Circle');
  });

  it('stops when asked to (the app is closing)', async () => {
    expect(await ctx.app.services.directory.warm(() => true)).toBe(0);
  });
});
