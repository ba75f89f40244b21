import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleInput } from '../../../contracts/groups';
import { distanceMiles, type LatLng } from '../../../domain/directory/distance';
import { testClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, search, slugs, WED_NOON_CHICAGO } from './groups.test-helpers';

// Distance from a ZIP, a city or lat/lng, with places at computed offsets around the radius
// edges. Each fixture keeps ≥ 0.3 mi from an edge: the server uses an equirectangular
// approximation, the fixtures are checked with great-circle distances.
const WARRENVILLE: LatLng = { lat: 41.828, lng: -88.1921 }; // ZIP 60555
const MILES_PER_DEG_LAT = 69.0934;

function offset(northMiles: number, eastMiles: number): LatLng {
  const perDegLng = MILES_PER_DEG_LAT * Math.cos((WARRENVILLE.lat * Math.PI) / 180);
  return {
    lat: WARRENVILLE.lat + northMiles / MILES_PER_DEG_LAT,
    lng: WARRENVILLE.lng + eastMiles / perDegLng,
  };
}

const at = (p: LatLng, mode: ScheduleInput['mode'] = 'in-person') =>
  weeklySchedule({
    mode,
    place: { name: 'Meeting room', address: '1 Main St', latitude: p.lat, longitude: p.lng },
    ...(mode === 'hybrid' ? { online: { joinUrl: 'https://meet.example.org/h' } } : {}),
  });

const PLACES = {
  'northeast-2': offset(1.4, 1.4),
  'two-places': offset(-3, 0), // and a second meeting 12 mi north
  'north-4-7': offset(4.7, 0),
  'east-5-3': offset(0, 5.3),
  'south-9-7': offset(-9.7, 0),
  'west-10-3': offset(0, -10.3),
  'chicago-far': { lat: 41.8781, lng: -87.6298 },
};
const MILES: Record<keyof typeof PLACES, number> = {
  'northeast-2': 1.98,
  'two-places': 3,
  'north-4-7': 4.7,
  'east-5-3': 5.3,
  'south-9-7': 9.7,
  'west-10-3': 10.3,
  'chicago-far': 29.1,
};
const BY_DISTANCE = ['northeast-2', 'two-places', 'north-4-7', 'east-5-3', 'south-9-7'];
const NAMES: Record<keyof typeof PLACES, string> = {
  'east-5-3': 'Aspen',
  'northeast-2': 'Birch',
  'two-places': 'Cedar',
  'south-9-7': 'Dogwood',
  'north-4-7': 'Elm',
  'west-10-3': 'Fir',
  'chicago-far': 'Ginkgo',
};

