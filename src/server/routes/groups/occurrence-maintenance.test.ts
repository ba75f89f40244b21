import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, testClock, type TestClock } from '../../../../test/helpers/clock';
import { weeklySchedule } from '../../../../test/helpers/group-builder';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, setStatus, slugs, WED_NOON_CHICAGO } from './groups.test-helpers';

// Occurrences are materialized six weeks ahead; the hourly job rolls the horizon forward so day
// filters keep finding groups as time passes.
describe('occurrence maintenance: extendHorizons', () => {
  let ctx: TestContext;
  let clock: TestClock;
  beforeAll(async () => {
    clock = testClock(WED_NOON_CHICAGO);
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    await createGroup(ctx, admin, {
      slug: 'friday-group',
      schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [5] } })],
    });
    // The 20th: Fri 20 June, Sun 20 July, Wed 20 August.
    await createGroup(ctx, admin, {
      slug: 'monthly-group',
      schedules: [weeklySchedule({ recurrence: { kind: 'monthly-day', dayOfMonth: 20 } })],
    });
    const paused = await createGroup(ctx, admin, { slug: 'paused-group' });
    await setStatus(ctx, admin, paused.id, 'paused');
    const archived = await createGroup(ctx, admin, { slug: 'archived-group' });
    await setStatus(ctx, admin, archived.id, 'archived');
  });
  afterAll(async () => {
    await ctx.close();
  });

  const horizons = async () =>
    Object.fromEntries(
      (
        await ctx.db.selectFrom('support_group').select(['slug', 'occurrences_until']).execute()
      ).map((r) => [r.slug, r.occurrences_until]),
    );

  it('materializes six weeks on create', async () => {
    const until = new Date(WED_NOON_CHICAGO.getTime() + 42 * DAY).toISOString();
    expect(await horizons()).toEqual({
      'friday-group': until,
      'monthly-group': until,
      'paused-group': until,
      'archived-group': until,
    });
    // Friday 20 June is the monthly group's only Friday in view.
    expect((await slugs(ctx, 'day=5')).sort()).toEqual(['friday-group', 'monthly-group']);
    expect(await slugs(ctx, 'day=0')).toEqual([]);
    // Nothing needs extending yet.
    expect(await ctx.app.services.occurrenceMaintenance.extendHorizons()).toBe(0);
  });

  it('40 days later, extends every group that is not archived so day filters find them', async () => {
    clock.advance(40 * DAY); // Monday 14 July, 12:00; the horizon ends Wednesday 16 July
    expect(await slugs(ctx, 'day=5')).toEqual([]);
    expect(await slugs(ctx, 'day=0')).toEqual([]);

    expect(await ctx.app.services.occurrenceMaintenance.extendHorizons()).toBe(3);

    const until = new Date(clock.now().getTime() + 42 * DAY).toISOString();
    expect(await horizons()).toEqual({
      'friday-group': until,
      'monthly-group': until,
      'paused-group': until,
      'archived-group': new Date(WED_NOON_CHICAGO.getTime() + 42 * DAY).toISOString(),
    });
    expect(await slugs(ctx, 'day=5')).toEqual(['friday-group']);
    expect(await slugs(ctx, 'day=0')).toEqual(['monthly-group']); // Sun 20 July
    expect(await slugs(ctx, 'day=3')).toEqual(['monthly-group']); // Wed 20 August
    expect(await slugs(ctx, 'day=2')).toEqual([]); // paused and archived stay unlisted

    // The next meeting moved on too, and old occurrences were let go.
    const friday = await ctx.db
      .selectFrom('support_group')
      .select(['id', 'next_start_at'])
      .where('slug', '=', 'friday-group')
      .executeTakeFirstOrThrow();
    expect(friday.next_start_at).toBe('2025-07-19T00:00:00.000Z'); // Fri 18 July, 19:00 CDT
    const oldest = await ctx.db
      .selectFrom('occurrence')
      .select((eb) => eb.fn.min('start_at').as('start'))
      .where('group_id', '=', friday.id)
      .executeTakeFirstOrThrow();
    expect(oldest.start >= new Date(clock.now().getTime() - DAY).toISOString()).toBe(true);

    // Done until the horizon comes close again.
    expect(await ctx.app.services.occurrenceMaintenance.extendHorizons()).toBe(0);
  });

  it('sorts by the new next meetings', async () => {
    expect(await slugs(ctx, 'sort=next')).toEqual(['friday-group', 'monthly-group']);
  });
});
