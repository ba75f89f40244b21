import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';

type ListKey = 'people' | 'events' | 'messages';

describe('admin lists: cursor pagination', () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
    for (let i = 0; i < 6; i++) {
      const user = await ctx.newUser();
      await ctx.request({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: user.email },
      });
    }
  });
  afterAll(async () => {
    await ctx.close();
  });

  /** Follows nextCursor to the end, returning every id in the order served and each page's size. */
  async function pageThrough(path: string, key: ListKey, limit: number) {
    const ids: string[] = [];
    const sizes: number[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const res = await ctx.request({
        method: 'GET',
        url: `${path}?limit=${limit}${query}`,
        as: admin,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json<
        Record<ListKey, { id: string }[] | undefined> & { nextCursor: string | null }
      >();
      const items = body[key] ?? [];
      ids.push(...items.map((i) => i.id));
      sizes.push(items.length);
      cursor = body.nextCursor;
      if (cursor === null) return { ids, sizes };
      expect(cursor).toBe(items.at(-1)?.id);
    }
    throw new Error('pagination did not end');
  }

  function expectPages(sizes: number[], total: number, limit: number) {
    expect(sizes).toHaveLength(Math.ceil(total / limit));
    expect(sizes.slice(0, -1).every((s) => s === limit)).toBe(true);
    expect(sizes.at(-1)).toBeGreaterThan(0);
  }

  it('pages through people in creation order, without duplicates or gaps', async () => {
    const all = (await ctx.db.selectFrom('app_user').select('id').orderBy('id').execute()).map(
      (r) => r.id,
    );
    expect(all).toHaveLength(7);
    for (const limit of [1, 2, 3, 7, 50]) {
      const { ids, sizes } = await pageThrough('/api/admin/people', 'people', limit);
      expect(ids).toEqual(all);
      expectPages(sizes, all.length, limit);
    }
  });

  it('pages through the audit log newest first, without duplicates or gaps', async () => {
    const all = (
      await ctx.db.selectFrom('audit_event').select('id').orderBy('id', 'desc').execute()
    ).map((r) => r.id);
    expect(all.length).toBeGreaterThanOrEqual(13);
    for (const limit of [1, 4, all.length]) {
      const { ids, sizes } = await pageThrough('/api/admin/audit-events', 'events', limit);
      expect(ids).toEqual(all);
      expect(new Set(ids).size).toBe(ids.length);
      expectPages(sizes, all.length, limit);
    }
    const newest = await ctx.request({
      method: 'GET',
      url: '/api/admin/audit-events?limit=1',
      as: admin,
    });
    // The last thing that happened in beforeAll was a reset request.
    expect(newest.json<{ events: { action: string }[] }>().events[0]?.action).toBe(
      'user.password_reset_requested',
    );
  });

  it('pages through the outbox newest first, without duplicates or gaps', async () => {
    const all = (
      await ctx.db.selectFrom('outbox_message').select('id').orderBy('id', 'desc').execute()
    ).map((r) => r.id);
    expect(all).toHaveLength(6);
    for (const limit of [1, 2, 4, 6]) {
      const { ids, sizes } = await pageThrough('/api/admin/outbox', 'messages', limit);
      expect(ids).toEqual(all);
      expectPages(sizes, all.length, limit);
    }
  });

  it('shows outbox messages in full to the admin', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/admin/outbox?limit=1', as: admin });
    const [message] = res.json<{ messages: { to: string; subject: string; text: string }[] }>()
      .messages;
    const newest = await ctx.db
      .selectFrom('outbox_message')
      .selectAll()
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(message).toMatchObject({
      to: newest.to_address,
      subject: newest.subject,
      text: newest.text_body,
    });
    expect(message?.text).toContain('http://localhost:3000/reset-password#token=');
  });

  it('answers an empty page after the last item', async () => {
    const last = (
      await ctx.db
        .selectFrom('app_user')
        .select('id')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
    const res = await ctx.request({
      method: 'GET',
      url: `/api/admin/people?cursor=${last}`,
      as: admin,
    });
    expect(res.json()).toEqual({ people: [], nextCursor: null });
  });
});
