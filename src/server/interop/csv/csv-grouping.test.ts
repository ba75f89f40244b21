// CSV rows → groups: the Group column ties rows into one group, and slugs made for rows without
// one do not depend on the order of the rows (a re-sorted spreadsheet is the same import).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';
import { ownFixture, runImport, slugsOf, storedGroup } from '../meeting-guide/import.test-helpers';
import { assignSlugs } from './csv-slugs';
import { meetingRecordSchema } from '../meeting-guide/record-schema';
import { readMeetingListCsv } from './meeting-list-csv';

const content = ownFixture('csv/same-names.csv');
const [header = '', ...rows] = content.trimEnd().split('\n');
/** The same file with its rows in another order. */
const reordered = (order: number[]) => [header, ...order.map((i) => rows[i])].join('\n') + '\n';

const SLUGS = [
  'home-group-monday-1900',
  'home-group-thursday-1900',
  'lakeside-big-book',
  'lakeside-steps',
  'newcomers',
  'lakeside-group-friday-1800',
];

describe('slugs for rows without one', () => {
  it('do not depend on the order of the rows', () => {
    const forward = readMeetingListCsv(content).records.map((r) => r.slug);
    expect(forward).toEqual(SLUGS);
    const backward = readMeetingListCsv(reordered([5, 4, 3, 2, 1, 0])).records.map((r) => r.slug);
    expect(backward).toEqual([...SLUGS].reverse());
  });

  it('use the name alone unless another row, slug or group could claim it', () => {
    const notes = assignSlugs([
      { name: 'Solo', day: '1', time: '19:00' },
      { name: 'Taken', day: '2', time: '07:30' },
      { name: 'Other', slug: 'taken' },
      { name: 'Twice', day: '3', time: '12:00' },
      { name: 'Twice', day: '4', time: '12:00' },
      { name: 'Downtown', day: '5', time: '18:00' },
      { name: 'Downtown Big Book', group: 'Downtown', day: '6', time: '09:00' },
    ]);
    expect(notes.map((n) => n.slug)).toEqual([
      'solo',
      'taken-tuesday-0730',
      'twice-wednesday-1200',
      'twice-thursday-1200',
      'downtown-friday-1800',
      'downtown-big-book',
    ]);
    expect(notes[0]?.message).toBe('No slug: made "solo" from the name');
    expect(notes[1]?.message).toMatch(/from the name, day and time/);
  });

  it('keep within 64 characters, day and time included', () => {
    const name = 'A Very Long Meeting Name '.repeat(4);
    const rows: Partial<Record<string, string>>[] = [
      { name, day: '0', time: '08:00' },
      { name, day: '0', time: '09:00' },
    ];
    assignSlugs(rows);
    expect(rows[0]?.slug).toMatch(/^a-very-long-meeting-name-.*-sunday-0800$/);
    expect(rows[1]?.slug).toMatch(/-sunday-0900$/);
    for (const r of rows) expect(r.slug?.length).toBeLessThanOrEqual(64);
  });

  it('the Group column becomes group_id unless the file has one; Coordinates are read', () => {
    const { records } = readMeetingListCsv(
      'Name,Group,Group ID,Coordinates\nA1,Alpha,,"41.8, -88.1"\nB1,Beta,17,\n',
    );
    expect(records).toMatchObject([
      { group: 'Alpha', group_id: 'Alpha', coordinates: '41.8, -88.1' },
      { group: 'Beta', group_id: '17' },
    ]);
    // Read as a JSON record's TSML UI `coordinates` are.
    expect(meetingRecordSchema.parse(records[0])).toMatchObject({
      latitude: 41.8,
      longitude: -88.1,
    });
  });
});

describe(`CSV grouping (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('rows sharing a Group are one group with a schedule per row', async () => {
    const applied = await runImport(ctx, admin, 'apply', {
      format: 'csv',
      content,
      source: 'same-names.csv',
    });
    expect(applied.counts).toMatchObject({ records: 6, groups: 5, added: 5, errors: 0 });
    expect(slugsOf(applied.added)).toEqual(
      [
        'home-group-monday-1900',
        'home-group-thursday-1900',
        'lakeside-group',
        'lakeside-group-friday-1800',
        'newcomers',
      ].sort(),
    );
    const lakeside = await storedGroup(ctx, 'lakeside-group');
    expect(lakeside).toMatchObject({ name: 'Lakeside Group', attendance: 'open' });
    expect(lakeside?.schedules.map((s) => [s.recurrence, s.start_time])).toEqual([
      [{ kind: 'weekly', days: [2] }, '20:00'],
      [{ kind: 'weekly', days: [6] }, '10:00'],
    ]);
    // Same-named rows without a Group stay separate groups, each with its own day.
    expect(await storedGroup(ctx, 'home-group-thursday-1900')).toMatchObject({
      name: 'Home Group',
      attendance: 'shared-experience',
    });
  });

  it('the same rows in another order: everything unchanged', async () => {
    // Every row moves, the two Lakeside Group rows swap too: the import matches a group's
    // schedules to the stored ones (import-diff.ts), so their order does not matter.
    const again = await runImport(ctx, admin, 'preview', {
      format: 'csv',
      content: reordered([5, 4, 3, 2, 1, 0]),
      source: 'same-names.csv',
    });
    expect(again.counts).toMatchObject({
      groups: 5,
      added: 0,
      changed: 0,
      unchanged: 5,
      removed: 0,
      errors: 0,
    });
    expect(again.changed).toEqual([]);
    expect(slugsOf(again.unchanged)).toEqual(
      [
        'home-group-monday-1900',
        'home-group-thursday-1900',
        'lakeside-group',
        'lakeside-group-friday-1800',
        'newcomers',
      ].sort(),
    );
  });
});
