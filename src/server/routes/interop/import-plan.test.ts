// The apply writes what was previewed: it must send the preview's planId (400 without one), and
// when the plan changed in between (a group edited by hand, here) it answers 409
// import_plan_changed having written nothing. The CLI's service call needs no planId.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../contracts/imports';
import { rowCounts } from '../groups/groups.test-helpers';
import {
  importRequest,
  ownFixture,
  runImport,
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

type Meeting = Record<string, unknown> & { slug: string };

const SOURCE = 'plan.json';
const base = () => JSON.parse(ownFixture('meeting-guide/tsml-export.json')) as Meeting[];
/** The feed with Covered Bridge moved to 19:45. */
const later = () =>
  JSON.stringify(base().map((m) => (m.slug === 'covered-bridge' ? { ...m, time: '19:45' } : m)));

describe(`applying exactly what was previewed (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
    await runImport(ctx, admin, 'apply', { content: JSON.stringify(base()), source: SOURCE });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const preview = async (content: string) =>
    await runImport(ctx, admin, 'preview', { content, source: SOURCE });
  const startOf = async (slug: string) => (await storedGroup(ctx, slug))?.schedules[0]?.start_time;

  it('the same file and the same groups give the same planId; a different plan another', async () => {
    const first = await preview(later());
    expect(first.planId).toMatch(/^[0-9a-f]{64}$/);
    expect((await preview(later())).planId).toBe(first.planId);
    expect((await preview(JSON.stringify(base()))).planId).not.toBe(first.planId);
  });

  it('400 without a planId (or with one that is not a digest), writing nothing', async () => {
    const before = await rowCounts(ctx);
    for (const planId of [undefined, 'abc']) {
      const res = await importRequest(ctx, admin, 'apply', {
        content: later(),
        source: SOURCE,
        ...(planId === undefined ? {} : { planId }),
      });
      expectProblem(res, 400, 'validation_failed');
      expect(errorPaths(res)).toEqual(['planId']);
    }
    expect(await rowCounts(ctx)).toEqual(before);
    expect(await startOf('covered-bridge')).toBe('19:30');
  });

  it('409 import_plan_changed when a group changed since the preview; nothing written', async () => {
    const seen = await preview(later());
    expect(seen.counts).toMatchObject({ changed: 1, unchanged: 3 });
    // Someone renames Noon Hybrid by hand after the preview: the import would now change it too.
    await ctx.db
      .updateTable('support_group')
      .set({ name: 'Noon Hybrid (edited)' })
      .where('slug', '=', 'noon-hybrid')
      .execute();
    const before = await rowCounts(ctx);
    const stale = await importRequest(ctx, admin, 'apply', {
      content: later(),
      source: SOURCE,
      planId: seen.planId,
    });
    expectProblem(stale, 409, 'import_plan_changed');
    expect(stale.json<{ title: string }>().title).toBe('The meetings changed since the preview');
    expect(await rowCounts(ctx)).toEqual(before);
    expect(await startOf('covered-bridge')).toBe('19:30');
    expect((await storedGroup(ctx, 'noon-hybrid'))?.name).toBe('Noon Hybrid (edited)');

    // The fresh preview shows both changes; its planId applies them.
    const fresh = await preview(later());
    expect(fresh.planId).not.toBe(seen.planId);
    expect(fresh.changed.map((g) => g.slug).sort()).toEqual(['covered-bridge', 'noon-hybrid']);
    const res = await importRequest(ctx, admin, 'apply', {
      content: later(),
      source: SOURCE,
      planId: fresh.planId,
    });
    expect(res.statusCode, res.body).toBe(200);
    const applied = res.json<ImportReport>();
    expect(applied).toMatchObject({ applied: true, planId: fresh.planId, counts: { changed: 2 } });
    expect(await startOf('covered-bridge')).toBe('19:45');
    expect((await storedGroup(ctx, 'noon-hybrid'))?.name).toBe('Noon Hybrid');
  });

  it('409 when the feed itself changed between preview and apply', async () => {
    const seen = await preview(later());
    const before = await rowCounts(ctx);
    const res = await importRequest(ctx, admin, 'apply', {
      content: JSON.stringify(base()),
      source: SOURCE,
      planId: seen.planId,
    });
    expectProblem(res, 409, 'import_plan_changed');
    expect(await rowCounts(ctx)).toEqual(before);
    expect(await startOf('covered-bridge')).toBe('19:45');
  });

  it('the service still applies without a planId, as the CLI does', async () => {
    const report = await ctx.app.services.imports.runAsSystem(
      { format: 'meeting-guide', content: JSON.stringify(base()), source: SOURCE },
      true,
    );
    expect(report).toMatchObject({ applied: true, counts: { changed: 1 } });
    expect(await startOf('covered-bridge')).toBe('19:30');
  });
});
