import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, search, slugs, WED_NOON_CHICAGO } from './groups.test-helpers';

// Free-text search (`q`): FTS5 on SQLite, tsvector on PostgreSQL; both must agree on these.
const cantigny = weeklySchedule({
  place: {
    name: 'Cantigny Park Visitor Center',
    address: '1S151 Winfield Rd, Wheaton, IL 60189',
    latitude: 41.8506,
    longitude: -88.1617,
  },
});

describe('GET /api/groups?q=: text search', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    const quiet = { firstMeeting: 'Come as you are.', topics: ['depression'] };
    // The word in the name; alphabetically last and meeting latest, so only relevance can
    // put it first.
    await createGroup(ctx, admin, {
      ...quiet,
      slug: 'lantern-name',
      name: 'Wayfinders Lantern Circle',
      description: 'A quiet circle for people facing hard days together.',
      schedules: [weeklySchedule({ start: '20:00', end: '21:00' })],
    });
    await createGroup(ctx, admin, {
      ...quiet,
      slug: 'lantern-description',
      name: 'Monday Circle',
      description: 'We light a lantern and talk through hard weeks.',
      schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [4] } })],
    });
    await createGroup(ctx, admin, {
      ...quiet,
      slug: 'lantern-wheaton',
      name: 'Night Owls',
      description: 'A lantern walk for people who cannot sleep.',
      schedules: [cantigny],
    });
    await createGroup(ctx, admin, {
      ...quiet,
      slug: 'park-walk',
      name: 'Walk and Talk',
      description: 'We walk the trails before we sit down to talk.',
      topics: ['emotional-support'],
      schedules: [cantigny],
    });
    await createGroup(ctx, admin, {
      ...quiet,
      slug: 'grief-topic',
      name: 'Thursday Gathering',
      description: 'A gentle space to talk and to listen.',
      topics: ['grief-loss'],
    });
    await createGroup(ctx, admin, {
      ...quiet,
      slug: 'anxiety-online',
      name: 'Steady Breath',
      description: 'Tools for panic and worry, practised together.',
      topics: ['anxiety'],
      schedules: [onlineSchedule()],
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const sorted = async (query: string) => (await slugs(ctx, query)).sort();
  const q = (text: string) => `q=${encodeURIComponent(text)}`;

  it('ranks a group with the word in its name above those with it only in the description', async () => {
    const found = await slugs(ctx, q('lantern'));
    expect(found[0]).toBe('lantern-name');
    expect([...found].sort()).toEqual(['lantern-description', 'lantern-name', 'lantern-wheaton']);
    // Relevance is the default with q; sorting by next meeting puts the name match last.
    expect(await slugs(ctx, `${q('lantern')}&sort=relevance`)).toEqual(found);
    expect((await slugs(ctx, `${q('lantern')}&sort=next`)).at(-1)).toBe('lantern-name');
  });

  it.each([
    // description
    ['trails', ['park-walk']],
    // topic labels, English and Spanish, and the category label
    ['grief', ['grief-topic']],
    ['duelo', ['grief-topic']],
    ['Anxiety', ['anxiety-online']],
    ['ansiedad', ['anxiety-online']],
    ['life changes', ['grief-topic']],
    // place name and address
    ['Cantigny', ['lantern-wheaton', 'park-walk']],
    ['winfield', ['lantern-wheaton', 'park-walk']],
    ['60189', ['lantern-wheaton', 'park-walk']],
  ])('matches words across description, topics and place: %s', async (text, expected) => {
    expect(await sorted(q(text))).toEqual(expected);
  });

  it.each([
    ['lantern wheaton', ['lantern-wheaton']],
    ['walk lantern', ['lantern-wheaton']],
    ['talk wheaton', ['park-walk']],
    ['grief lantern', []],
    ['lantern nonexistentword', []],
  ])('requires every word: %s', async (text, expected) => {
    expect(await sorted(q(text))).toEqual(expected);
  });

  it.each([
    ['anx', ['anxiety-online']],
    ['ANX', ['anxiety-online']],
    ['cantig', ['lantern-wheaton', 'park-walk']],
    ['lantern cant', ['lantern-wheaton']],
    ['wayfind', ['lantern-name']],
    // Only the last word is a prefix.
    ['lant wheaton', []],
  ])('matches a prefix of the last word: %s', async (text, expected) => {
    expect(await sorted(q(text))).toEqual(expected);
  });

  it('ignores quotes and operators around real words', async () => {
    for (const text of [
      '"lantern"',
      'lantern*',
      '(lantern)',
      "lantern's",
      '-lantern',
      'lantern:',
    ]) {
      expect(await sorted(q(text)), text).toEqual([
        'lantern-description',
        'lantern-name',
        'lantern-wheaton',
      ]);
    }
  });

  it.each([
    '"',
    '*',
    'OR',
    'AND',
    'NOT',
    'NEAR',
    '-',
    '(',
    ')',
    "'",
    '""',
    '" OR "',
    'lantern OR',
    'OR lantern',
    'lantern AND NOT grief',
    'NEAR(lantern wheaton)',
    'lantern"',
    '"lantern',
    'lantern -',
    'col:lantern',
    'name:lantern',
    '^lantern',
    'lantern + -',
    '!',
    '&',
    '|',
    '<->',
    ':*',
    '\\',
    "'; drop table support_group; --",
    '%_%',
    '😊',
    '²',
    '½ Ⅻ',
    '中文 ٣',
    '   ',
  ])('never fails on %j', async (text) => {
    const res = await ctx.request({ method: 'GET', url: `/api/groups?${q(text)}` });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('lists everything for a query without words, and keeps the other filters', async () => {
    expect((await search(ctx, q('"*"'))).groups).toHaveLength(6);
    expect(await sorted(`${q('lantern')}&format=in-person&topic=depression`)).toEqual([
      'lantern-description',
      'lantern-name',
      'lantern-wheaton',
    ]);
    expect(await sorted(`${q('walk')}&topic=emotional-support`)).toEqual(['park-walk']);
  });

  it('names q when it is too long', async () => {
    const res = await ctx.request({ method: 'GET', url: `/api/groups?${q('x'.repeat(201))}` });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['q']);
  });
});
