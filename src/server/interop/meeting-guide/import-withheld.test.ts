// A file that cannot be fully read never archives a source's groups: a junk feed, or one with a
// record whose slug cannot be read, withholds every removal (and says so); a record whose slug is
// known but which is otherwise broken keeps its own group from being archived.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowCounts } from '../../routes/groups/groups.test-helpers';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';
import { issueKeys, ownFixture, runImport, slugsOf } from './import.test-helpers';

type Meeting = Record<string, unknown> & { slug: string };

const base = () => JSON.parse(ownFixture('meeting-guide/tsml-export.json')) as Meeting[];
const SOURCE = 'withheld.json';
const ALL = ['covered-bridge', 'noon-hybrid', 'sunrise-serenity', 'wheaton-women'];

describe(`imports that cannot be fully read archive nothing (${testDialect})`, () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
    const first = await runImport(ctx, admin, 'apply', {
      content: JSON.stringify(base()),
      source: SOURCE,
    });
    expect(slugsOf(first.added)).toEqual(ALL);
  });
  afterAll(async () => {
    await ctx.close();
  });

  /** Status of every group of the source, by slug. */
  const statuses = async () => {
    const rows = await ctx.db
      .selectFrom('support_group')
      .select(['slug', 'status'])
      .where('source', '=', SOURCE)
      .orderBy('slug')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.slug, r.status]));
  };
  const allActive = Object.fromEntries(ALL.map((slug) => [slug, 'active']));

  /** Preview, then apply (the helper previews again for the planId): both reports. */
  async function previewAndApply(feed: unknown[]) {
    const content = JSON.stringify(feed);
    const preview = await runImport(ctx, admin, 'preview', {
      content,
      source: SOURCE,
    });
    const applied = await runImport(ctx, admin, 'apply', {
      content,
      source: SOURCE,
    });
    return { preview, applied };
  }

  it.each([
    ['objects without any meeting field', [{ foo: 1 }, { bar: 2 }]],
    ['numbers', [1, 2, 3]],
  ])('a junk feed (%s) keeps every group, and says why', async (_what, junk) => {
    const before = await rowCounts(ctx);
    const { preview, applied } = await previewAndApply(junk);
    for (const report of [preview, applied]) {
      expect(report.counts).toMatchObject({ added: 0, changed: 0, removed: 0, groups: 0 });
      expect(report.removed).toEqual([]);
      expect(slugsOf(report.kept)).toEqual(ALL);
      expect(report.warnings).toContainEqual({
        index: 0,
        slug: null,
        field: 'record',
        message:
          'None of the records in this file could be read, so 4 groups from this source that the file does not list were kept as they are, not archived. Please check that this is the right file.',
      });
      expect(report.errors.length).toBeGreaterThanOrEqual(junk.length);
    }
    expect(applied.applied).toBe(true);
    // Nothing written: not a status, not a row, not an audit event.
    expect(await statuses()).toEqual(allActive);
    expect(await rowCounts(ctx)).toEqual(before);
  });

  it('a record without a readable slug keeps the groups the file does not list', async () => {
    // Sunrise Serenity is gone from the file, and one record has no slug: it may be Sunrise.
    const feed = [
      ...base().filter((m) => m.slug !== 'sunrise-serenity'),
      { name: 'Who knows', day: 1, time: '10:00', conference_url: 'https://zoom.us/j/9' },
    ];
    const { preview, applied } = await previewAndApply(feed);
    for (const report of [preview, applied]) {
      expect(issueKeys(report.errors)).toEqual(['4 - slug']);
      expect(report.removed).toEqual([]);
      expect(report.kept).toEqual([{ slug: 'sunrise-serenity', name: 'Sunrise Serenity' }]);
      expect(report.warnings).toContainEqual({
        index: 4,
        slug: null,
        field: 'slug',
        message:
          'Some records could not be read and have no slug, so we cannot tell which groups they are: 1 group from this source that the file does not list was kept as it is, not archived. Fix those records and import again to archive what the source no longer lists.',
      });
      expect(report.counts).toMatchObject({ unchanged: 3, removed: 0 });
    }
    expect(await statuses()).toEqual(allActive);
  });

  it('a broken record whose slug is known keeps its own group, and only that', async () => {
    const broken = base().map((m) => (m.slug === 'covered-bridge' ? { ...m, day: 9 } : m));
    const { preview, applied } = await previewAndApply(broken);
    for (const report of [preview, applied]) {
      expect(issueKeys(report.errors)).toEqual(['4 covered-bridge day']);
      // Its group is not archived, and nothing else is withheld: the other slugs are known.
      expect(report.removed).toEqual([]);
      expect(report.kept).toEqual([]);
      expect(report.counts).toMatchObject({ unchanged: 3, removed: 0 });
    }
    expect(await statuses()).toEqual(allActive);

    // The same broken record while another group really left the source: that one is archived.
    const alsoDropped = broken.filter((m) => m.slug !== 'noon-hybrid');
    const report = await runImport(ctx, admin, 'apply', {
      content: JSON.stringify(alsoDropped),
      source: SOURCE,
    });
    expect(report.removed).toEqual([{ slug: 'noon-hybrid', name: 'Noon Hybrid' }]);
    expect(await statuses()).toEqual({ ...allActive, 'noon-hybrid': 'archived' });
  });
});
