import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../../contracts/groups';
import { captureLogs, type CapturedLog } from '../../../../test/helpers/log-capture';
import { onlineSchedule } from '../../../../test/helpers/group-builder';
import { expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { testDialect } from '../../../../test/helpers/test-db';
import { createGroup, setStatus } from '../groups/groups.test-helpers';

const FEED_URL = /^http:\/\/localhost:3000\/calendar\/([A-Za-z0-9_-]{43})\.ics$/;
const SECRET_LINK = 'https://meet.example.org/members-room-91';

describe(`personal calendars and follows on ${testDialect}`, () => {
  let ctx: TestContext;
  let logs: CapturedLog;
  let admin: TestUser;
  let open: GroupDetail;
  let membersOnly: GroupDetail;

  beforeAll(async () => {
    logs = captureLogs('info');
    ctx = await createTestContext({ deps: { logger: logs.logger } });
    admin = await ctx.newUser({ role: 'admin' });
    open = await createGroup(ctx, admin, { name: 'Open circle' });
    membersOnly = await createGroup(ctx, admin, {
      name: 'Members circle',
      attendance: 'members-only',
      schedules: [onlineSchedule({ online: { joinUrl: SECRET_LINK } })],
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, as?: TestUser) =>
    ctx.request({ method, url, ...(as ? { as } : {}) });
  const feedPath = (url: string) => new URL(url).pathname;
  const follow = (slug: string, as?: TestUser) => call('PUT', `/api/groups/${slug}/follow`, as);

  it('asks visitors to sign in', async () => {
    for (const [method, url] of [
      ['GET', '/api/me/calendar'],
      ['POST', '/api/me/calendar'],
      ['DELETE', '/api/me/calendar'],
      ['GET', '/api/me/follows'],
      ['PUT', `/api/groups/${open.slug}/follow`],
      ['DELETE', `/api/groups/${open.slug}/follow`],
    ] as const) {
      expectProblem(await call(method, url), 401, 'unauthenticated');
    }
  });

  it('creates, shows, rotates and revokes the calendar URL; old ones are simply not found', async () => {
    const me = await ctx.newUser();
    expect((await call('GET', '/api/me/calendar', me)).json()).toEqual({ url: null });

    const created = await call('POST', '/api/me/calendar', me);
    expect(created.statusCode).toBe(200);
    const first = created.json<{ url: string }>().url;
    const token = FEED_URL.exec(first)?.[1] ?? '';
    expect(token).not.toBe('');
    expect((await call('GET', '/api/me/calendar', me)).json()).toEqual({ url: first });
    const feed = await call('GET', feedPath(first));
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('private, no-cache');
    expect(feed.body).toContain('X-WR-CALNAME:My meetings · Prairie Path Behavioral Health');

    // Only a keyed hash of the token is stored.
    const rows = await ctx.db.selectFrom('calendar_subscription').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);

    const rotated = (await call('POST', '/api/me/calendar', me)).json<{ url: string }>().url;
    expect(rotated).toMatch(FEED_URL);
    expect(rotated).not.toBe(first);
    const stale = await call('GET', feedPath(first));
    expectProblem(stale, 404, 'not_found');
    expect((await call('GET', feedPath(rotated))).statusCode).toBe(200);

    expect((await call('DELETE', '/api/me/calendar', me)).statusCode).toBe(204);
    expect((await call('DELETE', '/api/me/calendar', me)).statusCode).toBe(204);
    const revoked = await call('GET', feedPath(rotated));
    expectProblem(revoked, 404, 'not_found');
    const unknown = await call('GET', `/calendar/${'A'.repeat(43)}.ics`);
    const garbage = await call('GET', '/calendar/not-a-token.ics');
    for (const res of [unknown, garbage]) expectProblem(res, 404, 'not_found');
    expect(revoked.json()).toEqual(unknown.json());
    expect((await call('GET', '/api/me/calendar', me)).json()).toEqual({ url: null });

    const audit = await ctx.db
      .selectFrom('audit_event')
      .selectAll()
      .where('actor_id', '=', me.id)
      .where('action', 'like', 'calendar.%')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, JSON.parse(a.detail) as unknown])).toEqual([
      ['calendar.subscription_created', { replaced: false }],
      ['calendar.subscription_created', { replaced: true }],
      ['calendar.subscription_revoked', {}],
    ]);
    // No token in logs or audit details.
    for (const t of [token, FEED_URL.exec(rotated)?.[1] ?? '']) {
      expect(logs.lines.join('\n')).not.toContain(t);
      expect(JSON.stringify(audit)).not.toContain(t);
    }
    expect(logs.lines.join('\n')).toContain('"url":"/calendar/[redacted]"');
  });

  it('keeps a live token out of the log on near misses and URLs the router refuses', async () => {
    const me = await ctx.newUser();
    const url = (await call('POST', '/api/me/calendar', me)).json<{ url: string }>().url;
    const token = FEED_URL.exec(url)?.[1] ?? '';
    expect(token).toHaveLength(43);
    const before = logs.lines.length;
    // null: the web app's fallback answers, if a build is there (200), else a 404.
    const nearMisses = [
      [`/calendar/${token}.ics/`, null],
      [`/calendar/${token}`, null],
      [`/calendar/${token}.ICS`, null],
      [`/calendar/${token}.ics/?lang=es`, null],
      [`/calendar/${token}?lang=es`, null],
      [`/calendar/${token}.ics?lang=es`, 200],
      [`/%63alendar/${token}.ics`, 200],
      [`/calendar/${token}${token}${token}.ics?lang=es`, 404], // 414 in the router
      [`/calendar/${token}%E0%A4%A.ics?lang=es`, 404], // 400 in the router
    ] as const;
    for (const [path, status] of nearMisses) {
      const res = await call('GET', path);
      if (status !== null) expect(res.statusCode, path).toBe(status);
    }
    const written = logs.lines.slice(before);
    const urls = written
      .map((l) => JSON.parse(l) as { msg: string; req?: { url: string } })
      .filter((e) => e.msg === 'incoming request')
      .map((e) => e.req?.url);
    expect(urls).toEqual([
      '/calendar/[redacted]',
      '/calendar/[redacted]',
      '/calendar/[redacted]',
      '/calendar/[redacted]?lang=es',
      '/calendar/[redacted]?lang=es',
      '/calendar/[redacted]?lang=es',
      '/calendar/[redacted]',
      '/calendar/[redacted]?lang=es',
      '/calendar/[redacted]?lang=es',
    ]);
    for (const piece of [token, token.slice(0, 16), token.slice(-16)]) {
      expect(written.join('\n')).not.toContain(piece);
    }
  });

  it('follows and unfollows idempotently, and lists follows', async () => {
    const me = await ctx.newUser();
    for (let i = 0; i < 2; i++) {
      const res = await follow(open.slug, me);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ slug: open.slug, following: true });
    }
    await follow(membersOnly.slug, me);
    const list = await call('GET', '/api/me/follows', me);
    const follows = list.json<{ follows: { slug: string; name: string; followedAt: string }[] }>();
    expect(follows.follows.map((f) => [f.slug, f.name])).toEqual([
      [membersOnly.slug, 'Members circle'],
      [open.slug, 'Open circle'],
    ]);
    expect(follows.follows.every((f) => !Number.isNaN(Date.parse(f.followedAt)))).toBe(true);
    for (let i = 0; i < 2; i++) {
      const res = await call('DELETE', `/api/groups/${open.slug}/follow`, me);
      expect(res.json()).toEqual({ slug: open.slug, following: false });
    }
    const after = (await call('GET', '/api/me/follows', me)).json<{
      follows: { slug: string }[];
    }>();
    expect(after.follows.map((f) => f.slug)).toEqual([membersOnly.slug]);
    const count = await ctx.db
      .selectFrom('group_follow')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('user_id', '=', me.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('refuses to follow missing or closed groups as not found, but lets people leave them', async () => {
    const me = await ctx.newUser();
    const closing = await createGroup(ctx, admin, { name: 'Closing circle' });
    await follow(closing.slug, me);
    await setStatus(ctx, admin, closing.id, 'archived');
    expectProblem(await follow('no-such-group', me), 404, 'not_found');
    expectProblem(await follow(closing.slug, me), 404, 'not_found');
    expectProblem(await follow(closing.slug, admin), 404, 'not_found');
    const stranger = await ctx.newUser();
    expectProblem(
      await call('DELETE', `/api/groups/${closing.slug}/follow`, stranger),
      404,
      'not_found',
    );
    const listed = (await call('GET', '/api/me/follows', me)).json<{
      follows: { status: string }[];
    }>();
    expect(listed.follows.map((f) => f.status)).toEqual(['archived']);
    expect((await call('DELETE', `/api/groups/${closing.slug}/follow`, me)).statusCode).toBe(200);
    expectProblem(await call('PUT', '/api/groups/Not_A_Slug/follow', me), 400, 'validation_failed');
  });

  it("carries followed groups only, with join details as the owner's role allows", async () => {
    const member = await ctx.newUser();
    const memberAdmin = await ctx.newUser({ role: 'admin' });
    const feeds: Record<string, string> = {};
    for (const [name, who] of [
      ['member', member],
      ['admin', memberAdmin],
    ] as const) {
      await follow(membersOnly.slug, who);
      const url = (await call('POST', '/api/me/calendar', who)).json<{ url: string }>().url;
      const feed = await call('GET', feedPath(url));
      feeds[name] = feed.body.replace(/\r\n /g, '');
    }
    expect(feeds.member).toContain('SUMMARY:Members circle');
    expect(feeds.member).not.toContain('SUMMARY:Open circle');
    expect(feeds.member).not.toContain(SECRET_LINK);
    expect(feeds.member).toContain('The link to join online is shared with members');
    expect(feeds.admin).toContain(`Join online: ${SECRET_LINK}`);

    // Archived groups drop out of the calendar (a follow of a closed group shows nothing).
    const closing = await createGroup(ctx, admin, { name: 'Soon closed' });
    await follow(closing.slug, member);
    const url = (await call('GET', '/api/me/calendar', member)).json<{ url: string }>().url;
    expect((await call('GET', feedPath(url))).body).toContain('SUMMARY:Soon closed');
    await setStatus(ctx, admin, closing.id, 'archived');
    expect((await call('GET', feedPath(url))).body).not.toContain('SUMMARY:Soon closed');
  });
});
