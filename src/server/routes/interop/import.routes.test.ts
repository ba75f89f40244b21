// The import API: admins only (401/403 before a large body is read), validation, the raised
// body limit on these routes only, feeds fetched by URL, and the audit event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../contracts/imports';
import { rowCounts } from '../groups/groups.test-helpers';
import {
  importRequest,
  ownFixture,
  storedGroup,
} from '../../interop/meeting-guide/import.test-helpers';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';

describe(`import routes (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  let facilitator: TestUser;
  let member: TestUser;
  const content = ownFixture('meeting-guide/online-days.json');
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
    facilitator = await ctx.newUser({ role: 'facilitator' });
    member = await ctx.newUser({ role: 'member' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('refuses visitors (401) and everyone but admins (403), writing nothing', async () => {
    const before = await rowCounts(ctx);
    for (const step of ['preview', 'apply'] as const) {
      expectProblem(
        await importRequest(ctx, undefined, step, { content, source: 'x.json' }),
        401,
        'unauthenticated',
      );
      for (const who of [member, facilitator]) {
        expectProblem(
          await importRequest(ctx, who, step, { content, source: 'x.json' }),
          403,
          'forbidden',
        );
      }
    }
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it('refuses a non-admin before reading a large body', async () => {
    const big = JSON.stringify({
      format: 'meeting-guide',
      content: 'x'.repeat(5_000_000),
      source: 'a',
    });
    const res = await ctx.request({
      method: 'POST',
      url: '/api/admin/imports/apply',
      as: member,
      headers: { 'content-type': 'application/json' },
      payload: big,
    });
    expectProblem(res, 403, 'forbidden');
  });

  it.each([
    ['neither content nor url', { source: 'a' }, 'content'],
    [
      'both content and url',
      { content: '[]', url: 'https://example.org/feed.json', source: 'a' },
      'content',
    ],
    ['content without a source', { content: '[]' }, 'source'],
    ['an http:// url', { url: 'http://example.org/feed.json' }, 'url'],
    ['an unknown format', { format: 'xml', content: '[]', source: 'a' }, 'format'],
  ])('400 for %s', async (_what, body, path) => {
    const res = await importRequest(ctx, admin, 'preview', body as never);
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toContain(path);
  });

  it('takes bodies up to 25 MB here, while the rest of the API keeps its small limit', async () => {
    const content21mb = `[${' '.repeat(21 * 1024 * 1024)}]`;
    const big = await importRequest(ctx, admin, 'preview', {
      content: content21mb,
      source: 'big.json',
    });
    // Past the body limit, the service itself says the file is too big.
    expectProblem(big, 413, 'import_too_large');
    const tooBig = await importRequest(ctx, admin, 'preview', {
      content: `[${' '.repeat(26 * 1024 * 1024)}]`,
      source: 'bigger.json',
    });
    expectProblem(tooBig, 413, 'payload_too_large');
    const elsewhere = await ctx.request({
      method: 'PATCH',
      url: '/api/me',
      as: admin,
      payload: { displayName: 'x'.repeat(100_000) },
    });
    expectProblem(elsewhere, 413, 'payload_too_large');
  });

  it('answers 502 import_fetch_failed when the feed cannot be reached', async () => {
    const res = await importRequest(ctx, admin, 'preview', {
      url: 'https://127.0.0.1:1/meetings.json',
    });
    expectProblem(res, 502, 'import_fetch_failed');
    expect(res.json<{ detail: string }>().detail).toMatch(/could not be reached/);
  });

  it('fetches a feed by URL and remembers the URL as the source', async () => {
    const url = 'https://intergroup.example.org/meetings.json';
    const fetched: string[] = [];
    const fakeFetch: typeof fetch = async (input) => {
      fetched.push(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      );
      return new Response(content, { headers: { 'content-type': 'application/json' } });
    };
    const report = await ctx.app.services.imports.apply(
      { user: { id: admin.id, role: 'admin', organizationId: await orgId() }, ip: '127.0.0.1' },
      { format: 'meeting-guide', url },
      { fetch: fakeFetch },
    );
    expect(fetched).toEqual([url]);
    expect(report).toMatchObject({ source: url, applied: true, counts: { added: 5 } });
    expect(await storedGroup(ctx, 'tuesday-noon')).toMatchObject({ source: url });
  });

  it('apply answers the report of what was written, audited as interop.imported', async () => {
    const body = {
      content: ownFixture('meeting-guide/kindred-regroup.json'),
      source: 'kindred-regroup.json',
    };
    const preview = await importRequest(ctx, admin, 'preview', body);
    expect(preview.statusCode, preview.body).toBe(200);
    const { planId } = preview.json<ImportReport>();
    const res = await importRequest(ctx, admin, 'apply', { ...body, planId });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportReport>()).toMatchObject({
      applied: true,
      planId,
      counts: { added: 2 },
      kept: [],
    });
    const events = await ctx.db
      .selectFrom('audit_event')
      .select(['actor_id', 'ip', 'detail'])
      .where('action', '=', 'interop.imported')
      .orderBy('id')
      .execute();
    const last = events.at(-1);
    expect(last?.actor_id).toBe(admin.id);
    expect(JSON.parse(last?.detail ?? '{}')).toMatchObject({
      format: 'meeting-guide',
      source: 'kindred-regroup.json',
      added: 2,
      errors: 0,
    });
  });

  async function orgId(): Promise<string> {
    const org = await ctx.db.selectFrom('organization').select('id').executeTakeFirstOrThrow();
    return org.id;
  }
});