describe('GET /api/groups: distance', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    for (const [slug, place] of Object.entries(PLACES)) {
      const schedules = [at(place, slug === 'northeast-2' ? 'hybrid' : 'in-person')];
      if (slug === 'two-places') schedules.push(at(offset(12, 0)));
      await createGroup(ctx, admin, { slug, name: NAMES[slug as keyof typeof PLACES], schedules });
    }
    await createGroup(ctx, admin, { slug: 'online-only', schedules: [onlineSchedule()] });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('has fixtures where the test says they are (great-circle)', () => {
    for (const [slug, place] of Object.entries(PLACES)) {
      const expected = MILES[slug as keyof typeof PLACES];
      expect(Math.abs(distanceMiles(WARRENVILLE, place) - expected), slug).toBeLessThan(0.1);
    }
    for (const edge of [5, 10, 25]) {
      for (const miles of Object.values(MILES)) expect(Math.abs(miles - edge)).toBeGreaterThan(0.2);
    }
  });

  it.each([
    [5, ['northeast-2', 'two-places', 'north-4-7']],
    [10, BY_DISTANCE],
    [25, [...BY_DISTANCE, 'west-10-3']],
  ])('near=60555&radius=%i keeps the groups inside, nearest first', async (radius, expected) => {
    expect(await slugs(ctx, `near=60555&radius=${radius}`)).toEqual(expected);
  });

  it('uses a 25-mile radius and nearest-first by default', async () => {
    const reply = await search(ctx, 'near=60555');
    expect(reply.groups.map((g) => g.slug)).toEqual([...BY_DISTANCE, 'west-10-3']);
    expect(reply.origin).toEqual({
      label: 'Warrenville, IL 60555',
      latitude: 41.828,
      longitude: -88.1921,
    });
    expect(reply.notice).toBeNull();
    for (const g of reply.groups) {
      const miles = MILES[g.slug as keyof typeof PLACES];
      expect(g.distanceMiles, g.slug).not.toBeNull();
      expect(Math.abs((g.distanceMiles ?? 0) - miles), g.slug).toBeLessThanOrEqual(0.2);
    }
  });

  it('measures a group with several places to its nearest one', async () => {
    const reply = await search(ctx, 'near=60555&radius=5');
    const g = reply.groups.find((x) => x.slug === 'two-places');
    expect(Math.abs((g?.distanceMiles ?? 0) - 3)).toBeLessThanOrEqual(0.2);
  });

  it('takes lat/lng instead of near, with the same answer', async () => {
    const reply = await search(ctx, 'lat=41.828&lng=-88.1921&radius=10');
    expect(reply.groups.map((g) => g.slug)).toEqual(BY_DISTANCE);
    expect(reply.origin).toMatchObject({ latitude: 41.828, longitude: -88.1921 });
    expect(reply.notice).toBeNull();
  });

  it('takes a city name', async () => {
    const reply = await search(ctx, `near=${encodeURIComponent('Warrenville, IL')}&radius=5`);
    expect(reply.origin?.label).toBe('Warrenville, IL');
    expect(reply.groups.map((g) => g.slug)).toEqual(['northeast-2', 'two-places', 'north-4-7']);
  });

  it.each(['00000', 'Qwertyuiop', 'Nowhere Town, ZZ'])(
    'an unknown place (%s) → 200 with a notice and no distance filtering',
    async (near) => {
      const reply = await search(ctx, `near=${encodeURIComponent(near)}&radius=5`);
      expect(reply.origin).toBeNull();
      expect(reply.notice).toEqual(expect.stringContaining(near));
      expect(reply.groups.map((g) => g.slug).sort()).toEqual(
        [...Object.keys(PLACES), 'online-only'].sort(),
      );
      expect(reply.groups.every((g) => g.distanceMiles === null)).toBe(true);
    },
  );

  it('leaves online-only groups out near a place, unless format=online is asked for', async () => {
    expect(await slugs(ctx, 'near=60555&radius=500')).not.toContain('online-only');
    expect(await slugs(ctx, 'lat=41.828&lng=-88.1921&radius=500')).not.toContain('online-only');
    // Online attendance: the online-only group, and hybrid groups within the radius.
    const online = await search(ctx, 'near=60555&radius=5&format=online');
    expect(online.groups.map((g) => g.slug)).toEqual(['northeast-2', 'online-only']);
    expect(online.groups.find((g) => g.slug === 'online-only')?.distanceMiles).toBeNull();
    expect(await slugs(ctx, 'near=60555&radius=5&format=in-person')).toEqual([
      'northeast-2',
      'two-places',
      'north-4-7',
    ]);
    // Without a place, online-only groups are listed like any other.
    expect(await slugs(ctx, '')).toContain('online-only');
  });

  it('still filters by distance when sorted another way', async () => {
    expect(await slugs(ctx, 'near=60555&radius=10&sort=name')).toEqual([
      'east-5-3',
      'northeast-2',
      'two-places',
      'south-9-7',
      'north-4-7',
    ]);
  });

  it.each([
    ['radius=0', 'radius'],
    ['radius=501', 'radius'],
    ['radius=far', 'radius'],
    ['lat=91&lng=0', 'lat'],
    ['lat=0&lng=-181', 'lng'],
    ['lat=north&lng=0', 'lat'],
    [`near=${'1'.repeat(101)}`, 'near'],
  ])('%s → 400 naming the parameter', async (query, param) => {
    const res = await ctx.request({ method: 'GET', url: `/api/groups?${query}` });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual([param]);
  });
});
