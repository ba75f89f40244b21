// The 12 Step Meeting List CSV template: same dry run, report and guarantees as JSON feeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../contracts/imports';
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
  storedGroup,
} from '../meeting-guide/import.test-helpers';
import { columnKey, csvDay, csvTime, csvTypes } from './meeting-list-csv';

describe('reading the CSV template', () => {
  it.each([
    ['Time', 'time'],
    ['End Time', 'end_time'],
    ['Postal Code', 'postal_code'],
    ['Conference URL', 'conference_url'],
    ['Sub Region', 'sub_region'],
    ['Location Notes', 'location_notes'],
    ['ZIP', 'postal_code'],
    ['Meeting', 'name'],
  ])('column %s → %s', (header, key) => {
    expect(columnKey(header)).toBe(key);
  });

  it.each([
    ['6:00 PM', '18:00'],
    ['12:00 PM', '12:00'],
    ['12:30 am', '00:30'],
    ['7 pm', '19:00'],
    ['noon', '12:00'],
    ['18:05', '18:05'],
    ['18:05:00', '18:05'],
    ['soon', 'soon'],
  ])('time %s → %s', (text, time) => {
    expect(csvTime(text)).toBe(time);
  });

  it('reads days by name or number, and types by name or code', () => {
    expect(['Sunday', 'monday', 'Sat', '3', 'Funday'].map(csvDay)).toEqual([
      '0',
      '1',
      '6',
      '3',
      'Funday',
    ]);
    expect(
      csvTypes('Open, Wheelchair Access, Online Meeting, Temporary Closure, W, Glitter'),
    ).toEqual(['O', 'X', 'ONL', 'TC', 'W', 'Glitter']);
  });
});

