// Everything real feeds contain, from our fixtures: day forms, by appointment, entity URL keys,
// regions, TSML extras, unknown types, online-only meetings, TC, slugs to clean up, regrouping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../contracts/imports';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';
import { issueKeys, ownFixture, runImport, slugsOf, storedGroup } from './import.test-helpers';

describe(`import edge cases (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  let report: ImportReport;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
    report = await runImport(ctx, admin, 'apply', {
      content: ownFixture('meeting-guide/edge-cases.json'),
      source: 'edge-cases.json',
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('imports every record, with no errors', () => {
    expect(report.errors).toEqual([]);
    expect(report.counts).toMatchObject({ records: 11, groups: 11, added: 11 });
  });

  it('reads day as a number, a numeric string, or an array (one schedule per day)', async () => {
    expect((await storedGroup(ctx, 'number-day'))?.schedules).toMatchObject([
      { recurrence: { kind: 'weekly', days: [3] }, start_time: '07:30', end_time: '08:30' },
    ]);
    expect((await storedGroup(ctx, 'string-day'))?.schedules).toMatchObject([
      // Past midnight is fine: 23:00 to 00:30.
      { recurrence: { kind: 'weekly', days: [5] }, start_time: '23:00', end_time: '00:30' },
    ]);
    const array = await storedGroup(ctx, 'array-days');
    expect(array?.schedules.map((s) => s.recurrence)).toEqual([
      { kind: 'weekly', days: [1] },
      { kind: 'weekly', days: [3] },
      { kind: 'weekly', days: [5] },
    ]);
    expect(array?.schedules[0]).toMatchObject({
      mode: 'in-person',
      latitude: 41.8178,
      longitude: -88.1731,
    });
  });

  it('maps types: KD- topics and leadership, language codes, audiences; no 12-step default then', async () => {
    const array = await storedGroup(ctx, 'array-days');
    expect(array).toMatchObject({ leadership: 'professional', cost: 'free' });
    expect(array?.topics).toEqual(['anxiety']);
    expect(array?.languages).toEqual(['es']);
    const numberDay = await storedGroup(ctx, 'number-day');
    expect(numberDay?.audiences).toEqual(['women']); // "O, W" as one string
    expect(numberDay).toMatchObject({ cost: 'donation', leadership: 'peer' });
    expect(numberDay?.topics).toEqual(['twelve-step']);
    expect(numberDay?.languages).toEqual(['en']);
    expect((await storedGroup(ctx, 'region-sub-region'))?.attendance).toBe('shared-experience');
  });

  it('imports "by appointment" meetings without a schedule, and says so', async () => {
    expect(await storedGroup(ctx, 'by-appointment')).toMatchObject({
      status: 'active',
      schedules: [],
    });
    expect(issueKeys(report.warnings)).toContain('3 by-appointment day');
  });

  it('accepts entity_website_url, region/sub_region and TSML extras without complaint', () => {
    const quiet = ['entity-website', 'region-sub-region', 'friday-night-live'];
    const noisy = report.warnings.filter(
      (w) => quiet.includes(w.slug ?? '') && !(w.field === 'slug' && w.index === 10),
    );
    expect(noisy).toEqual([]);
  });

  it('keeps type codes Kindred does not model, reports unknown ones, and gives them back', async () => {
    // ["O", "ZZZ", "KD-NOPE", "SP", "D"]: O is modelled (open); SP and D are spec formats Kindred
    // does not model, kept quietly; ZZZ is another system's code, kept and reported; KD-NOPE
    // claims Kindred's own namespace without meaning anything there, so it is not kept.
    const unknown = report.warnings.filter((w) => w.slug === 'unknown-types');
    expect(unknown.map((w) => w.message)).toEqual([
      'Unknown type code "ZZZ": kept, and given back in Kindred\'s feed, but not shown in Kindred',
      'Unknown Kindred type code "KD-NOPE": ignored',
    ]);
    const stored = await storedGroup(ctx, 'unknown-types');
    expect(stored).toMatchObject({ format: 'online', attendance: 'open' });
    expect(JSON.parse(stored?.kept_types ?? '')).toEqual(['ZZZ', 'SP', 'D']);

    const feed = await ctx.request({ method: 'GET', url: '/api/meeting-guide.json' });
    const record = feed
      .json<{ group_id: string; types: string[] }[]>()
      .find((m) => m.group_id === 'unknown-types');
    expect(record?.types).toEqual(expect.arrayContaining(['O', 'ONL', 'ZZZ', 'SP', 'D']));
    expect(record?.types).not.toContain('KD-NOPE');
  });

  it('online-only meetings: an approximate address, or none, is not a place', async () => {
    for (const slug of ['number-day', 'online-no-address']) {
      expect((await storedGroup(ctx, slug))?.schedules[0], slug).toMatchObject({
        mode: 'online',
        place_name: null,
        latitude: null,
      });
    }
    expect((await storedGroup(ctx, 'string-day'))?.schedules[0]).toMatchObject({
      mode: 'online',
      dial_in: '+1 (630) 555-0103',
    });
  });

  it('TC + ONL is online (the room is closed); TC alone pauses the group, keeping its place', async () => {
    expect(await storedGroup(ctx, 'room-closed-still-online')).toMatchObject({
      status: 'active',
      format: 'online',
      schedules: [{ mode: 'online', place_name: null }],
    });
    expect(await storedGroup(ctx, 'temporarily-closed')).toMatchObject({
      status: 'paused',
      schedules: [{ mode: 'in-person', place_name: 'Closed Church' }],
    });
  });

  it('makes slugs fit our rules and reports the change', async () => {
    expect(await storedGroup(ctx, 'friday-night-live')).toBeDefined();
    const warning = report.warnings.find((w) => w.index === 10 && w.field === 'slug');
    // Named as the file writes it, so it can be found there.
    expect(warning?.slug).toBe('Friday Night Live!');
    expect(warning?.message).toContain('"Friday Night Live!" became "friday-night-live"');
  });

  it("regroups records that share a slug-like group_id (Kindred's own export)", async () => {
    const regroup = await runImport(ctx, admin, 'apply', {
      content: ownFixture('meeting-guide/kindred-regroup.json'),
      source: 'kindred-regroup.json',
    });
    expect(regroup.errors).toEqual([]);
    expect(slugsOf(regroup.added)).toEqual(['maple-room', 'solo-circle']);
    expect(regroup.added.find((g) => g.slug === 'maple-room')?.records).toEqual([
      'maple-room-monday-1900',
      'maple-room-thursday-1900',
    ]);
    const maple = await storedGroup(ctx, 'maple-room');
    expect(maple?.schedules.map((s) => s.recurrence)).toEqual([
      { kind: 'weekly', days: [1] },
      { kind: 'weekly', days: [4] },
    ]);
    expect(maple?.topics).toEqual(['depression']);
    expect(maple).toMatchObject({ cost: 'free', leadership: 'peer', name: 'Maple Room' });
    expect((await storedGroup(ctx, 'solo-circle'))?.schedules).toHaveLength(1);
  });
});
