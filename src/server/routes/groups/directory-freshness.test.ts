import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, testClock, type TestClock } from '../../../../test/helpers/clock';
import { weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, editGroup, search, setStatus, WED_NOON_CHICAGO } from './groups.test-helpers';

// The directory keeps summaries, the taxonomy and the "next meetings are current" check in
// memory between requests; every change must still show on the very next search.
describe('GET /api/groups: what a search shows is current', () => {
  let ctx: TestContext;
  let clock: TestClock;
  let admin: TestUser;
  let wednesday: { id: string };

  beforeAll(async () => {
    clock = testClock(WED_NOON_CHICAGO);
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock },
    });
    admin = await ctx.newUser({ role: 'admin' });
    await createGroup(ctx, admin, {
      slug: 'tuesday-evening',
      name: 'Tuesday Evening Circle',
      schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [2] } })],
    });
    // Today (Wednesday) 18:00–19:00 Chicago: the soonest meeting of all.
    wednesday = await createGroup(ctx, admin, {
      slug: 'wednesday-evening',
      name: 'Wednesday Evening Circle',
      schedules: [
        weeklySchedule({ recurrence: { kind: 'weekly', days: [3] }, start: '18:00', end: '19:00' }),
      ],
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const bySlug = async (slug: string, query = '') => {
    const reply = await search(ctx, query);
    const found = reply.groups.find((g) => g.slug === slug);
    if (found === undefined) throw new Error(`${slug} not in ${JSON.stringify(reply.groups)}`);
    return found;
  };

  it('shows an edited schedule on the next search, in both languages', async () => {
    // Fill the summaries first, in English and in Spanish.
    expect((await bySlug('tuesday-evening')).schedules[0]).toMatch(/Tuesday/);
    expect((await bySlug('tuesday-evening', 'lang=es')).schedules[0]).toMatch(/martes/i);

    const groupId = (await bySlug('tuesday-evening')).id;
    await editGroup(ctx, admin, groupId, (current) => ({
      ...current,
      name: 'Friday Evening Circle',
      schedules: (current.schedules ?? []).map((s) => ({
        ...s,
        recurrence: { kind: 'weekly', days: [5] },
      })),
    }));

    const after = await bySlug('tuesday-evening');
    expect(after.name).toBe('Friday Evening Circle');
    expect(after.schedules[0]).toMatch(/Friday/);
    // Friday 6 June 2025, 19:00 CDT.
    expect(after.next?.start).toBe('2025-06-07T00:00:00.000Z');
    expect((await bySlug('tuesday-evening', 'lang=es')).schedules[0]).toMatch(/viernes/i);
  });

  it('moves on to the following meeting once one ends, and re-sorts', async () => {
    const first = await search(ctx, 'sort=next');
    expect(first.groups.map((g) => g.slug)).toEqual(['wednesday-evening', 'tuesday-evening']);
    expect(first.groups[0]?.next?.start).toBe('2025-06-04T23:00:00.000Z');

    // 18:30: in progress, still the next meeting.
    clock.advance(6.5 * 60 * MINUTE);
    expect((await bySlug('wednesday-evening')).next?.start).toBe('2025-06-04T23:00:00.000Z');

    // 19:01: it has ended; next week's comes next, after Friday's.
    clock.advance(31 * MINUTE);
    const later = await search(ctx, 'sort=next');
    expect(later.groups.map((g) => g.slug)).toEqual(['tuesday-evening', 'wednesday-evening']);
    expect(later.groups[1]?.next?.start).toBe('2025-06-11T23:00:00.000Z');
  });

  it('drops a paused group at once and shows it again when reactivated', async () => {
    await setStatus(ctx, admin, wednesday.id, 'paused');
    expect((await search(ctx)).groups.map((g) => g.slug)).toEqual(['tuesday-evening']);
    await setStatus(ctx, admin, wednesday.id, 'active');
    expect((await bySlug('wednesday-evening')).status).toBe('active');
  });

  it('shows a topic added by an admin with its label at once', async () => {
    const added = await ctx.request({
      method: 'POST',
      url: '/api/admin/topics',
      as: admin,
      payload: {
        categorySlug: 'specialized',
        slug: 'pet-loss',
        labelEn: 'Pet loss',
        labelEs: 'Pérdida de una mascota',
      },
    });
    expect(added.statusCode, added.body).toBeLessThan(300);
    await editGroup(ctx, admin, wednesday.id, (current) => ({ ...current, topics: ['pet-loss'] }));
    const found = await bySlug('wednesday-evening', 'lang=es');
    expect(found.topics).toEqual([{ slug: 'pet-loss', label: 'Pérdida de una mascota' }]);
  });
});
