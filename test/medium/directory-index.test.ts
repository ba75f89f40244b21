import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDatasetRows } from '../../bench/directory/databases';
import { generateDataset, type Dataset } from '../../bench/directory/dataset';
import { Rng } from '../../bench/directory/prng';
import { TIMES_OF_DAY } from '../../src/domain/directory/time-of-day';
import type { DirectoryFilters } from '../../src/server/repositories/directory-filters';
import { createRepositories, type Repositories } from '../../src/server/repositories/index';
import { NextMeetingRefresh } from '../../src/server/services/groups/directory-caches';
import { DirectoryIndexKeeper } from '../../src/server/services/groups/directory-index-keeper';
import { groupInput, weeklySchedule } from '../helpers/group-builder';
import { MINUTE, testClock, type TestClock } from '../helpers/clock';
import { createTestContext, type TestContext } from '../helpers/test-app';
import { testDialect } from '../helpers/test-db';
import { relaxedRateLimits } from '../helpers/test-config';

// The in-memory directory index must answer every search exactly as the SQL repository does:
// the same groups, in the same order, with the same distances, on both dialects, before and
// after groups change (through this app, behind its back as another instance would, and as
// meetings end).
const DAY_MS = 86_400_000;
const ANCHOR = new Date(Date.UTC(2025, 5, 4));

function distinct(data: Dataset, kind: string): string[] {
  return [...new Set(data.tags.filter((t) => t.kind === kind).map((t) => t.value))].sort();
}

/** Words of the dataset's names and descriptions, to search for. */
function vocabulary(data: Dataset): string[] {
  const words = new Set<string>();
  for (const g of data.groups.slice(0, 400)) {
    for (const w of `${g.name} ${g.description}`.split(/[^\p{L}\p{N}]+/u)) {
      if (w.length >= 3) words.add(w);
    }
  }
  return [...words].sort();
}

/** One to three words, sometimes a stop word, sometimes the last one cut short (a prefix). */
function randomText(rng: Rng, words: string[]): string {
  const picked = rng.sample(words, rng.chance(0.6) ? 1 : rng.int(2, 3));
  if (rng.chance(0.15)) picked.splice(rng.int(0, picked.length), 0, 'the');
  const last = picked.length - 1;
  const word = picked[last] ?? '';
  if (rng.chance(0.3) && word.length > 4) picked[last] = word.slice(0, rng.int(2, word.length - 2));
  return picked.join(rng.chance(0.2) ? ', ' : ' ');
}

/** A seeded random search: any mix of filters, text, sorts, distances and pages. */
function randomFilters(rng: Rng, data: Dataset, words: string[], nowIso: string): DirectoryFilters {
  const some = <T>(items: readonly T[], p: number, max = 3): T[] | undefined =>
    rng.chance(p) ? rng.sample(items, rng.int(1, Math.min(max, items.length))) : undefined;
  const places = data.schedules.filter((s) => s.latitude !== null && s.longitude !== null);
  const place = rng.pick(places);
  const near = rng.chance(0.45)
    ? {
        latitude: (place.latitude ?? 0) + (rng.next() - 0.5) * 0.2,
        longitude: (place.longitude ?? 0) + (rng.next() - 0.5) * 0.2,
        radiusMiles: rng.pick([1, 5, 10, 25, 50, 200]),
        includeOnline: rng.chance(0.3),
      }
    : undefined;
  const tags: DirectoryFilters['tags'] = {};
  for (const kind of ['category', 'topic', 'audience', 'language', 'access'] as const) {
    const values = some(distinct(data, kind), 0.2);
    if (values !== undefined) tags[kind] = values;
  }
  const f: DirectoryFilters = {
    tags,
    sort: rng.pick(['next', 'name', 'nearest', 'relevance'] as const),
    offset: rng.chance(0.6) ? 0 : rng.int(1, 80),
    limit: rng.int(1, 30),
    nowIso,
  };
  if (rng.chance(0.5)) {
    f.text = randomText(rng, words);
    if (rng.chance(0.6)) f.sort = 'relevance';
  }
  const days = some([0, 1, 2, 3, 4, 5, 6], 0.3);
  const times = some(TIMES_OF_DAY, 0.3, 2);
  const formats = some(['in-person', 'online', 'hybrid'], 0.3, 2);
  const leadership = some(['professional', 'peer', 'self-guided'], 0.2, 2);
  const attendance = some(['open', 'shared-experience', 'family-friends', 'members'], 0.15, 2);
  const costs = some(['free', 'donation', 'sliding-scale', 'fee'], 0.15, 2);
  if (days !== undefined) f.days = days;
  if (times !== undefined) f.times = times;
  if (formats !== undefined) f.formats = formats;
  if (leadership !== undefined) f.leadership = leadership;
  if (attendance !== undefined) f.attendance = attendance;
  if (costs !== undefined) f.costs = costs;
  if (near !== undefined) f.near = near;
  return f;
}

