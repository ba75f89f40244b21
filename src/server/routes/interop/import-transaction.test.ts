// One transaction, proved: when a group write fails halfway through an apply (the second of four
// writes here, after one group was already added inside the transaction), or anything fails
// after the last write, the reply is a plain 500 problem and the database is exactly as before:
// no group added, changed or archived, no audit event.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
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
import { expectProblem } from '../../../../test/helpers/problem';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';

type Meeting = Record<string, unknown> & { slug: string };

const SOURCE = 'transaction.json';
const SECRET = 'disk I/O error at /var/lib/kindred/secret-path.db';
const base = () => JSON.parse(ownFixture('meeting-guide/tsml-export.json')) as Meeting[];

describe(`an apply that fails halfway writes nothing (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
    await runImport(ctx, admin, 'apply', { content: JSON.stringify(base()), source: SOURCE });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await ctx.close();
  });

  /** Every group's slug, status, name and first start time: what an import could touch. */
  const snapshot = async () =>
    ctx.db
      .selectFrom('support_group')
      .leftJoin('schedule', 'schedule.group_id', 'support_group.id')
      .select([
        'support_group.slug',
        'support_group.status',
        'support_group.name',
        'support_group.updated_at',
        'schedule.id as scheduleId',
        'schedule.start_time',
      ])
      .orderBy('support_group.slug')
      .orderBy('schedule.id')
      .execute();

  it('the Nth group write throws: 500 without internals, every row as it was', async () => {
    // One group added, two changed, one archived: four writes, in that order.
    const feed = [
      ...base()
        .filter((m) => m.slug !== 'sunrise-serenity')
        .map((m) => (m.slug === 'covered-bridge' ? { ...m, name: 'Covered Bridge Renamed' } : m))
        .map((m) => (m.slug === 'noon-hybrid' ? { ...m, time: '12:15' } : m)),
      {
        slug: 'brand-new',
        name: 'Brand New',
        day: 4,
        time: '18:00',
        conference_url: 'https://zoom.us/j/7',
      },
    ];
    const body = { content: JSON.stringify(feed), source: SOURCE };
    const preview = await runImport(ctx, admin, 'preview', body);
    expect(preview.counts).toMatchObject({ added: 1, changed: 2, removed: 1 });

    // The seam: the group service the import writes through, failing on its second write.
    const groups = ctx.app.services.groups;
    const write = groups.writeAsSystem.bind(groups);
    let calls = 0;
    const spy = vi.spyOn(groups, 'writeAsSystem').mockImplementation(async (...args) => {
      calls += 1;
      if (calls === 2) throw new Error(SECRET);
      return write(...args);
    });
    const before = await rowCounts(ctx);
    const rows = await snapshot();

    const res = await importRequest(ctx, admin, 'apply', { ...body, planId: preview.planId });
    expectProblem(res, 500, 'internal_error');
    expect(res.json<{ detail: string }>().detail).toMatch(/^Reference: \S+$/);
    expect(res.body).not.toContain('disk I/O');
    expect(res.body).not.toContain('secret-path');
    expect(res.body).not.toMatch(/at .+\.ts:\d+/); // no stack
    expect(spy).toHaveBeenCalledTimes(2); // the first write did run, inside the transaction

    expect(await rowCounts(ctx)).toEqual(before);
    expect(await snapshot()).toEqual(rows);
    expect(await storedGroup(ctx, 'brand-new')).toBeUndefined();
    expect(await storedGroup(ctx, 'sunrise-serenity')).toMatchObject({ status: 'active' });

    // With the fault gone, the same preview applies as a whole.
    spy.mockRestore();
    const again = await importRequest(ctx, admin, 'apply', { ...body, planId: preview.planId });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<ImportReport>().counts).toMatchObject({
      added: 1,
      changed: 2,
      removed: 1,
    });
    expect(await storedGroup(ctx, 'sunrise-serenity')).toMatchObject({ status: 'archived' });
    expect((await storedGroup(ctx, 'covered-bridge'))?.name).toBe('Covered Bridge Renamed');
  });

  it('a failure after the last write (archive and audit done) rolls all of it back', async () => {
    const feed = base().filter((m) => m.slug !== 'noon-hybrid');
    const body = { content: JSON.stringify(feed), source: SOURCE };
    const preview = await runImport(ctx, admin, 'preview', body);
    // Sunrise back from the archive and Covered Bridge's name back: two group writes; then
    // Noon Hybrid and Brand New archived.
    expect(preview.counts).toMatchObject({ added: 0, changed: 2, removed: 2 });
    const failure = new Error(SECRET);
    const spy = vi.spyOn(ctx.app.services.groups, 'writeAsSystem');
    const before = await rowCounts(ctx);
    const rows = await snapshot();
    // Every write done, the audit event included; then the transaction's work fails before
    // it commits (the archive and audit go through the transaction's own repositories).
    const realTransaction = ctx.app.services.db.transaction.bind(ctx.app.services.db);
    vi.spyOn(ctx.app.services.db, 'transaction').mockImplementation(() => {
      const builder = realTransaction();
      const execute = builder.execute.bind(builder);
      vi.spyOn(builder, 'execute').mockImplementation(async (callback) =>
        execute(async (trx) => {
          await callback(trx);
          throw failure;
        }),
      );
      return builder;
    });

    const res = await importRequest(ctx, admin, 'apply', { ...body, planId: preview.planId });
    expectProblem(res, 500, 'internal_error');
    expect(res.body).not.toContain('secret-path');
    expect(spy).toHaveBeenCalledTimes(2);
    expect(await rowCounts(ctx)).toEqual(before);
    expect(await snapshot()).toEqual(rows);
    expect(await storedGroup(ctx, 'noon-hybrid')).toMatchObject({ status: 'active' });
    expect(await storedGroup(ctx, 'sunrise-serenity')).toMatchObject({ status: 'archived' });
  });
});
