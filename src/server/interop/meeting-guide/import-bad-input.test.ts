// Bad input: a bad file is one clear error and nothing is written; a bad record is reported with
// its index, slug and field, and the rest of the import goes on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../../routes/groups/groups.test-helpers';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { expectProblem } from '../../../../test/helpers/problem';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';
import {
  ANY_PLAN_ID,
  importRequest,
  issueKeys,
  ownFixture,
  runImport,
  slugsOf,
} from './import.test-helpers';

describe(`import: bad files and bad records (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it.each([
    ['not-json.json', 422, 'import_invalid_file', /not a JSON file/],
    [
      'not-array.json',
      422,
      'import_invalid_file',
      /JSON array of meetings; this file holds an object/,
    ],
    ['empty.json', 422, 'import_invalid_file', /no meetings/],
  ] as const)('%s: one clear error, nothing written', async (file, status, code, detail) => {
    const before = await rowCounts(ctx);
    for (const step of ['preview', 'apply'] as const) {
      const res = await importRequest(ctx, admin, step, {
        content: ownFixture(`meeting-guide/${file}`),
        source: file,
        ...(step === 'apply' ? { planId: ANY_PLAN_ID } : {}),
      });
      expectProblem(res, status, code);
      expect(res.json<{ detail: string }>().detail).toMatch(detail);
    }
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it('a file over 20 MB: refused, saying so, nothing written', async () => {
    const before = await rowCounts(ctx);
    // Generated rather than checked in: valid JSON, just too big.
    const content = `[${' '.repeat(20 * 1024 * 1024)}]`;
    const res = await importRequest(ctx, admin, 'apply', {
      content,
      source: 'huge.json',
      planId: ANY_PLAN_ID,
    });
    expectProblem(res, 413, 'import_too_large');
    expect(res.json<{ detail: string }>().detail).toMatch(/20\.0 MB.*up to 20\.0 MB/);
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it('bad records are reported with index, slug and field; the rest is imported', async () => {
    const report = await runImport(ctx, admin, 'apply', {
      content: ownFixture('meeting-guide/bad-records.json'),
      source: 'bad-records.json',
    });
    expect(issueKeys(report.errors)).toEqual([
      '1 - slug', // no slug
      '2 good-one slug', // duplicate of record 0
      '3 day-seven day', // "7" is not 0–6
      '4 seven-pm time', // "7pm" is not HH:MM
      '5 mars-time timezone', // unknown zone
      '6 plain-http conference_url', // http:// join link
      '8 - record', // not an object
      '9 late-end end_time', // 25:00
      '10 nowhere latitude', // in person, but nowhere to put it on a map
    ]);
    expect(report.errors.find((e) => e.index === 3)?.message).toBe(
      'Day "7" is not 0 (Sunday) to 6 (Saturday)',
    );
    expect(report.errors.find((e) => e.index === 6)?.message).toBe(
      'Join links must start with https://',
    );
    expect(report.errors.find((e) => e.index === 2)?.message).toBe(
      'Duplicate slug: record #0 has it too',
    );
    expect(slugsOf(report.added)).toEqual(['good-one', 'good-two']);
    expect(report.counts).toMatchObject({ records: 11, added: 2, errors: 9 });
    const stored = await ctx.db.selectFrom('support_group').select('slug').execute();
    expect(stored.map((g) => g.slug).sort()).toEqual(['good-one', 'good-two']);
  });

  it('a bad record never gets its group archived, nor its group written without it', async () => {
    const feed = (day: number | string) => [
      {
        slug: 'pair-a',
        name: 'Pair',
        group_id: 'pair',
        day: 1,
        time: '10:00',
        conference_url: 'https://zoom.us/j/1',
      },
      {
        slug: 'pair-b',
        name: 'Pair',
        group_id: 'pair',
        day,
        time: '11:00',
        conference_url: 'https://zoom.us/j/2',
      },
      { slug: 'alone', name: 'Alone', day, time: '12:00', conference_url: 'https://zoom.us/j/3' },
    ];
    const source = 'pairs.json';
    const first = await runImport(ctx, admin, 'apply', {
      content: JSON.stringify(feed(2)),
      source,
    });
    expect(slugsOf(first.added)).toEqual(['alone', 'pair']);
    const broken = await runImport(ctx, admin, 'apply', {
      content: JSON.stringify(feed(9)),
      source,
    });
    expect(issueKeys(broken.errors)).toEqual(['1 pair-b day', '2 alone day']);
    expect(issueKeys(broken.warnings)).toContain('0 pair-a group_id');
    expect(broken.counts).toMatchObject({ added: 0, changed: 0, removed: 0 });
    const pair = await ctx.db
      .selectFrom('support_group')
      .innerJoin('schedule', 'schedule.group_id', 'support_group.id')
      .select(['support_group.status'])
      .where('support_group.slug', '=', 'pair')
      .execute();
    expect(pair).toEqual([{ status: 'active' }, { status: 'active' }]);
  });

  it('refuses to take over a slug held by a group from elsewhere', async () => {
    await runImport(ctx, admin, 'apply', {
      content: JSON.stringify([
        {
          slug: 'shared-slug',
          name: 'First Owner',
          day: 1,
          time: '09:00',
          conference_url: 'https://zoom.us/j/4',
        },
      ]),
      source: 'first.json',
    });
    const second = await runImport(ctx, admin, 'apply', {
      content: JSON.stringify([
        {
          slug: 'shared-slug',
          name: 'Second Owner',
          day: 2,
          time: '09:00',
          conference_url: 'https://zoom.us/j/5',
        },
      ]),
      source: 'second.json',
    });
    expect(second.errors).toEqual([
      expect.objectContaining({
        index: 0,
        slug: 'shared-slug',
        field: 'slug',
        message: '"shared-slug" is already used by a group imported from first.json: not imported',
      }),
    ]);
    const row = await ctx.db
      .selectFrom('support_group')
      .select(['name', 'source'])
      .where('slug', '=', 'shared-slug')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'First Owner', source: 'first.json' });
  });
});
