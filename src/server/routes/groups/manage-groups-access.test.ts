import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../../contracts/groups';
import { groupInput } from '../../../../test/helpers/group-builder';
import { expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, rowCounts } from './groups.test-helpers';

interface ManagedList {
  groups: { id: string; slug: string }[];
  abilities: { create: boolean };
}

const MISSING_ID = '0190a000-0000-7000-8000-000000000000';

describe('manage groups: who may do what', () => {
  let ctx: TestContext;
  let admin: TestUser;
  let member: TestUser;
  let alice: TestUser; // facilitator
  let bob: TestUser; // facilitator
  let adminGroup: GroupDetail;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
    member = await ctx.newUser();
    alice = await ctx.newUser({ role: 'facilitator' });
    bob = await ctx.newUser({ role: 'facilitator' });
    adminGroup = await createGroup(ctx, admin, { slug: 'admin-group' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const edits = (id: string, slug = 'edited-slug'): InjectOptions[] => [
    { method: 'GET', url: `/api/manage/groups/${id}` },
    { method: 'PUT', url: `/api/manage/groups/${id}`, payload: groupInput({ slug }) },
    { method: 'PATCH', url: `/api/manage/groups/${id}/status`, payload: { status: 'paused' } },
  ];
  const list = async (as: TestUser) => {
    const res = await ctx.request({ method: 'GET', url: '/api/manage/groups', as });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ManagedList>();
  };

  it('answers 401 on every /api/manage route when signed out, before validating', async () => {
    for (const opts of [
      { method: 'GET', url: '/api/manage/groups' },
      { method: 'POST', url: '/api/manage/groups', payload: groupInput() },
      { method: 'POST', url: '/api/manage/groups', payload: { name: 1 } },
      ...edits(adminGroup.id),
      { method: 'PUT', url: `/api/manage/groups/${adminGroup.id}`, payload: {} },
    ] as InjectOptions[]) {
      expectProblem(await ctx.request(opts), 401, 'unauthenticated');
    }
  });

  it('a member: 403 on create and list, 404 (like a missing group) on edits; nothing written', async () => {
    const before = await rowCounts(ctx);
    expectProblem(
      await ctx.request({
        method: 'POST',
        url: '/api/manage/groups',
        as: member,
        payload: groupInput(),
      }),
      403,
      'forbidden',
    );
    expectProblem(
      await ctx.request({ method: 'GET', url: '/api/manage/groups', as: member }),
      403,
      'forbidden',
    );
    for (const [i, opts] of edits(adminGroup.id).entries()) {
      const res = await ctx.request({ ...opts, as: member });
      expectProblem(res, 404, 'not_found');
      const missing = await ctx.request({ ...(edits(MISSING_ID)[i] ?? opts), as: member });
      expect(res.body).toBe(missing.body);
    }
    expect(await rowCounts(ctx)).toEqual(before);
    expect(
      (await ctx.request({ method: 'GET', url: '/api/groups/admin-group' })).json(),
    ).toMatchObject({ status: 'active' });
  });

  it('a facilitator creates a group, facilitates it and can edit it', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/manage/groups',
      as: alice,
      payload: groupInput({ slug: 'alice-group' }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const g = res.json<GroupDetail>();
    expect(g.abilities).toEqual({ edit: true, changeStatus: true });
    const facilitators = await ctx.db
      .selectFrom('group_facilitator')
      .select('user_id')
      .where('group_id', '=', g.id)
      .execute();
    expect(facilitators).toEqual([{ user_id: alice.id }]);
    for (const opts of edits(g.id, 'alice-group')) {
      const edit = await ctx.request({ ...opts, as: alice });
      expect(edit.statusCode, `${String(opts.method)} ${edit.body}`).toBe(200);
    }
  });

  it("a facilitator cannot touch another facilitator's group: 404, nothing changed", async () => {
    const g = await createGroup(ctx, alice, { slug: 'alice-second' });
    const before = await rowCounts(ctx);
    for (const opts of edits(g.id)) {
      expectProblem(await ctx.request({ ...opts, as: bob }), 404, 'not_found');
    }
    for (const opts of edits(adminGroup.id)) {
      expectProblem(await ctx.request({ ...opts, as: bob }), 404, 'not_found');
    }
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it('admins edit any group, and the facilitator keeps it', async () => {
    const g = await createGroup(ctx, alice, { slug: 'alice-third' });
    const res = await ctx.request({
      method: 'PUT',
      url: `/api/manage/groups/${g.id}`,
      as: admin,
      payload: groupInput({ slug: 'alice-third', name: 'Renamed by admin' }),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<GroupDetail>().name).toBe('Renamed by admin');
    const status = await ctx.request({
      method: 'PATCH',
      url: `/api/manage/groups/${g.id}/status`,
      as: admin,
      payload: { status: 'paused' },
    });
    expect(status.statusCode).toBe(200);
    const again = await ctx.request({
      method: 'PATCH',
      url: `/api/manage/groups/${g.id}/status`,
      as: alice,
      payload: { status: 'active' },
    });
    expect(again.statusCode).toBe(200);
  });

  it('lists every group for admins, only their own for facilitators', async () => {
    await createGroup(ctx, bob, { slug: 'bob-group' });
    const all = await ctx.db.selectFrom('support_group').select('slug').execute();
    const adminList = await list(admin);
    expect(adminList.groups.map((g) => g.slug).sort()).toEqual(all.map((g) => g.slug).sort());
    expect(adminList.abilities.create).toBe(true);
    const aliceList = await list(alice);
    expect(aliceList.groups.map((g) => g.slug).sort()).toEqual([
      'alice-group',
      'alice-second',
      'alice-third',
    ]);
    expect(aliceList.abilities.create).toBe(true);
    expect((await list(bob)).groups.map((g) => g.slug)).toEqual(['bob-group']);
    const carol = await ctx.newUser({ role: 'facilitator' });
    expect(await list(carol)).toEqual({ groups: [], abilities: { create: true } });
  });

  it('session abilities: manageGroups for admins and facilitators only', async () => {
    const session = async (as?: TestUser) =>
      (await ctx.request({ method: 'GET', url: '/api/session', ...(as ? { as } : {}) })).json<{
        abilities: { manageGroups: boolean };
      }>().abilities.manageGroups;
    expect(await session(admin)).toBe(true);
    expect(await session(alice)).toBe(true);
    expect(await session(member)).toBe(false);
    expect(await session()).toBe(false);
  });

  it('a facilitator demoted to member loses their groups at once', async () => {
    const dana = await ctx.newUser({ role: 'facilitator' });
    const g = await createGroup(ctx, dana, { slug: 'dana-group' });
    const demote = await ctx.request({
      method: 'PATCH',
      url: `/api/admin/people/${dana.id}`,
      as: admin,
      payload: { role: 'member' },
    });
    expect(demote.statusCode, demote.body).toBe(200);
    for (const opts of edits(g.id)) {
      expectProblem(await ctx.request({ ...opts, as: dana }), 404, 'not_found');
    }
    expectProblem(
      await ctx.request({ method: 'GET', url: '/api/manage/groups', as: dana }),
      403,
      'forbidden',
    );
    const page = await ctx.request({ method: 'GET', url: '/api/groups/dana-group', as: dana });
    expect(page.json<GroupDetail>().abilities).toEqual({ edit: false, changeStatus: false });
  });
});