describe(`CSV import (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  let report: ImportReport;
  const content = ownFixture('csv/meeting-list-template.csv');
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('a dry run reports every row and writes nothing', async () => {
    const before = await rowCounts(ctx);
    report = await runImport(ctx, admin, 'preview', {
      format: 'csv',
      content,
      source: 'template.csv',
    });
    expect(await rowCounts(ctx)).toEqual(before);
    expect(report).toMatchObject({
      format: 'csv',
      applied: false,
      counts: { records: 7, groups: 6, added: 6, errors: 1 },
    });
    // The bad row is named by its line in the file, as well as its index.
    expect(report.errors).toEqual([
      {
        index: 6,
        line: 8,
        slug: 'never-meets',
        field: 'day',
        message: 'Day "Funday" is not 0 (Sunday) to 6 (Saturday)',
      },
    ]);
    // The first row has a Group: its group is named after it (as TSML's group_id groups are).
    expect(slugsOf(report.added)).toEqual(
      [
        'after-work-group',
        'coffee-and-steps',
        'hora-de-vivir',
        'midday-meditation',
        'saturday-serenity',
        'sponsor-line',
      ].sort(),
    );
    expect(issueKeys(report.warnings)).toEqual(
      expect.arrayContaining([
        '0 after-work-topic latitude', // approximate: the centre of 60555
        '3 midday-meditation timezone',
        '3 midday-meditation types', // "Glitter Circle"
        '4 saturday-serenity slug', // made from the name
        '5 sponsor-line day', // by appointment
      ]),
    );
  });

  it('applies: 12-hour times, day names, type names, address columns, postal-code coordinates', async () => {
    const applied = await runImport(ctx, admin, 'apply', {
      format: 'csv',
      content,
      source: 'template.csv',
    });
    expect(applied.counts).toMatchObject({ added: 6, errors: 1 });
    const afterWork = await storedGroup(ctx, 'after-work-group');
    expect(afterWork).toMatchObject({
      name: 'After Work Group',
      description: 'Topic chosen by the chair each week.',
      source: 'template.csv',
      cost: 'donation',
    });
    expect(afterWork?.accessibility).toEqual(['wheelchair']);
    expect(afterWork?.schedules).toMatchObject([
      {
        recurrence: { kind: 'weekly', days: [1] },
        start_time: '18:00',
        end_time: '19:00',
        mode: 'in-person',
        place_name: 'Warrenville Library',
        address: '28W751 Stafford Pl, Warrenville, IL, 60555, USA',
        place_notes: 'Room B, downstairs',
        latitude: 41.828,
        longitude: -88.1921,
      },
    ]);
    const coffee = await storedGroup(ctx, 'coffee-and-steps');
    expect(coffee).toMatchObject({ attendance: 'shared-experience' });
    expect(coffee?.audiences).toEqual(['women']);
    expect(coffee?.schedules[0]).toMatchObject({
      recurrence: { kind: 'weekly', days: [2] },
      start_time: '07:30',
      end_time: '08:30',
      latitude: 41.7662,
    });
    const hora = await storedGroup(ctx, 'hora-de-vivir');
    expect(hora?.languages).toEqual(['es']);
    expect(hora?.schedules[0]).toMatchObject({
      mode: 'online',
      join_url: 'https://zoom.us/j/5550003333',
      dial_in: '(630) 555-0101',
    });
    expect((await storedGroup(ctx, 'saturday-serenity'))?.schedules[0]?.recurrence).toEqual({
      kind: 'weekly',
      days: [6],
    });
    expect(await storedGroup(ctx, 'sponsor-line')).toMatchObject({ schedules: [] });
  });

  it('is idempotent', async () => {
    const before = await rowCounts(ctx);
    const again = await runImport(ctx, admin, 'apply', {
      format: 'csv',
      content,
      source: 'template.csv',
    });
    expect(again.counts).toMatchObject({ added: 0, changed: 0, unchanged: 6, removed: 0 });
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it('bad rows are reported with line, slug and field; the good row is imported', async () => {
    const before = await rowCounts(ctx);
    const bad = await runImport(ctx, admin, 'apply', {
      format: 'csv',
      content: ownFixture('csv/bad-rows.csv'),
      source: 'bad-rows.csv',
    });
    expect(bad.errors.map((e) => [e.line, e.slug, e.field])).toEqual([
      [3, null, 'slug'], // neither Slug nor Name
      [4, 'good-row', 'slug'], // a duplicate
      [5, 'eighth-day', 'day'],
      [6, 'late-late', 'time'],
      [7, 'martian', 'timezone'],
      [8, 'plain-link', 'conference_url'], // http://
    ]);
    expect(bad.counts).toMatchObject({ records: 7, errors: 6, added: 1 });
    expect(slugsOf(bad.added)).toEqual(['good-row']);
    expect(await storedGroup(ctx, 'good-row')).toMatchObject({ name: 'Good Row' });
    for (const slug of ['eighth-day', 'late-late', 'martian', 'plain-link']) {
      expect(await storedGroup(ctx, slug), slug).toBe(undefined);
    }
    const after = await rowCounts(ctx);
    expect(after.support_group).toBe((before.support_group ?? 0) + 1);
  });

  it.each([
    ['no Name column', 'Time,Day,Title\n7:00 PM,Monday,Nope\n', /no Name column/],
    ['an unclosed quote', 'Time,Day,Name\n7:00 PM,Monday,"Nope\n', /not a readable CSV file/],
    ['a header only', 'Time,Day,Name\n', /no meetings/],
  ])('a file with %s: one clear error, nothing written', async (_what, csv, detail) => {
    const before = await rowCounts(ctx);
    const res = await importRequest(ctx, admin, 'apply', {
      format: 'csv',
      content: csv,
      source: 'bad.csv',
      planId: ANY_PLAN_ID,
    });
    expectProblem(res, 422, 'import_invalid_file');
    expect(res.json<{ detail: string }>().detail).toMatch(detail);
    expect(await rowCounts(ctx)).toEqual(before);
  });
});
