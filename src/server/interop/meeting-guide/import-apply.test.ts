// Applying imports: one transaction, idempotent, field-level diffs, archiving only what the same
// source no longer lists, and keeping what only Kindred knows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../contracts/imports';
import { createGroup, rowCounts } from '../../routes/groups/groups.test-helpers';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';
import { ownFixture, runImport, slugsOf, storedGroup } from './import.test-helpers';

type Meeting = Record<string, unknown> & { slug: string };

const base = () => JSON.parse(ownFixture('meeting-guide/tsml-export.json')) as Meeting[];
const SOURCE = 'https://intergroup.example.org/wp-admin/admin-ajax.php?action=meetings';

describe(`applying imports (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });
  const audits = () =>
    ctx.db
      .selectFrom('audit_event')
      .select(['actor_id', 'detail'])
      .where('action', '=', 'interop.imported')
      .orderBy('id')
      .execute();

  it('a dry run writes nothing', async () => {
    const before = await rowCounts(ctx);
    const report = await runImport(ctx, admin, 'preview', {
      content: JSON.stringify(base()),
      source: SOURCE,
    });
    expect(report).toMatchObject({ applied: false, counts: { added: 4 } });
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it('applies in one go, audited once with counts; the same feed again changes nothing', async () => {
    const content = JSON.stringify(base());
    const first = await runImport(ctx, admin, 'apply', { content, source: SOURCE });
    expect(first).toMatchObject({ applied: true, counts: { added: 4, changed: 0, removed: 0 } });
    expect(await audits()).toEqual([
      {
        actor_id: admin.id,
        detail: JSON.stringify({
          format: 'meeting-guide',
          source: SOURCE,
          records: 5,
          added: 4,
          changed: 0,
          unchanged: 0,
          removed: 0,
          errors: 0,
          warnings: 4,
        }),
      },
    ]);
    const stored = await storedGroup(ctx, 'wheaton-women');
    expect(stored?.source).toBe(SOURCE);

    const before = await rowCounts(ctx);
    const second = await runImport(ctx, admin, 'apply', { content, source: SOURCE });
    expect(second.counts).toMatchObject({ added: 0, changed: 0, unchanged: 4, removed: 0 });
    expect(second.unchanged.every((g) => g.changes.length === 0)).toBe(true);
    // Nothing written at all: not a row, not an audit event, not a timestamp.
    expect(await rowCounts(ctx)).toEqual(before);
    expect((await storedGroup(ctx, 'wheaton-women'))?.updated_at).toBe(stored?.updated_at);
  });

  it('reports field-level differences, then writes them, keeping what only Kindred knows', async () => {
    const bridge = await storedGroup(ctx, 'covered-bridge');
    await ctx.db
      .updateTable('support_group')
      .set({ first_meeting: 'Ask for Pat at the door.' })
      .where('slug', '=', 'covered-bridge')
      .execute();
    const wheaton = await storedGroup(ctx, 'wheaton-women');
    const wednesday = wheaton?.schedules[0];
    if (!wednesday) throw new Error('no schedule');
    await ctx.db
      .insertInto('schedule_exception')
      .values({
        id: `${wednesday.id}:0`,
        schedule_id: wednesday.id,
        original_date: '2030-01-02', // a Wednesday
        kind: 'cancelled',
        new_start: null,
        new_end: null,
        note: 'Snow',
      })
      .execute();

    const feed = base()
      .filter((m) => m.slug !== 'sunrise-serenity' && m.slug !== 'wheaton-women-6')
      .map((m) =>
        m.slug === 'covered-bridge'
          ? { ...m, name: 'Covered Bridge Group', time: '19:45', types: ['O', 'S', 'W'] }
          : m,
      );
    const preview = await runImport(ctx, admin, 'preview', {
      content: JSON.stringify(feed),
      source: SOURCE,
    });
    expect(preview.counts).toMatchObject({ changed: 2, unchanged: 1, removed: 1 });
    expect(preview.changed.find((g) => g.slug === 'covered-bridge')?.changes).toEqual([
      { field: 'name', before: 'Covered Bridge', after: 'Covered Bridge Group' },
      { field: 'audiences', before: '—', after: 'women' },
      { field: 'schedules.0.start', before: '19:30', after: '19:45' },
    ]);
    expect(preview.changed.find((g) => g.slug === 'wheaton-women')?.changes).toEqual([
      { field: 'accessibility', before: 'asl', after: '—' }, // ASL was Saturday's
      {
        field: 'schedules.1',
        before:
          'weekly Sat 10:00–11:00 America/Chicago, in-person (211 N Main St, Wheaton, IL 60187, USA)',
        after: '—',
      },
    ]);
    expect(preview.removed).toEqual([{ slug: 'sunrise-serenity', name: 'Sunrise Serenity' }]);

    const applied = await runImport(ctx, admin, 'apply', {
      content: JSON.stringify(feed),
      source: SOURCE,
    });
    expect(applied.counts).toMatchObject({ changed: 2, removed: 1 });
    const after = await storedGroup(ctx, 'covered-bridge');
    expect(after).toMatchObject({
      name: 'Covered Bridge Group',
      first_meeting: 'Ask for Pat at the door.',
      id: bridge?.id,
    });
    expect(after?.schedules[0]).toMatchObject({
      id: bridge?.schedules[0]?.id,
      start_time: '19:45',
    });
    const wheatonAfter = await storedGroup(ctx, 'wheaton-women');
    expect(wheatonAfter?.schedules.map((s) => s.id)).toEqual([wednesday.id]);
    const exceptions = await ctx.db
      .selectFrom('schedule_exception')
      .select(['original_date', 'note'])
      .where('schedule_id', '=', wednesday.id)
      .execute();
    expect(exceptions).toEqual([{ original_date: '2030-01-02', note: 'Snow' }]);
    // Archived, not deleted: the group and its history stay.
    expect(await storedGroup(ctx, 'sunrise-serenity')).toMatchObject({ status: 'archived' });

    const again = await runImport(ctx, admin, 'apply', {
      content: JSON.stringify(feed),
      source: SOURCE,
    });
    expect(again.counts).toMatchObject({ changed: 0, unchanged: 3, removed: 0 });
  });

  it('"would be removed" only ever touches groups of the same source', async () => {
    const handMade = await createGroup(ctx, admin, { slug: 'hand-made-group' });
    const other: ImportReport = await runImport(ctx, admin, 'apply', {
      content: ownFixture('meeting-guide/online-days.json'),
      source: 'online-days.json',
    });
    expect(other.removed).toEqual([]);
    const shrunk = base().filter((m) => m.slug === 'noon-hybrid');
    const preview = await runImport(ctx, admin, 'preview', {
      content: JSON.stringify(shrunk),
      source: SOURCE,
    });
    expect(slugsOf(preview.removed)).toEqual(['covered-bridge', 'wheaton-women']);
    expect(preview.removed.map((g) => g.slug)).not.toContain(handMade.slug);
    expect(preview.removed.map((g) => g.slug)).not.toContain('tuesday-noon');
  });

  it('a group the feed lists again comes back from the archive', async () => {
    const report = await runImport(ctx, admin, 'apply', {
      content: JSON.stringify(base()),
      source: SOURCE,
    });
    expect(report.changed.find((g) => g.slug === 'sunrise-serenity')?.changes).toEqual([
      { field: 'status', before: 'archived', after: 'active' },
    ]);
    expect(await storedGroup(ctx, 'sunrise-serenity')).toMatchObject({ status: 'active' });
  });
});