describe('directory index: the same answers as the SQL repository', () => {
  let ctx: TestContext;
  let clock: TestClock;
  let repos: Repositories;
  let keeper: DirectoryIndexKeeper;
  let data: Dataset;

  beforeAll(async () => {
    clock = testClock(new Date(ANCHOR.getTime() + 15 * 60 * MINUTE));
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock },
    });
    data = generateDataset(1_500, 7, ANCHOR);
    await insertDatasetRows(ctx.db, testDialect, data);
    repos = createRepositories(ctx.db);
    // Checks for other instances' writes before every search.
    keeper = new DirectoryIndexKeeper(new NextMeetingRefresh(), 0);
  }, 120_000);
  afterAll(async () => {
    await ctx.close();
  });

  /**
   * Compares `count` seeded searches; returns how many returned at least one group, and how
   * many of those searched for words.
   */
  async function compare(seed: number, count: number): Promise<{ pages: number; texts: number }> {
    const rng = new Rng(seed);
    const words = vocabulary(data);
    let pages = 0;
    let texts = 0;
    for (let i = 0; i < count; i++) {
      const now = clock.now();
      const f = randomFilters(rng, data, words, now.toISOString());
      // The keeper first: it moves ended meetings on in the database, as a search does.
      const index = await keeper.current(repos, now);
      await keeper.prepareWords(repos, index, f);
      const fromIndex = index.search(f);
      const fromSql = (await repos.directory.search(f)).map((r) => ({
        id: r.group.id,
        updatedAt: r.group.updatedAt,
        nearness: r.nearness,
      }));
      expect(fromIndex, JSON.stringify(f)).toEqual(fromSql);
      if (fromSql.length > 0) {
        pages += 1;
        if (f.text !== undefined) texts += 1;
      }
    }
    return { pages, texts };
  }

  it('for hundreds of random searches', async () => {
    const { pages, texts } = await compare(1, 500);
    // The mix must exercise real pages, not only empty ones, with words too.
    expect(pages).toBeGreaterThan(150);
    expect(texts).toBeGreaterThan(30);
  }, 120_000);

  it('after groups are written through the app', async () => {
    const admin = await ctx.newUser({ role: 'admin' });
    const res = await ctx.request({
      method: 'POST',
      url: '/api/manage/groups',
      as: admin,
      payload: groupInput({
        slug: 'aaa-index-newcomer',
        name: 'Aaa First By Name',
        schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [1, 3, 5] } })],
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json<{ id: string }>();
    const paused = await ctx.request({
      method: 'PATCH',
      url: `/api/manage/groups/${data.groups[0]?.id ?? ''}/status`,
      as: admin,
      payload: { status: 'paused' },
    });
    expect(paused.statusCode, paused.body).toBe(200);
    // The app's own keeper saw the writes; this one finds them by their stamps.
    const index = await keeper.current(repos, clock.now());
    const first = index.search({
      tags: {},
      sort: 'name',
      offset: 0,
      limit: 1,
      nowIso: clock.now().toISOString(),
    });
    expect(first?.[0]?.id).toBe(id);
    await compare(2, 150);
  }, 120_000);

  it('after another instance writes groups behind its back', async () => {
    const stamp = new Date(clock.now().getTime() + 1_000).toISOString();
    const targets = data.groups.slice(10, 20).map((g) => g.id);
    await ctx.db
      .updateTable('support_group')
      .set({ leadership: 'self-guided', cost: 'fee', updated_at: stamp })
      .where('id', 'in', targets)
      .execute();
    await ctx.db
      .updateTable('support_group')
      .set({ status: 'archived', updated_at: stamp })
      .where('id', '=', data.groups[30]?.id ?? '')
      .execute();
    await ctx.db.deleteFrom('group_tag').where('group_id', 'in', targets).execute();
    await compare(3, 150);
  }, 120_000);

  it('as meetings end and days pass', async () => {
    for (const hours of [1, 3, 9, 30]) {
      clock.advance(hours * 60 * MINUTE);
      await compare(100 + hours, 40);
    }
    clock.advance(3 * DAY_MS);
    await compare(200, 60);
  }, 120_000);
});
