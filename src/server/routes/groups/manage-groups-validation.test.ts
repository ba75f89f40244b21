import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail, GroupInput, ScheduleInput } from '../../../contracts/groups';
import { testClock } from '../../../../test/helpers/clock';
import { groupInput, onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, rowCounts, WED_NOON_CHICAGO } from './groups.test-helpers';

// Create and edit refuse every invalid field with 400 problem+json naming it, and write nothing.
const place = weeklySchedule().place;
const withSchedule = (s: ScheduleInput): Partial<GroupInput> => ({ schedules: [s] });

const INVALID: [string, Partial<GroupInput>, string][] = [
  [
    'end equal to start',
    withSchedule(weeklySchedule({ start: '19:00', end: '19:00' })),
    'schedules.0.end',
  ],
  [
    'an unknown time zone',
    withSchedule(weeklySchedule({ timeZone: 'Mars/Olympus' })),
    'schedules.0.timeZone',
  ],
  [
    'a zone abbreviation',
    withSchedule(weeklySchedule({ timeZone: 'CST' })),
    'schedules.0.timeZone',
  ],
  [
    'latitude 95',
    withSchedule(weeklySchedule({ place: { ...place, latitude: 95 } as ScheduleInput['place'] })),
    'schedules.0.place.latitude',
  ],
  [
    'longitude -200',
    withSchedule(
      weeklySchedule({ place: { ...place, longitude: -200 } as ScheduleInput['place'] }),
    ),
    'schedules.0.place.longitude',
  ],
  [
    'an http join link',
    withSchedule(onlineSchedule({ online: { joinUrl: 'http://meet.example.org/room' } })),
    'schedules.0.online.joinUrl',
  ],
  [
    'an in-person meeting without a place',
    withSchedule(weeklySchedule({ place: undefined })),
    'schedules.0.place',
  ],
  [
    'an online meeting without a link',
    withSchedule(onlineSchedule({ online: undefined })),
    'schedules.0.online',
  ],
  [
    'online details with neither link nor dial-in',
    withSchedule(onlineSchedule({ online: { notes: 'Ask us' } })),
    'schedules.0.online.joinUrl',
  ],
  [
    'a hybrid meeting without a link',
    withSchedule(weeklySchedule({ mode: 'hybrid' })),
    'schedules.0.online',
  ],
  ['an uppercase slug', { slug: 'Evening-Circle' }, 'slug'],
  ['a slug with spaces', { slug: 'evening circle' }, 'slug'],
  ['an unknown topic', { topics: ['astrology'] }, 'topics.0'],
  ['no topic', { topics: [] }, 'topics'],
  ['language xx', { languages: ['xx'] }, 'languages.0'],
  ['an unknown leadership', { leadership: 'boss' as 'peer' }, 'leadership'],
  ['a too-short description', { description: 'Hi' }, 'description'],
  [
    'an exception on a date the schedule does not meet',
    withSchedule(
      // Tuesdays only; 2025-06-11 is a Wednesday.
      weeklySchedule({ exceptions: [{ date: '2025-06-11', kind: 'cancelled' }] }),
    ),
    'schedules.0.exceptions.0.date',
  ],
  [
    'a moved meeting ending before it starts',
    withSchedule(
      weeklySchedule({
        exceptions: [
          { date: '2025-06-10', kind: 'moved', start: '2025-06-10T20:00', end: '2025-06-10T19:00' },
        ],
      }),
    ),
    'schedules.0.exceptions.0.end',
  ],
  [
    'a biweekly schedule without an anchor date',
    withSchedule(weeklySchedule({ recurrence: { kind: 'biweekly', days: [2] } as never })),
    'schedules.0.recurrence.anchorDate',
  ],
];

describe('POST and PUT /api/manage/groups: validation', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let existing: GroupDetail;
  let other: GroupDetail;
  let otherInput: GroupInput;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    admin = await ctx.newUser({ role: 'admin' });
    existing = await createGroup(ctx, admin, { slug: 'taken-slug' });
    otherInput = groupInput({ slug: 'other-group' });
    other = await createGroup(ctx, admin, otherInput);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it.each(INVALID)('create with %s → 400 naming it; nothing written', async (_, fields, path) => {
    const before = await rowCounts(ctx);
    const res = await ctx.request({
      method: 'POST',
      url: '/api/manage/groups',
      as: admin,
      payload: groupInput(fields),
    });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual([path]);
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it.each(INVALID)('edit with %s → 400 naming it; nothing changed', async (_, fields, path) => {
    const before = await rowCounts(ctx);
    const res = await ctx.request({
      method: 'PUT',
      url: `/api/manage/groups/${other.id}`,
      as: admin,
      payload: { ...otherInput, ...fields },
    });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual([path]);
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it('refuses a duplicate slug on create, naming slug', async () => {
    const before = await rowCounts(ctx);
    const res = await ctx.request({
      method: 'POST',
      url: '/api/manage/groups',
      as: admin,
      payload: groupInput({ slug: existing.slug }),
    });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual(['slug']);
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it('refuses a duplicate slug on edit, and keeps the group as it was', async () => {
    const before = await rowCounts(ctx);
    const res = await ctx.request({
      method: 'PUT',
      url: `/api/manage/groups/${other.id}`,
      as: admin,
      payload: { ...otherInput, name: 'Renamed', slug: existing.slug },
    });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual(['slug']);
    expect(await rowCounts(ctx)).toEqual(before);
    const row = await ctx.db
      .selectFrom('support_group')
      .select(['slug', 'name', 'updated_at'])
      .where('id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      slug: 'other-group',
      name: otherInput.name,
      updated_at: other.updatedAt,
    });
  });

  it('keeps its own slug on edit, and names several problems at once', async () => {
    const same = await ctx.request({
      method: 'PUT',
      url: `/api/manage/groups/${other.id}`,
      as: admin,
      payload: otherInput,
    });
    expect(same.statusCode, same.body).toBe(200);
    const res = await ctx.request({
      method: 'POST',
      url: '/api/manage/groups',
      as: admin,
      payload: groupInput({
        languages: ['en', 'xx'],
        schedules: [weeklySchedule(), weeklySchedule({ start: '20:00', end: '20:00' })],
      }),
    });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res).sort()).toEqual(['languages.1', 'schedules.1.end']);
  });

  it('reports topics and slug together when both are wrong (after the schema passes)', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/manage/groups',
      as: admin,
      payload: groupInput({ slug: existing.slug, topics: ['anxiety', 'astrology'] }),
    });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res).sort()).toEqual(['slug', 'topics.1']);
  });

  it('PATCH status names status when it is not one', async () => {
    const res = await ctx.request({
      method: 'PATCH',
      url: `/api/manage/groups/${other.id}/status`,
      as: admin,
      payload: { status: 'deleted' },
    });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual(['status']);
  });
});
