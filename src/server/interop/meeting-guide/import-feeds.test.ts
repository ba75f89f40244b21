// Real feeds: the tsml-ui samples in ../shared (times.json, atlanta.json, invalid.json) when they
// are there, and our own checked-in feeds of the same kinds either way, so nothing is skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../../routes/groups/groups.test-helpers';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { expectProblem } from '../../../../test/helpers/problem';
import { testDialect } from '../../../../test/helpers/test-db';
import {
  ANY_PLAN_ID,
  HAVE_SHARED,
  importRequest,
  issueKeys,
  ownFixture,
  runImport,
  sharedFixture,
  slugsOf,
  storedGroup,
} from './import.test-helpers';

describe(`importing real Meeting Guide feeds (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  // Registered only when ../shared is there (so nothing shows as skipped without it); the
  // checked-in feeds below cover the same cases either way.
  if (HAVE_SHARED)
    describe('the tsml-ui samples in ../shared', () => {
      it('times.json: string days, no time zone, by appointment, online with a made-up address', async () => {
        const content = sharedFixture('times.json');
        const preview = await runImport(ctx, admin, 'preview', { content, source: 'times.json' });
        expect(preview.applied).toBe(false);
        expect(preview.counts).toMatchObject({ records: 9, groups: 9, added: 9, errors: 0 });
        // The README says times.json has a day of "7"; it does not (invalid.json does).
        expect(preview.errors).toEqual([]);
        expect(slugsOf(preview.added)).toEqual(
          [
            'appointment',
            'approximate',
            'monday-7am',
            'monday-7pm',
            'saturday-10am',
            'saturday-7pm',
            'saturday-8pm',
            'sunday-8am',
            'sunday-8pm',
          ].sort(),
        );
        expect(issueKeys(preview.warnings)).toEqual(
          expect.arrayContaining([
            '0 monday-7pm timezone',
            '0 monday-7pm latitude', // "123 Main St, Anytown, OK 12345": 12345 is in NY, not OK
            '4 appointment day',
            '8 approximate types', // NA is not a spec code
          ]),
        );

        const applied = await runImport(ctx, admin, 'apply', { content, source: 'times.json' });
        expect(applied.counts).toMatchObject({ added: 9, errors: 0 });
        const monday = await storedGroup(ctx, 'monday-7pm');
        expect(monday).toMatchObject({ name: 'Monday 7pm', status: 'active', format: 'online' });
        expect(monday?.audiences).toEqual(['men']);
        expect(monday?.schedules).toMatchObject([
          {
            recurrence: { kind: 'weekly', days: [1] },
            start_time: '19:00',
            end_time: '21:00',
            time_zone: 'America/Chicago',
            mode: 'online',
            join_url: 'https://zoom.us/d/1234567',
          },
        ]);
        expect((await storedGroup(ctx, 'monday-7am'))?.schedules[0]?.end_time).toBe('08:00');
        expect((await storedGroup(ctx, 'sunday-8pm'))?.schedules[0]?.recurrence).toEqual({
          kind: 'weekly',
          days: [0],
        });
        expect(await storedGroup(ctx, 'appointment')).toMatchObject({
          status: 'active',
          schedules: [],
        });
        expect(await storedGroup(ctx, 'approximate')).toMatchObject({
          status: 'paused',
          schedules: [],
          source: 'times.json',
        });
      });

      it('atlanta.json: a TSML export, regrouped by group_id, TSML extras ignored', async () => {
        const content = sharedFixture('atlanta.json');
        const report = await runImport(ctx, admin, 'apply', { content, source: 'atlanta.json' });
        expect(report.counts).toMatchObject({ records: 6, groups: 5, added: 5, errors: 0 });
        const covington = report.added.find((g) => g.slug === 'covington');
        expect(covington).toMatchObject({
          records: ['covington-4', 'covington-11'],
          schedules: 2,
          updated: '2021-08-17 04:25:00',
        });
        const early = await storedGroup(ctx, 'early-sunday-morning');
        expect(early).toMatchObject({
          attendance: 'shared-experience',
          description: 'Dr. Bob Room',
          cost: 'donation',
          format: 'in-person',
        });
        expect(early?.topics).toEqual(['twelve-step']);
        expect(early?.schedules[0]).toMatchObject({
          place_name: 'H.O.W. Place',
          address: '5881 Old Bascomb Rd, Acworth, GA 30102, USA',
          latitude: 34.099303,
          longitude: -84.579446,
          start_time: '09:00',
          end_time: '10:00',
        });
        expect((await storedGroup(ctx, 'sunday-meeting'))?.accessibility).toEqual(['wheelchair']);
        expect((await storedGroup(ctx, 'covington'))?.schedules.map((s) => s.start_time)).toEqual([
          '12:00',
          '19:00',
        ]);
      });

      it('invalid.json: refused whole, nothing written', async () => {
        const before = await rowCounts(ctx);
        for (const step of ['preview', 'apply'] as const) {
          const res = await importRequest(ctx, admin, step, {
            content: sharedFixture('invalid.json'),
            source: 'invalid.json',
            ...(step === 'apply' ? { planId: ANY_PLAN_ID } : {}),
          });
          expectProblem(res, 422, 'import_invalid_file');
          expect(res.json<{ detail: string }>().detail).toMatch(/not a JSON file/);
        }
        expect(await rowCounts(ctx)).toEqual(before);
      });
    });

  describe('our own feeds of the same kinds', () => {
    it('online-days.json (like times.json): string days, no zone, by appointment, inactive', async () => {
      const report = await runImport(ctx, admin, 'apply', {
        content: ownFixture('meeting-guide/online-days.json'),
        source: 'online-days.json',
      });
      expect(report.counts).toMatchObject({ records: 5, groups: 5, added: 5, errors: 0 });
      expect(await storedGroup(ctx, 'tuesday-noon')).toMatchObject({
        format: 'online',
        schedules: [
          {
            recurrence: { kind: 'weekly', days: [2] },
            start_time: '12:00',
            end_time: '13:00',
            time_zone: 'America/Chicago',
            place_name: null,
          },
        ],
      });
      const thursday = await storedGroup(ctx, 'thursday-night');
      expect(thursday).toMatchObject({ attendance: 'shared-experience' });
      expect(thursday?.audiences).toEqual(['women']);
      expect(thursday?.schedules[0]).toMatchObject({
        end_time: '21:00',
        online_notes: 'Password: serenity',
      });
      expect((await storedGroup(ctx, 'early-bird'))?.schedules[0]).toMatchObject({
        mode: 'online',
        dial_in: '+1 630 555 0100',
        join_url: null,
      });
      expect(await storedGroup(ctx, 'call-anytime')).toMatchObject({ schedules: [] });
      expect(await storedGroup(ctx, 'closed-area')).toMatchObject({
        status: 'paused',
        schedules: [],
      });
      expect(issueKeys(report.warnings)).toEqual(
        expect.arrayContaining([
          '0 tuesday-noon timezone',
          '3 call-anytime day',
          '4 closed-area types',
        ]),
      );
      expect(report.warnings.find((w) => w.message.includes('"XYZ"'))).toMatchObject({
        index: 4,
        slug: 'closed-area',
        field: 'types',
      });
    });

    it('tsml-export.json (like atlanta.json): regrouping, extras, entity and regions', async () => {
      const report = await runImport(ctx, admin, 'apply', {
        content: ownFixture('meeting-guide/tsml-export.json'),
        source: 'tsml-export.json',
      });
      expect(report.counts).toMatchObject({ records: 5, groups: 4, added: 4, errors: 0 });
      expect(report.added.find((g) => g.slug === 'wheaton-women')).toMatchObject({
        records: ['wheaton-women-3', 'wheaton-women-6'],
        schedules: 2,
        updated: '2024-01-20 11:15:00',
      });
      const women = await storedGroup(ctx, 'wheaton-women');
      expect(women).toMatchObject({ attendance: 'shared-experience', name: 'Wheaton Women' });
      expect(women?.audiences).toEqual(['women']);
      expect(women?.accessibility).toEqual(['asl']);
      const sunrise = await storedGroup(ctx, 'sunrise-serenity');
      expect(sunrise).toMatchObject({ description: 'Use the side entrance by the parking lot.' });
      expect(sunrise?.accessibility).toEqual(['wheelchair']);
      expect(sunrise?.schedules[0]).toMatchObject({
        place_name: 'Warrenville Community Church',
        place_notes: 'Fellowship hall, lower level',
        latitude: 41.81782,
        longitude: -88.17315,
      });
      expect((await storedGroup(ctx, 'noon-hybrid'))?.schedules[0]).toMatchObject({
        mode: 'hybrid',
        join_url: 'https://zoom.us/j/5550004444',
        dial_in: '+16305550102',
        place_name: 'Naperville Alano Club',
      });
      expect((await storedGroup(ctx, 'covered-bridge'))?.languages).toEqual(['es']);
      // covered-bridge names its zone; the others fall back to the organization's.
      expect(report.warnings.filter((w) => w.field === 'timezone')).toHaveLength(4);
    });

    it('not-json.json (like invalid.json): refused whole, nothing written', async () => {
      const before = await rowCounts(ctx);
      const res = await importRequest(ctx, admin, 'apply', {
        content: ownFixture('meeting-guide/not-json.json'),
        source: 'not-json.json',
        planId: ANY_PLAN_ID,
      });
      expectProblem(res, 422, 'import_invalid_file');
      expect(res.json<{ detail: string }>().detail).toMatch(/not a JSON file .*line 5/);
      expect(await rowCounts(ctx)).toEqual(before);
    });
  });
});
