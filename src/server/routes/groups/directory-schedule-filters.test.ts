import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupInput, ScheduleInput } from '../../../contracts/groups';
import { testClock } from '../../../../test/helpers/clock';
import { groupInput, weeklySchedule } from '../../../../test/helpers/group-builder';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, slugs, WED_NOON_CHICAGO } from './groups.test-helpers';

// Day and time-of-day filters work on the coming weeks' real occurrences, in each schedule's
// own zone. "Now" is Wed 4 June 2025, 12:00 in Chicago; the horizon runs to 16 July.
const at = (
  recurrence: ScheduleInput['recurrence'],
  start: string,
  end: string,
  extra: Partial<ScheduleInput> = {},
) => weeklySchedule({ recurrence, start, end, ...extra });

const GROUPS: Record<string, ScheduleInput> = {
  'tue-evening': at({ kind: 'weekly', days: [2] }, '19:00', '20:30'),
  'thu-morning': at({ kind: 'weekly', days: [4] }, '09:00', '10:00'),
  // Monday 23:30 in Chicago is Tuesday 04:30 UTC: it is a Monday (and a night) meeting.
  'mon-late': at({ kind: 'weekly', days: [1] }, '23:30', '00:30'),
  'sat-early': at({ kind: 'weekly', days: [6] }, '04:30', '05:30'),
  'wed-1630': at({ kind: 'weekly', days: [3] }, '16:30', '17:30'),
  'fri-2100': at({ kind: 'weekly', days: [5] }, '21:00', '22:00'),
  // First Monday of the month: only 7 July is in view.
  'first-monday': at({ kind: 'monthly-nth', weekday: 1, nths: [1] }, '12:00', '13:00'),
  // The 15th: Sunday 15 June and Tuesday 15 July.
  'monthly-15th': at({ kind: 'monthly-day', dayOfMonth: 15 }, '12:30', '13:30'),
  'biweekly-fri': at({ kind: 'biweekly', days: [5], anchorDate: '2025-06-06' }, '10:00', '11:00'),
  'once-sunday': at({ kind: 'once', date: '2025-06-22' }, '10:00', '11:00'),
  // Third Thursday: only 19 June is in view, and it is cancelled.
  'third-thu-cancelled': at({ kind: 'monthly-nth', weekday: 4, nths: [3] }, '18:00', '19:00', {
    exceptions: [{ date: '2025-06-19', kind: 'cancelled', note: 'Room unavailable' }],
  }),
};

describe('GET /api/groups: day and time-of-day filters', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    for (const [slug, schedule] of Object.entries(GROUPS)) {
      await createGroup(ctx, admin, { slug, schedules: [schedule] });
    }
  });
  afterAll(async () => {
    await ctx.close();
  });

  const sorted = async (query: string) => (await slugs(ctx, query)).sort();

  it.each([
    [0, ['monthly-15th', 'once-sunday']],
    [1, ['first-monday', 'mon-late']],
    [2, ['monthly-15th', 'tue-evening']],
    [3, ['wed-1630']],
    [4, ['thu-morning']],
    [5, ['biweekly-fri', 'fri-2100']],
    [6, ['sat-early']],
  ])('day=%i lists the groups meeting that local weekday', async (day, expected) => {
    expect(await sorted(`day=${day}`)).toEqual(expected);
  });

  it.each([['day=2,4'], ['day=2&day=4'], ['day=4,2&day=2']])('ORs days: %s', async (query) => {
    expect(await sorted(query)).toEqual(['monthly-15th', 'thu-morning', 'tue-evening']);
  });

  it.each([
    ['morning', ['biweekly-fri', 'once-sunday', 'sat-early', 'thu-morning']],
    ['midday', ['first-monday', 'monthly-15th', 'wed-1630']],
    ['evening', ['tue-evening', 'wed-1630']],
    ['night', ['fri-2100', 'mon-late', 'sat-early']],
  ])('time=%s uses the overlapping buckets', async (time, expected) => {
    expect(await sorted(`time=${time}`)).toEqual(expected);
  });

  it('ORs times: time=evening,night and repeated time params', async () => {
    const expected = ['fri-2100', 'mon-late', 'sat-early', 'tue-evening', 'wed-1630'];
    expect(await sorted('time=evening,night')).toEqual(expected);
    expect(await sorted('time=evening&time=night')).toEqual(expected);
  });

  it.each([
    ['day=1&time=night', ['mon-late']],
    ['day=1&time=midday', ['first-monday']],
    // Day and time must hold for the same meeting: the Tuesday the 15th is at 12:30.
    ['day=2&time=midday', ['monthly-15th']],
    ['day=2&time=evening', ['tue-evening']],
    ['day=2,4&time=morning', ['thu-morning']],
    ['day=0&time=midday', ['monthly-15th']],
    ['day=6&time=morning,night', ['sat-early']],
    ['day=4&time=evening', []],
    ['day=5&time=evening', []],
    ['day=2&format=online', []],
    ['day=1&topic=anxiety&time=night', ['mon-late']],
  ])('ANDs day, time and other filters: %s', async (query, expected) => {
    expect(await sorted(query)).toEqual(expected);
  });

  it('shows a cancelled occurrence on neither its day nor its time', async () => {
    const all = await sorted('');
    expect(all).toContain('third-thu-cancelled');
    expect(await sorted('day=4')).not.toContain('third-thu-cancelled');
    expect(await sorted('time=evening')).not.toContain('third-thu-cancelled');
  });
});

describe('GET /api/groups: cancelling the only occurrence in view', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it.each([
    ['once', { kind: 'once', date: '2025-06-28' }, '2025-06-28'],
    ['monthly', { kind: 'monthly-nth', weekday: 6, nths: [-1] }, '2025-06-28'],
  ] as [string, ScheduleInput['recurrence'], string][])(
    'a %s schedule stops matching its day once that date is cancelled',
    async (label, recurrence, date) => {
      const admin = await ctx.newUser({ role: 'admin' });
      const input: GroupInput = groupInput({
        slug: `saturday-${label}`,
        schedules: [weeklySchedule({ recurrence, start: '13:00', end: '14:00' })],
      });
      const created = await ctx.request({
        method: 'POST',
        url: '/api/manage/groups',
        as: admin,
        payload: input,
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json<{ id: string }>().id;
      expect(await slugs(ctx, 'day=6')).toContain(input.slug);
      expect(await slugs(ctx, 'day=6&time=midday')).toContain(input.slug);

      const schedule = (input.schedules ?? [])[0];
      const res = await ctx.request({
        method: 'PUT',
        url: `/api/manage/groups/${id}`,
        as: admin,
        payload: {
          ...input,
          schedules: [{ ...schedule, exceptions: [{ date, kind: 'cancelled', note: 'Holiday' }] }],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(await slugs(ctx, 'day=6')).not.toContain(input.slug);
      expect(await slugs(ctx, 'day=6&time=midday')).not.toContain(input.slug);
      // Still listed without a day filter, just with nothing coming up in view.
      expect(await slugs(ctx, '')).toContain(input.slug);
    },
  );
});
