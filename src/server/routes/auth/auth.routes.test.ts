import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  sessionCookieFrom,
  type TestContext,
} from '../../../../test/helpers/test-app';

describe('auth routes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('signs up, reports the session, signs out and in again', async () => {
    const signUp = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: {
        email: '  Alex@Example.org ',
        password: 'a long passphrase',
        displayName: 'Alex R.',
      },
    });
    expect(signUp.statusCode).toBe(201);
    const body = signUp.json<{ user: { email: string; role: string; displayName: string } }>();
    expect(body.user).toMatchObject({
      email: 'alex@example.org',
      role: 'member',
      displayName: 'Alex R.',
    });
    expect(signUp.body).not.toContain('password');
    const cookie = sessionCookieFrom(signUp);
    const setCookie = String(signUp.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);

    const session = await ctx.request({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(session.json()).toMatchObject({
      user: { email: 'alex@example.org' },
      abilities: { manageOrganization: false },
    });

    const out = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(204);
    const after = await ctx.request({ method: 'GET', url: '/api/session', headers: { cookie } });
    expect(after.json()).toMatchObject({ user: null });

    const signIn = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ALEX@example.org', password: 'a long passphrase' },
    });
    expect(signIn.statusCode).toBe(200);
    expect(sessionCookieFrom(signIn)).not.toBe(cookie);
  });

  it('rotates the session id at sign-in and destroys the old one', async () => {
    const user = await ctx.newUser();
    const res = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { cookie: user.cookie },
      payload: { email: user.email, password: user.password },
    });
    const fresh = sessionCookieFrom(res);
    expect(fresh).not.toBe(user.cookie);
    const old = await ctx.request({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: user.cookie },
    });
    expect(old.json()).toMatchObject({ user: null });
    const now = await ctx.request({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: fresh },
    });
    expect(now.json()).toMatchObject({ user: { id: user.id } });
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const user = await ctx.newUser();
    const wrong = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: 'not the password' },
    });
    const unknown = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody-here@example.org', password: 'not the password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (b: Record<string, unknown>) => ({ ...b });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.json()).toMatchObject({ code: 'invalid_credentials' });
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    const user = await ctx.newUser();
    const res = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: {
        email: user.email.toUpperCase(),
        password: 'another passphrase',
        displayName: 'Kim L.',
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'email_taken' });
  });

  it('validates sign-up fields and names each bad one', async () => {
    const res = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'not-an-email', password: 'short', displayName: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; errors: { path: string }[] }>();
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e) => e.path).sort()).toEqual(['displayName', 'email', 'password']);
  });

  it('rejects display names that are emails or phone numbers', async () => {
    for (const displayName of ['sam@example.org', 'Call 630 555 0100']) {
      const res = await ctx.request({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: {
          email: `dn${displayName.length}@example.org`,
          password: 'long enough pass',
          displayName,
        },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('displayName');
    }
  });

  it('answers malformed JSON, wrong types, wrong media type and oversize bodies with problems', async () => {
    const malformed = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'malformed_json' });

    const wrongTypes = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 42, password: ['x'] },
    });
    expect(wrongTypes.statusCode).toBe(400);
    expect(wrongTypes.json()).toMatchObject({ code: 'validation_failed' });

    const media = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'text/xml' },
      payload: '<x/>',
    });
    expect(media.statusCode).toBe(415);
    expect(media.json()).toMatchObject({ code: 'unsupported_media_type' });

    const huge = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'big@example.org', password: 'x'.repeat(200_000), displayName: 'Big B.' },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'payload_too_large' });
  });

  it('refuses cross-site unsafe requests (CSRF) but allows same-origin ones', async () => {
    const payload = {
      email: 'csrf@example.org',
      password: 'long enough pass',
      displayName: 'Cee S.',
    };
    const evil = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      headers: { origin: 'https://evil.example' },
      payload,
    });
    expect(evil.statusCode).toBe(403);
    expect(evil.json()).toMatchObject({ code: 'forbidden_origin' });
    const crossSite = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload,
    });
    expect(crossSite.statusCode).toBe(403);
    const same = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      headers: { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
      payload,
    });
    expect(same.statusCode).toBe(201);
  });

  it('records sign-up, sign-in and failed sign-in in the audit log', async () => {
    const user = await ctx.newUser();
    await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password: 'nope nope nope' },
    });
    const rows = await ctx.db
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('subject_id', '=', user.id)
      .execute();
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('user.signed_up');
    expect(actions).toContain('user.sign_in_failed');
    expect(rows.map((r) => r.detail).join()).not.toContain(user.password);
  });

  it('requires a session for /api/me and changes the display name', async () => {
    const anon = await ctx.request({
      method: 'PATCH',
      url: '/api/me',
      payload: { displayName: 'New N.' },
    });
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toMatchObject({ code: 'unauthenticated' });
    const user = await ctx.newUser();
    const res = await ctx.request({
      method: 'PATCH',
      url: '/api/me',
      as: user,
      payload: { displayName: 'New N.' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'New N.' });
  });
});
