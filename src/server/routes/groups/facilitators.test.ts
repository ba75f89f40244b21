import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup } from './groups.test-helpers';

describe('PUT /api/manage/groups/:id/facilitators', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('lets an admin assign a facilitator, who may then edit the group', async () => {
    const admin = await ctx.newUser({ role: 'admin' });
    const facilitator = await ctx.newUser({ role: 'facilitator' });
    const member = await ctx.newUser();
    const group = await createGroup(ctx, admin);
    const url = `/api/manage/groups/${group.id}/facilitators`;

    const before = await ctx.request({
      method: 'GET',
      url: `/api/manage/groups/${group.id}`,
      as: facilitator,
    });
    expect(before.statusCode).toBe(404);

    const bad = await ctx.request({
      method: 'PUT',
      url,
      as: admin,
      payload: { userIds: [member.id] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ path: 'userIds.0' }],
    });

    const byFacilitator = await ctx.request({
      method: 'PUT',
      url,
      as: facilitator,
      payload: { userIds: [facilitator.id] },
    });
    expect(byFacilitator.statusCode).toBe(403);

    const ok = await ctx.request({
      method: 'PUT',
      url,
      as: admin,
      payload: { userIds: [facilitator.id] },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ facilitatorIds: [facilitator.id] });

    const after = await ctx.request({
      method: 'GET',
      url: `/api/manage/groups/${group.id}`,
      as: facilitator,
    });
    expect(after.statusCode).toBe(200);
  });
});
