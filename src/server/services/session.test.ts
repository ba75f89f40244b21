import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY, testClock } from '../../../test/helpers/clock';
import {
  createTestContext,
  sessionCookieFrom,
  type TestContext,
  type TestUser,
} from '../../../test/helpers/test-app';
import { SESSION_MAX_MS } from './session.service';

describe('sessions over time', () => {
  const clock = testClock();
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ deps: { clock } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const whoIs = async (user: TestUser) =>
    (await ctx.request({ method: 'GET', url: '/api/session', as: user })).json<{
      user: { id: string } | null;
    }>().user;
  const sessionsOf = async (user: TestUser) =>
    ctx.db.selectFrom('session').selectAll().where('user_id', '=', user.id).execute();

  it('stores only a hash of the cookie token', async () => {
    const user = await ctx.newUser();
    const token = user.cookie.split('=')[1] ?? '';
    const rows = await sessionsOf(user);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id_hash).not.toBe(token);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('treats a session idle for 15 days as signed out, and removes it', async () => {
    const user = await ctx.newUser();
    expect(await whoIs(user)).toMatchObject({ id: user.id });
    clock.advance(15 * DAY);
    expect(await whoIs(user)).toBeNull();
    expect(await sessionsOf(user)).toHaveLength(0);
    const me = await ctx.request({
      method: 'PATCH',
      url: '/api/me',
      as: user,
      payload: { displayName: 'Late L.' },
    });
    expect(me.statusCode).toBe(401);
  });

  it('keeps an active session alive past 14 days, up to the 30-day limit', async () => {
    const user = await ctx.newUser();
    clock.advance(13 * DAY);
    expect(await whoIs(user)).toMatchObject({ id: user.id });
    clock.advance(13 * DAY); // 26 days since sign-in, 13 since last seen
    expect(await whoIs(user)).toMatchObject({ id: user.id });
    clock.advance(3 * DAY); // 29 days
    expect(await whoIs(user)).toMatchObject({ id: user.id });
    clock.advance(2 * DAY); // 31 days: past the hard limit despite activity
    expect(await whoIs(user)).toBeNull();
  });

  it('keeps the cookie no longer than the session may live', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: {
        email: 'cookie-age@example.org',
        password: 'long enough pass',
        displayName: 'Max A.',
      },
    });
    const cookie = res.cookies.find((c) => c.name === 'kindred_session');
    expect(cookie?.maxAge).toBe(SESSION_MAX_MS / 1000);
    expect(cookie).toMatchObject({ path: '/', httpOnly: true, sameSite: 'Lax' });
    expect(cookie?.secure).toBeFalsy();
  });
});

describe('session cookie behind https', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { publicUrl: new URL('https://groups.example.org') } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('is Secure and uses the __Host- prefix, and works', async () => {
    const user = await ctx.newUser();
    expect(user.cookie.startsWith('__Host-kindred_session=')).toBe(true);
    const signIn = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: user.password },
    });
    const cookie = signIn.cookies.find((c) => c.name === '__Host-kindred_session');
    expect(cookie).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'Lax' });
    expect(cookie?.domain).toBeUndefined();
    expect(String(signIn.headers['set-cookie'])).toMatch(/;\s*Secure/i);

    const fresh = sessionCookieFrom(signIn);
    const session = await ctx.request({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: fresh },
    });
    expect(session.json()).toMatchObject({ user: { id: user.id } });
    // The plain name is not honoured on https.
    const plain = fresh.replace('__Host-', '');
    const ignored = await ctx.request({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: plain },
    });
    expect(ignored.json()).toMatchObject({ user: null });
  });

  it('clears the cookie at sign-out with the attributes browsers require for __Host-', async () => {
    const user = await ctx.newUser();
    const out = await ctx.request({ method: 'POST', url: '/api/auth/sign-out', as: user });
    expect(out.statusCode).toBe(204);
    const cleared = out.cookies.find((c) => c.name === '__Host-kindred_session');
    expect(cleared?.value).toBe('');
    // Without Secure (and Path=/) a browser ignores a __Host- cookie, so it would never be cleared.
    expect(cleared).toMatchObject({ secure: true, path: '/' });
    expect(cleared?.expires?.getTime() ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(Date.now());
    expect(
      (await ctx.request({ method: 'GET', url: '/api/session', as: user })).json(),
    ).toMatchObject({ user: null });
  });
});
