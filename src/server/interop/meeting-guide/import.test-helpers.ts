// Shared helpers for the import medium tests: fixtures (ours, and the real feeds in ../shared
// when they are there), preview/apply through the real API, and what ended up in the database.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { ImportFormat, ImportReport } from '../../../contracts/imports';
import type { TestContext, TestUser } from '../../../../test/helpers/test-app';

export const OWN_FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/', import.meta.url));
/**
 * The real feeds from tsml-ui, in shared/ beside the project's folder when it is checked out
 * with it. Found from this file, not the working directory: vitest run from another folder must
 * not quietly drop the real-feed tests.
 */
export const SHARED_FIXTURES = fileURLToPath(
  new URL('../../../../../shared/fixtures/meeting-guide/', import.meta.url),
);
export const HAVE_SHARED = existsSync(path.join(SHARED_FIXTURES, 'times.json'));

export function ownFixture(relative: string): string {
  return readFileSync(path.join(OWN_FIXTURES, relative), 'utf8');
}

export function sharedFixture(name: string): string {
  return readFileSync(path.join(SHARED_FIXTURES, name), 'utf8');
}

/** A well-formed planId, for applies of files that are refused before any plan is compared. */
export const ANY_PLAN_ID = '0'.repeat(64);

export interface ImportRequest {
  format?: ImportFormat;
  content?: string;
  url?: string;
  source?: string;
  /** Apply only: the planId of the preview being applied. */
  planId?: string;
}

export async function importRequest(
  ctx: TestContext,
  as: TestUser | undefined,
  step: 'preview' | 'apply',
  body: ImportRequest,
) {
  return ctx.request({
    method: 'POST',
    url: `/api/admin/imports/${step}`,
    ...(as === undefined ? {} : { as }),
    payload: { format: 'meeting-guide', ...body },
  });
}

/**
 * Preview or apply; asserts 200 and returns the report. An apply is done as the admin page does
 * it: a preview first, then the apply with the preview's planId.
 */
export async function runImport(
  ctx: TestContext,
  as: TestUser,
  step: 'preview' | 'apply',
  body: ImportRequest,
): Promise<ImportReport> {
  let planId: string | undefined;
  if (step === 'apply') {
    const preview = await importRequest(ctx, as, 'preview', body);
    expect(preview.statusCode, preview.body).toBe(200);
    planId = preview.json<{ planId: string }>().planId;
  }
  const res = await importRequest(ctx, as, step, { ...body, ...(planId ? { planId } : {}) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ImportReport>();
}

/** A group as stored, with its schedules, for assertions. */
export async function storedGroup(ctx: TestContext, slug: string) {
  const group = await ctx.app.services.db
    .selectFrom('support_group')
    .selectAll()
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!group) return undefined;
  const schedules = await ctx.db
    .selectFrom('schedule')
    .selectAll()
    .where('group_id', '=', group.id)
    .orderBy('position')
    .execute();
  return {
    ...group,
    topics: JSON.parse(group.topics) as string[],
    languages: JSON.parse(group.languages) as string[],
    audiences: JSON.parse(group.audiences) as string[],
    accessibility: JSON.parse(group.accessibility) as string[],
    schedules: schedules.map((s) => ({
      ...s,
      recurrence: JSON.parse(s.recurrence) as unknown,
    })),
  };
}

/** "index slug field" of every issue, for compact assertions. */
export const issueKeys = (issues: ImportReport['errors']) =>
  issues.map((i) => `${String(i.index)} ${i.slug ?? '-'} ${i.field}`);

export const slugsOf = (list: { slug: string }[]) => list.map((g) => g.slug).sort();
