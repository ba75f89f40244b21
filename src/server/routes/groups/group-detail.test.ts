import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../../contracts/groups';
import { testClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, setStatus, WED_NOON_CHICAGO } from './groups.test-helpers';

// GET /api/groups/:slug: the public group page. "Now" is Wed 4 June 2025, 12:00 in Chicago.
describe('GET /api/groups/:slug', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let member: TestUser;
  let facilitator: TestUser;
  let otherFacilitator: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    admin = await ctx.newUser({ role: 'admin' });
    member = await ctx.newUser();
    facilitator = await ctx.newUser({ role: 'facilitator' });
    otherFacilitator = await ctx.newUser({ role: 'facilitator' });
    await createGroup(ctx, admin, {
      slug: 'evening-circle',
      name: 'Evening Circle',
      description: 'A welcoming circle for people living with anxiety or low mood.',
      firstMeeting: 'Arrive ten minutes early; someone will meet you at the door.',
      capacity: 12,
      topics: ['anxiety', 'depression'],
      audiences: ['adults'],
      languages: ['en', 'es'],
      accessibility: ['wheelchair'],
      schedules: [
        weeklySchedule({
          exceptions: [
            { date: '2025-06-10', kind: 'cancelled', note: 'Library closed' },
            {
              date: '2025-06-17',
              kind: 'moved',
              start: '2025-06-18T18:00',
              end: '2025-06-18T19:30',
              note: 'Moved to Wednesday',
            },
          ],
        }),
        onlineSchedule({ online: { joinUrl: 'https://meet.example.org/open-room' } }),
      ],
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const get = (slug: string, as?: TestUser, query = '') =>
    ctx.request({ method: 'GET', url: `/api/groups/${slug}${query}`, ...(as ? { as } : {}) });

  it('answers the full page, with the next four occurrences in order', async () => {
    const res = await get('evening-circle');
    expect(res.statusCode, res.body).toBe(200);
    const g = res.json<GroupDetail>();
    expect(g).toMatchObject({
      slug: 'evening-circle',
      name: 'Evening Circle',
      status: 'active',
      format: 'hybrid',
      description: 'A welcoming circle for people living with anxiety or low mood.',
      firstMeeting: 'Arrive ten minutes early; someone will meet you at the door.',
      capacity: 12,
      leadership: 'peer',
      attendance: 'open',
      cost: 'free',
      topics: [
        { slug: 'anxiety', label: 'Anxiety' },
        { slug: 'depression', label: 'Depression' },
      ],
      categories: [{ slug: 'mental-health' }],
      audiences: ['adults'],
      languages: ['en', 'es'],
      accessibility: ['wheelchair'],
      place: 'Warrenville Public Library, 28W751 Stafford Pl, Warrenville, IL 60555',
      distanceMiles: null,
      abilities: { edit: false, changeStatus: false },
    });
    expect(g.schedules[0]).toMatch(/^Every Tuesday/);
    expect(g.upcoming).toEqual([
      {
        start: '2025-06-05T23:00:00.000Z', // Thursday 18:00, online
        end: '2025-06-06T00:00:00.000Z',
        status: 'scheduled',
        timeZone: 'America/Chicago',
        mode: 'online',
      },
      {
        start: '2025-06-11T00:00:00.000Z', // Tuesday 10 June 19:00, cancelled
        end: '2025-06-11T01:30:00.000Z',
        status: 'cancelled',
        note: 'Library closed',
        timeZone: 'America/Chicago',
        mode: 'in-person',
      },
      {
        start: '2025-06-12T23:00:00.000Z',
        end: '2025-06-13T00:00:00.000Z',
        status: 'scheduled',
        timeZone: 'America/Chicago',
        mode: 'online',
      },
      {
        start: '2025-06-18T23:00:00.000Z', // Tuesday 17 June moved to Wednesday 18:00
        end: '2025-06-19T00:30:00.000Z',
        status: 'moved',
        note: 'Moved to Wednesday',
        timeZone: 'America/Chicago',
        mode: 'in-person',
      },
    ]);
    // The next meeting that takes place; the cancelled one is not it.
    expect(g.next?.start).toBe('2025-06-05T23:00:00.000Z');
    expect(g.scheduleDetails).toHaveLength(2);
    expect(g.scheduleDetails[0]).toMatchObject({
      mode: 'in-person',
      online: null,
      onlineHidden: false,
      exceptions: [
        { date: '2025-06-10', kind: 'cancelled', note: 'Library closed' },
        { date: '2025-06-17', kind: 'moved', start: '2025-06-18T18:00' },
      ],
    });
    // Open groups show how to join to everyone.
    expect(g.scheduleDetails[1]).toMatchObject({
      online: { joinUrl: 'https://meet.example.org/open-room' },
      onlineHidden: false,
    });
  });

  it('speaks Spanish with ?lang=es or Accept-Language: es', async () => {
    for (const res of [
      await get('evening-circle', undefined, '?lang=es'),
      await ctx.request({
        method: 'GET',
        url: '/api/groups/evening-circle',
        headers: { 'accept-language': 'es-MX,es;q=0.9' },
      }),
    ]) {
      const g = res.json<GroupDetail>();
      expect(g.topics.map((t) => t.label)).toEqual(['Ansiedad', 'Depresión']);
      expect(g.schedules[0]).not.toMatch(/Tuesday/);
    }
  });

  it('shows managers what they may do', async () => {
    const asAdmin = (await get('evening-circle', admin)).json<GroupDetail>();
    expect(asAdmin.abilities).toEqual({ edit: true, changeStatus: true });
    for (const who of [member, otherFacilitator]) {
      expect((await get('evening-circle', who)).json<GroupDetail>().abilities).toEqual({
        edit: false,
        changeStatus: false,
      });
    }
  });

  it.each(['shared-experience', 'family-friends', 'members-only'] as const)(
    'keeps join details of a %s group from the public, members and other facilitators',
    async (attendance) => {
      const secret = `https://meet.example.org/secret-${attendance}-4711`;
      const created = await createGroup(ctx, facilitator, {
        slug: `private-${attendance}`,
        attendance,
        schedules: [
          weeklySchedule(),
          onlineSchedule({
            online: { joinUrl: secret, dialIn: '+1 312 555 0147', notes: 'Passcode 8812' },
          }),
        ],
      });
      expect(created.abilities.edit).toBe(true);
      for (const who of [undefined, member, otherFacilitator]) {
        const res = await get(`private-${attendance}`, who);
        expect(res.statusCode).toBe(200);
        const g = res.json<GroupDetail>();
        expect(g.scheduleDetails.map((s) => [s.online, s.onlineHidden])).toEqual([
          [null, false],
          [null, true],
        ]);
        for (const leak of [secret, 'secret-', '555 0147', '8812'])
          expect(res.body).not.toContain(leak);
      }
      const list = await ctx.request({ method: 'GET', url: '/api/groups?limit=50' });
      expect(list.body).toContain(`private-${attendance}`);
      expect(list.body).not.toContain('secret-');
      for (const who of [admin, facilitator]) {
        const g = (await get(`private-${attendance}`, who)).json<GroupDetail>();
        expect(g.scheduleDetails[1]).toMatchObject({
          online: { joinUrl: secret, dialIn: '+1 312 555 0147', notes: 'Passcode 8812' },
          onlineHidden: false,
        });
      }
    },
  );

  it('answers an archived group like a missing one, except to those who run it', async () => {
    const g = await createGroup(ctx, facilitator, { slug: 'archived-circle' });
    await setStatus(ctx, admin, g.id, 'archived');
    const missing = await get('no-such-group');
    expectProblem(missing, 404, 'not_found');
    for (const who of [undefined, member, otherFacilitator]) {
      const res = await get('archived-circle', who);
      expectProblem(res, 404, 'not_found');
      expect(res.body).toBe(missing.body);
      expect(res.headers['content-type']).toBe(missing.headers['content-type']);
    }
    for (const who of [admin, facilitator]) {
      const res = await get('archived-circle', who);
      expect(res.statusCode).toBe(200);
      expect(res.json<GroupDetail>().status).toBe('archived');
    }
  });

  it('shows a paused group with its status (but the directory does not list it)', async () => {
    const g = await createGroup(ctx, admin, { slug: 'paused-circle' });
    await setStatus(ctx, admin, g.id, 'paused');
    const res = await get('paused-circle');
    expect(res.statusCode).toBe(200);
    expect(res.json<GroupDetail>()).toMatchObject({ slug: 'paused-circle', status: 'paused' });
    const list = await ctx.request({ method: 'GET', url: '/api/groups?limit=50' });
    expect(list.body).not.toContain('paused-circle');
  });

  it('refuses a malformed slug', async () => {
    const res = await get('Not_A_Slug');
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual(['slug']);
  });
});
