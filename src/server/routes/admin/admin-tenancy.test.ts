import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { createRepositories } from '../../repositories/index';

// One organization per deployment for now (docs/decisions/0005), but services scope every query
// by the actor's organization. These rows stand in for a second organization.
describe('admin routes: another organization', () => {
  let ctx: TestContext;
  let admin: TestUser;
  const otherOrgId = '0190a000-0000-7000-8000-0000000000aa';
  const outsiderId = '0190a000-0000-7000-8000-0000000000bb';
  beforeAll(async () => {
    ctx = await createTestContext();
    admin = await ctx.newUser({ role: 'admin' });
    // A second organization's rows, as a future multi-organization deployment would hold them.
    const repos = createRepositories(ctx.db);
    const later = new Date(Date.now() + 60_000).toISOString();
    await repos.organizations.insert({
      id: otherOrgId,
      name: 'Elsewhere Center',
      timeZone: 'UTC',
      locale: 'en',
      crisisResources: { en: [], es: [] },
      createdAt: later,
      updatedAt: later,
    });
    await repos.users.insert({
      id: outsiderId,
      organizationId: otherOrgId,
      email: 'outsider@example.org',
      passwordHash: 'x',
      displayName: 'Out S.',
      role: 'member',
      createdAt: later,
      updatedAt: later,
    });
    await repos.audit.insert({
      id: '0190a000-0000-7000-8000-0000000000cc',
      organizationId: otherOrgId,
      actorId: outsiderId,
      action: 'user.signed_in',
      subjectType: 'user',
      subjectId: outsiderId,
      ip: '203.0.113.9',
      detail: {},
      createdAt: later,
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('does not list their people', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/admin/people?limit=100', as: admin });
    expect(res.json<{ people: { id: string }[] }>().people.map((p) => p.id)).toEqual([admin.id]);
  });

  it('answers 404 for their people, exactly like for no one', async () => {
    const res = await ctx.request({
      method: 'PATCH',
      url: `/api/admin/people/${outsiderId}`,
      as: admin,
      payload: { role: 'admin' },
    });
    expectProblem(res, 404, 'not_found');
    const outsider = await ctx.db
      .selectFrom('app_user')
      .select('role')
      .where('id', '=', outsiderId)
      .executeTakeFirstOrThrow();
    expect(outsider.role).toBe('member');
  });

  it('does not show their audit events', async () => {
    const res = await ctx.request({
      method: 'GET',
      url: '/api/admin/audit-events?limit=100',
      as: admin,
    });
    const events = res.json<{ events: { subjectId: string | null; ip: string | null }[] }>().events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.subjectId === outsiderId || e.ip === '203.0.113.9')).toEqual([]);
  });
});
