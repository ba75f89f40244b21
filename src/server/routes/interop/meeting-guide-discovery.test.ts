// The feed announces itself: every page of the app links it for feed readers and TSML UI.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup } from '../groups/groups.test-helpers';

describe('Meeting Guide feed discovery', () => {
  // The app's own page shell (src/web/index.html, as the server serves it once built): every
  // page of the app, group pages and the not-found page included, announces the feed.
  const LINK =
    /<link\s+rel="alternate"\s+type="application\/json"\s+title="Meetings Feed"\s+href="\/api\/meeting-guide\.json"\s*\/?>/;
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: {
        rateLimits: relaxedRateLimits,
        webDir: fileURLToPath(new URL('../../../web', import.meta.url)),
      },
    });
    const admin = await ctx.newUser({ role: 'admin' });
    await createGroup(ctx, admin, { slug: 'announced', name: 'Announced Group' });
  });
  afterAll(() => ctx.close());

  it.each([
    ['/', 200],
    ['/groups', 200],
    ['/groups/announced', 200],
    ['/groups/no-such-group', 404],
    ['/help', 200],
    ['/signin', 200],
  ])('is linked from %s', async (url, status) => {
    const res = await ctx.request({ method: 'GET', url });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toMatch(LINK);
  });
});
