import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, testClock } from '../../../../test/helpers/clock';
import { outboxFor, latestResetToken, RESET_LINK } from '../../../../test/helpers/outbox';
import {
  createTestContext,
  sessionCookieFrom,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';

describe('password reset', () => {
  const clock = testClock();
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ deps: { clock }, config: { rateLimits: relaxedRateLimits } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const requestReset = (email: string) =>
    ctx.request({ method: 'POST', url: '/api/auth/password-reset', payload: { email } });
  const confirm = (token: string, password: string) =>
    ctx.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password },
    });
  const signIn = (user: TestUser, password: string) =>
    ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: user.email, password },
    });
  const whoIs = async (cookie: string) =>
    (await ctx.request({ method: 'GET', url: '/api/session', headers: { cookie } })).json<{
      user: { id: string } | null;
    }>().user;

  it('answers existing and unknown emails identically, mailing only the existing one', async () => {
    const user = await ctx.newUser();
    const unknownEmail = 'no-such-person@example.org';
    const countResets = async () =>
      (await ctx.db.selectFrom('password_reset').select('user_id').execute()).length;
    const known = await requestReset(user.email);
    const before = await countResets();
    const unknown = await requestReset(unknownEmail);
    expect(await countResets()).toBe(before);
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    expect(known.json<{ message: string }>().message).toMatch(/If an account exists/);

    const mail = await outboxFor(ctx.db, user.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.text_body).toMatch(RESET_LINK);
    expect(await outboxFor(ctx.db, unknownEmail)).toHaveLength(0);
    const mine = await ctx.db
      .selectFrom('password_reset')
      .select('user_id')
      .where('user_id', '=', user.id)
      .execute();
    expect(mine).toHaveLength(1);
  });

  it('sets the new password, signs out every session and works only once', async () => {
    const user = await ctx.newUser();
    const other = await signIn(user, user.password);
    const otherCookie = sessionCookieFrom(other);
    expect(await whoIs(user.cookie)).toMatchObject({ id: user.id });

    await requestReset(user.email);
    const token = await latestResetToken(ctx.db, user.email);
    const done = await confirm(token, 'a brand new passphrase');
    expect(done.statusCode).toBe(204);

    expect(await whoIs(user.cookie)).toBeNull();
    expect(await whoIs(otherCookie)).toBeNull();
    expect((await signIn(user, user.password)).statusCode).toBe(401);
    expect((await signIn(user, 'a brand new passphrase')).statusCode).toBe(200);

    const again = await confirm(token, 'yet another passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'invalid_token' });
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect((await signIn(user, 'yet another passphrase')).statusCode).toBe(401);
  });

  it('refuses an expired link and keeps the old password', async () => {
    const user = await ctx.newUser();
    await requestReset(user.email);
    const token = await latestResetToken(ctx.db, user.email);
    clock.advance(61 * MINUTE);
    const res = await confirm(token, 'a brand new passphrase');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_token' });
    expect((await signIn(user, user.password)).statusCode).toBe(200);
  });

  it('accepts a link just before it expires', async () => {
    const user = await ctx.newUser();
    await requestReset(user.email);
    const token = await latestResetToken(ctx.db, user.email);
    clock.advance(59 * MINUTE);
    expect((await confirm(token, 'a brand new passphrase')).statusCode).toBe(204);
  });

  it('invalidates an earlier link once a later one has been used', async () => {
    const user = await ctx.newUser();
    await requestReset(user.email);
    const first = await latestResetToken(ctx.db, user.email);
    await requestReset(user.email);
    const second = await latestResetToken(ctx.db, user.email);
    expect(second).not.toBe(first);

    expect((await confirm(second, 'the second passphrase')).statusCode).toBe(204);
    const stale = await confirm(first, 'the first passphrase');
    expect(stale.statusCode).toBe(400);
    expect(stale.json()).toMatchObject({ code: 'invalid_token' });
    expect((await signIn(user, 'the second passphrase')).statusCode).toBe(200);
  });

  it('finds the account whatever the case or spacing of the email', async () => {
    const user = await ctx.newUser();
    expect((await requestReset(`  ${user.email.toUpperCase()} `)).statusCode).toBe(202);
    expect(await outboxFor(ctx.db, user.email)).toHaveLength(1);
  });

  it('refuses a made-up token', async () => {
    const res = await confirm('x'.repeat(43), 'a brand new passphrase');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_token' });
  });

  it('audits the request and the reset', async () => {
    const user = await ctx.newUser();
    await requestReset(user.email);
    await confirm(await latestResetToken(ctx.db, user.email), 'a brand new passphrase');
    const rows = await ctx.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id'])
      .where('subject_id', '=', user.id)
      .orderBy('id')
      .execute();
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('user.password_reset_requested');
    expect(actions).toContain('user.password_reset');
    expect(rows.find((r) => r.action === 'user.password_reset')?.actor_id).toBe(user.id);
  });

  it('stores only a hash of the token', async () => {
    const user = await ctx.newUser();
    await requestReset(user.email);
    const token = await latestResetToken(ctx.db, user.email);
    const rows = await ctx.db
      .selectFrom('password_reset')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.token_hash).not.toBe(token);
    expect(JSON.stringify(rows)).not.toContain(token);
    const audit = await ctx.db.selectFrom('audit_event').select('detail').execute();
    expect(audit.map((a) => a.detail).join()).not.toContain(token);
  });
});
