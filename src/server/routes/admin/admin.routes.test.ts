import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';

interface Person {
  id: string;
  email: string;
  role: string;
}

describe('admin routes: access and roles', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let member: TestUser;
  let facilitator: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
    member = await ctx.newUser();
    facilitator = await ctx.newUser({ role: 'facilitator' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const roleOf = async (id: string) =>
    (
      await ctx.db
        .selectFrom('app_user')
        .select('role')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).role;

  it.each([
    ['GET', '/api/admin/people'],
    ['GET', '/api/admin/audit-events'],
    ['GET', '/api/admin/outbox'],
  ] as const)(
    '%s %s: 401 signed out, 403 for member and facilitator, 200 for admin',
    async (method, url) => {
      expectProblem(await ctx.request({ method, url }), 401, 'unauthenticated');
      expectProblem(await ctx.request({ method, url, as: member }), 403, 'forbidden');
      expectProblem(await ctx.request({ method, url, as: facilitator }), 403, 'forbidden');
      const ok = await ctx.request({ method, url, as: admin });
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['content-type']).toContain('application/json');
    },
  );

  it('PATCH /api/admin/people/:id: 401, 403 and 403 change nothing; the admin changes the role', async () => {
    const target = await ctx.newUser();
    const opts: InjectOptions = {
      method: 'PATCH',
      url: `/api/admin/people/${target.id}`,
      payload: { role: 'facilitator' },
    };
    expectProblem(await ctx.request(opts), 401, 'unauthenticated');
    expectProblem(await ctx.request({ ...opts, as: member }), 403, 'forbidden');
    expectProblem(await ctx.request({ ...opts, as: facilitator }), 403, 'forbidden');
    expect(await roleOf(target.id)).toBe('member');

    const ok = await ctx.request({ ...opts, as: admin });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: target.id, role: 'facilitator', email: target.email });
    expect(ok.body).not.toContain('password');
    expect(await roleOf(target.id)).toBe('facilitator');
  });

  it('a member cannot promote themselves', async () => {
    const self = await ctx.newUser();
    const res = await ctx.request({
      method: 'PATCH',
      url: `/api/admin/people/${self.id}`,
      as: self,
      payload: { role: 'admin' },
    });
    expectProblem(res, 403, 'forbidden');
    expect(await roleOf(self.id)).toBe('member');
  });

  it('audits a role change with from and to', async () => {
    const target = await ctx.newUser();
    await ctx.request({
      method: 'PATCH',
      url: `/api/admin/people/${target.id}`,
      as: admin,
      payload: { role: 'facilitator' },
    });
    const events = await ctx.request({
      method: 'GET',
      url: '/api/admin/audit-events?limit=100',
      as: admin,
    });
    const event = events
      .json<{
        events: {
          action: string;
          subjectId: string;
          actorId: string;
          actorDisplayName: string;
          detail: unknown;
        }[];
      }>()
      .events.find((e) => e.action === 'user.role_changed' && e.subjectId === target.id);
    expect(event).toMatchObject({
      actorId: admin.id,
      actorDisplayName: admin.displayName,
      detail: { from: 'member', to: 'facilitator' },
    });
  });

  it('applies a new role to an existing session at once', async () => {
    const promoted = await ctx.newUser();
    expectProblem(
      await ctx.request({ method: 'GET', url: '/api/admin/people', as: promoted }),
      403,
      'forbidden',
    );
    await ctx.request({
      method: 'PATCH',
      url: `/api/admin/people/${promoted.id}`,
      as: admin,
      payload: { role: 'admin' },
    });
    expect(
      (await ctx.request({ method: 'GET', url: '/api/admin/people', as: promoted })).statusCode,
    ).toBe(200);
  });

  it('answers 404 for someone who does not exist', async () => {
    const res = await ctx.request({
      method: 'PATCH',
      url: '/api/admin/people/0190a000-0000-7000-8000-000000000000',
      as: admin,
      payload: { role: 'member' },
    });
    expectProblem(res, 404, 'not_found');
  });

  it('names `role` when it is not a known role', async () => {
    const res = await ctx.request({
      method: 'PATCH',
      url: `/api/admin/people/${member.id}`,
      as: admin,
      payload: { role: 'owner' },
    });
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual(['role']);
    expect(await roleOf(member.id)).toBe('member');
  });

  it('names `limit` when it is out of range', async () => {
    for (const limit of ['0', '101', 'many']) {
      const res = await ctx.request({
        method: 'GET',
        url: `/api/admin/people?limit=${limit}`,
        as: admin,
      });
      expectProblem(res, 400, 'validation_failed');
      expect(errorPaths(res)).toEqual(['limit']);
    }
  });

  it('lists people without password hashes', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/admin/people?limit=100', as: admin });
    const people = res.json<{ people: Person[] }>().people;
    expect(people.map((p) => p.id)).toEqual(
      expect.arrayContaining([admin.id, member.id, facilitator.id]),
    );
    expect(people.find((p) => p.id === facilitator.id)?.role).toBe('facilitator');
    expect(res.body).not.toMatch(/argon2|passwordHash|password_hash/);
  });
});

describe('admin routes: the last admin', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const setRole = (as: TestUser, target: TestUser, role: string) =>
    ctx.request({ method: 'PATCH', url: `/api/admin/people/${target.id}`, as, payload: { role } });

  it('cannot step down alone, but can once a second admin exists', async () => {
    const first = await ctx.newUser({ role: 'admin' });
    const second = await ctx.newUser();

    expectProblem(await setRole(first, first, 'member'), 409, 'last_admin');
    expectProblem(await setRole(first, first, 'facilitator'), 409, 'last_admin');
    expect(
      (await ctx.request({ method: 'GET', url: '/api/admin/people', as: first })).statusCode,
    ).toBe(200);

    expect((await setRole(first, second, 'admin')).statusCode).toBe(200);
    const stepDown = await setRole(first, first, 'member');
    expect(stepDown.statusCode).toBe(200);
    expect(stepDown.json()).toMatchObject({ role: 'member' });
    expectProblem(
      await ctx.request({ method: 'GET', url: '/api/admin/people', as: first }),
      403,
      'forbidden',
    );

    expectProblem(await setRole(second, second, 'member'), 409, 'last_admin');
    const admins = await ctx.db
      .selectFrom('app_user')
      .select('id')
      .where('role', '=', 'admin')
      .execute();
    expect(admins.map((a) => a.id)).toEqual([second.id]);
  });
});
