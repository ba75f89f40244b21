import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';
import type { GroupInput } from '../../../contracts/groups';
import {
  createGroup,
  rowCounts,
  search,
  setStatus,
  slugs,
  WED_NOON_CHICAGO,
} from './groups.test-helpers';

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

// Relevance ranks in tiers: every word in the name first, then every other match; within a tier
// the soonest meeting first (groups without one last), then the name. Both dialects must agree.
describe('GET /api/groups?q=: relevance tiers', () => {
  let ctx: TestContext;
  let admin: TestUser;
  // Wed 4 June 2025, noon in Chicago: Wednesday 18:00 is today, Monday is next week.
  const weekly = (day: number, start: string, end: string) =>
    weeklySchedule({ recurrence: { kind: 'weekly', days: [day] }, start, end });
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    admin = await ctx.newUser({ role: 'admin' });
    const quiet = { firstMeeting: 'Come as you are.', topics: ['depression'] };
    const groups = [
      // In the name, meeting Thursday.
      [
        'name-thu',
        'Evening Beacon',
        'People who talk things through.',
        weekly(4, '18:00', '19:00'),
      ],
      // In the name, meeting Saturday; the second word of "beacon lighthouse" only here.
      ['name-sat', 'Beacon Circle', 'We keep a lighthouse lamp lit.', weekly(6, '10:00', '11:00')],
      // Every word of "beacon lighthouse" in the name, meeting last of all.
      ['both-in-name', 'Lighthouse Beacon Group', 'Open to all.', weekly(1, '20:00', '21:00')],
      // In the name, but no meeting ahead.
      [
        'name-none',
        'Beacon Alumni',
        'We met once.',
        weeklySchedule({ recurrence: { kind: 'once', date: '2025-06-01' } }),
      ],
      // Only in the description, meeting today: sooner than every name match.
      ['text-wed', 'Wednesday Talk', 'A beacon for hard weeks.', weekly(3, '18:00', '19:00')],
      // Only in the place.
      [
        'place-fri',
        'Friday Friends',
        'Coffee and conversation.',
        weeklySchedule({
          recurrence: { kind: 'weekly', days: [5] },
          start: '09:00',
          end: '10:00',
          place: {
            name: 'Beacon Hall',
            address: '1 Harbor Rd, Wheaton, IL 60187',
            latitude: 41.866,
            longitude: -88.107,
          },
        }),
      ],
      ['text-mon', 'Monday Circle', 'Our beacon is each other.', weekly(1, '19:00', '20:00')],
      ['unrelated', 'Thursday Gathering', 'A gentle space.', weekly(4, '09:00', '10:00')],
    ] as const;
    for (const [slug, name, description, schedule] of groups) {
      await createGroup(ctx, admin, { ...quiet, slug, name, description, schedules: [schedule] });
    }
    // Not active: never listed, though its name matches.
    const paused = await createGroup(ctx, admin, {
      ...quiet,
      slug: 'paused-name',
      name: 'Beacon Paused',
      description: 'Taking a break.',
      schedules: [weekly(3, '13:00', '14:00')],
    });
    await setStatus(ctx, admin, paused.id, 'paused');
  });
  afterAll(async () => {
    await ctx.close();
  });

  const byRelevance = [
    // tier 0, soonest first, no meeting last
    'name-thu',
    'name-sat',
    'both-in-name',
    'name-none',
    // tier 1, soonest first
    'text-wed',
    'place-fri',
    'text-mon',
  ];

  it('puts name matches first, each tier soonest first', async () => {
    expect(await slugs(ctx, 'q=beacon')).toEqual(byRelevance);
    expect(await slugs(ctx, 'q=beacon&sort=relevance')).toEqual(byRelevance);
  });

  it('matches the last word as a prefix in the name too', async () => {
    expect(await slugs(ctx, 'q=beac')).toEqual(byRelevance);
    expect(await slugs(ctx, 'q=BEACONS')).toEqual(byRelevance);
  });

  it('ranks in the name only when every word is there', async () => {
    // "lighthouse" is in name-sat's description only: a tier 1 match.
    expect(await slugs(ctx, `q=${encodeURIComponent('beacon lighthouse')}`)).toEqual([
      'both-in-name',
      'name-sat',
    ]);
    expect(await slugs(ctx, `q=${encodeURIComponent('lighthouse beac')}`)).toEqual([
      'both-in-name',
      'name-sat',
    ]);
  });

  it('pages across the boundary between the tiers', async () => {
    const pages: string[][] = [];
    const more: boolean[] = [];
    for (const page of [1, 2, 3, 4]) {
      const reply = await search(ctx, `q=beacon&limit=2&page=${String(page)}`);
      pages.push(reply.groups.map((g) => g.slug));
      more.push(reply.hasMore);
    }
    expect(pages).toEqual([
      ['name-thu', 'name-sat'],
      ['both-in-name', 'name-none'],
      ['text-wed', 'place-fri'],
      ['text-mon'],
    ]);
    expect(more).toEqual([true, true, true, false]);
    // A page that starts inside the first tier and ends inside the second.
    expect(await slugs(ctx, 'q=beacon&limit=3&page=2')).toEqual([
      'name-none',
      'text-wed',
      'place-fri',
    ]);
  });

  it('keeps the other sorts, only filtered by the words', async () => {
    expect(await slugs(ctx, 'q=beacon&sort=next')).toEqual([
      'text-wed',
      'name-thu',
      'place-fri',
      'name-sat',
      'text-mon',
      'both-in-name',
      'name-none',
    ]);
    expect(await slugs(ctx, 'q=beacon&sort=name')).toEqual([
      'name-none',
      'name-sat',
      'name-thu',
      'place-fri',
      'both-in-name',
      'text-mon',
      'text-wed',
    ]);
  });

  it('keeps the tiers under other filters', async () => {
    expect(await slugs(ctx, 'q=beacon&day=1,3,6')).toEqual([
      'name-sat',
      'both-in-name',
      'text-wed',
      'text-mon',
    ]);
  });

  it('soonest first without words to rank by', async () => {
    const all = await slugs(ctx, `q=${encodeURIComponent('"*"')}&sort=relevance`);
    expect(all).toEqual(await slugs(ctx, 'sort=next'));
    expect(all[0]).toBe('text-wed');
  });

  it('follows a rename into the name tier, with one search entry per group', async () => {
    const found = (await search(ctx, 'q=monday')).groups.find((g) => g.slug === 'text-mon');
    const res = await ctx.request({
      method: 'GET',
      url: `/api/manage/groups/${found?.id ?? ''}`,
      as: admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { group } = res.json<{ group: GroupInput }>();
    const put = await ctx.request({
      method: 'PUT',
      url: `/api/manage/groups/${found?.id ?? ''}`,
      as: admin,
      payload: { ...group, name: 'Monday Beacon' },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(await slugs(ctx, 'q=beacon')).toEqual([
      'name-thu',
      'name-sat',
      'text-mon',
      'both-in-name',
      'name-none',
      'text-wed',
      'place-fri',
    ]);
    expect(await slugs(ctx, 'q=circle')).toEqual(['name-sat']);
    if (testDialect === 'sqlite') {
      const counts = await rowCounts(ctx);
      expect(counts.support_group_fts).toBe(counts.support_group);
    }
  });
});

// Enough matches that SQLite walks the groups in order and tests each against the match set
// (small sets are read from the full-text index and sorted instead): both give the same pages.
describe('GET /api/groups?q=: relevance tiers over many matches', () => {
  let ctx: TestContext;
  const PER_TIER = 45;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    for (let i = 0; i < PER_TIER; i += 1) {
      const at = (offset: number) =>
        weeklySchedule({
          recurrence: { kind: 'weekly', days: [(i + offset) % 7] },
          start: `${String(8 + ((i * 5 + offset) % 12)).padStart(2, '0')}:15`,
          end: `${String(9 + ((i * 5 + offset) % 12)).padStart(2, '0')}:00`,
        });
      const n = String(i).padStart(2, '0');
      await createGroup(ctx, admin, {
        slug: `name-${n}`,
        name: `Willow ${n}`,
        description: 'People who talk things through.',
        topics: ['depression'],
        schedules: [at(0)],
      });
      await createGroup(ctx, admin, {
        slug: `text-${n}`,
        name: `Circle ${n}`,
        description: 'We meet under the willow tree.',
        topics: ['depression'],
        schedules: [at(3)],
      });
    }
  });
  afterAll(async () => {
    await ctx.close();
  });

  /** Every page of a search, `limit` at a time. */
  async function allPages(query: string, limit: number): Promise<string[]> {
    const out: string[] = [];
    for (let page = 1; ; page += 1) {
      const reply = await search(ctx, `${query}&limit=${String(limit)}&page=${String(page)}`);
      out.push(...reply.groups.map((g) => g.slug));
      if (!reply.hasMore) return out;
    }
  }

  it('gives the name matches first, each tier in next-meeting order, on every page', async () => {
    const bySoonest = await allPages('q=willow&sort=next', 50);
    expect(bySoonest).toHaveLength(2 * PER_TIER);
    const expected = [
      ...bySoonest.filter((s) => s.startsWith('name-')),
      ...bySoonest.filter((s) => s.startsWith('text-')),
    ];
    expect(await allPages('q=willow', 50)).toEqual(expected);
    for (const limit of [1, 2, 7]) {
      expect(await allPages('q=willow', limit), `limit ${String(limit)}`).toEqual(expected);
    }
    expect(await slugs(ctx, 'q=wil&limit=1')).toEqual(expected.slice(0, 1));
  });

  it('pages in name order, and in next-meeting order, alike', async () => {
    const byName = await allPages('q=willow&sort=name', 50);
    expect(byName.slice(0, 2)).toEqual(['text-00', 'text-01']);
    expect(await slugs(ctx, 'q=willow&sort=name&limit=1')).toEqual(byName.slice(0, 1));
    expect(await allPages('q=willow&sort=next', 1)).toEqual(
      await allPages('q=willow&sort=next', 50),
    );
  });
});
