// Shared helpers for the groups medium tests: create groups through the real API, search the
// directory, and count rows to prove that refused or read-only requests write nothing.
import { expect } from 'vitest';
import {
  directoryReplySchema,
  type DirectoryReply,
  type GroupDetail,
  type GroupInput,
  type GroupStatus,
} from '../../../contracts/groups';
import type { Database } from '../../db/schema';
import { groupInput } from '../../../../test/helpers/group-builder';
import type { TestContext, TestUser } from '../../../../test/helpers/test-app';
import { testDialect } from '../../../../test/helpers/test-db';

/** Wed 4 June 2025, 12:00 in Chicago (CDT, UTC−5). */
export const WED_NOON_CHICAGO = new Date('2025-06-04T17:00:00.000Z');

/** Creates a group as `as` (an admin or facilitator) through POST /api/manage/groups. */
export async function createGroup(
  ctx: TestContext,
  as: TestUser,
  overrides: Partial<GroupInput> = {},
): Promise<GroupDetail> {
  const res = await ctx.request({
    method: 'POST',
    url: '/api/manage/groups',
    as,
    payload: groupInput(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json<GroupDetail>();
}

export async function setStatus(
  ctx: TestContext,
  as: TestUser,
  id: string,
  status: GroupStatus,
): Promise<void> {
  const res = await ctx.request({
    method: 'PATCH',
    url: `/api/manage/groups/${id}/status`,
    as,
    payload: { status },
  });
  if (res.statusCode !== 200) throw new Error(`status failed: ${res.statusCode} ${res.body}`);
}

/**
 * Edits a group through the editor's API: reads it (GET /api/manage/groups/:id), lets `change`
 * derive the new input from the current one, and saves it (PUT); asserts 200.
 */
export async function editGroup(
  ctx: TestContext,
  as: TestUser,
  id: string,
  change: (current: GroupInput) => GroupInput,
): Promise<void> {
  const editable = await ctx.request({ method: 'GET', url: `/api/manage/groups/${id}`, as });
  const current = editable.json<{ group: GroupInput }>().group;
  const res = await ctx.request({
    method: 'PUT',
    url: `/api/manage/groups/${id}`,
    as,
    payload: change(current),
  });
  expect(res.statusCode, res.body).toBe(200);
}

/**
 * GET /api/groups?<query> (limit 50 unless given); asserts 200 and that the reply is exactly what
 * the reply schema names (the service serializes it itself), no field more.
 */
export async function search(ctx: TestContext, query = ''): Promise<DirectoryReply> {
  const qs = query.includes('limit=') ? query : `${query}${query ? '&' : ''}limit=50`;
  const res = await ctx.request({ method: 'GET', url: `/api/groups?${qs}` });
  expect(res.statusCode, `${qs}: ${res.body}`).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const reply = res.json<DirectoryReply>();
  expect(reply).toStrictEqual(directoryReplySchema.parse(reply));
  return reply;
}

/** Slugs of a directory search, in the order returned. */
export async function slugs(ctx: TestContext, query = ''): Promise<string[]> {
  return (await search(ctx, query)).groups.map((g) => g.slug);
}

/** Every table, so a test can prove that nothing was written. */
const TABLES = [
  'organization',
  'app_user',
  'session',
  'password_reset',
  'outbox_message',
  'audit_event',
  'category',
  'topic',
  'support_group',
  'group_tag',
  'group_facilitator',
  'schedule',
  'schedule_exception',
  'occurrence',
  ...(testDialect === 'sqlite' ? (['support_group_fts'] as const) : []),
] as const satisfies readonly (keyof Database)[];

export async function rowCounts(ctx: TestContext): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await ctx.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
