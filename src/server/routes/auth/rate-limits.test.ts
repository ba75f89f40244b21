import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RateLimits } from '../../config';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';

const HOUR = 3_600_000;

function expectRateLimited(res: LightMyRequestResponse): void {
  expect(res.statusCode).toBe(429);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.json()).toMatchObject({
    type: '/problems/rate_limited',
    status: 429,
    code: 'rate_limited',
  });
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(HOUR / 1000);
}

describe('rate limits', () => {
  let ctx: TestContext;
  const limits: RateLimits = {
    ...relaxedRateLimits,
    signInPerIp: { max: 6, windowMs: HOUR },
    signInPerAccount: { max: 3, windowMs: HOUR },
    resetPerIp: { max: 5, windowMs: HOUR },
    resetPerAccount: { max: 2, windowMs: HOUR },
  };
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: limits } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const signIn = (email: string, remoteAddress: string, password = 'wrong password!') =>
    ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress,
      payload: { email, password },
    });
  const reset = (email: string, remoteAddress: string) =>
    ctx.request({
      method: 'POST',
      url: '/api/auth/password-reset',
      remoteAddress,
      payload: { email },
    });

  it('limits sign-in attempts per IP, whatever the account', async () => {
    const ip = '198.51.100.1';
    for (let i = 0; i < limits.signInPerIp.max; i++) {
      expect((await signIn(`ip-probe-${i}@example.org`, ip)).statusCode).toBe(401);
    }
    expectRateLimited(await signIn('ip-probe-last@example.org', ip));
    // Another address is unaffected.
    expect((await signIn('ip-probe-last@example.org', '198.51.100.2')).statusCode).toBe(401);
  });

  it('limits sign-in attempts per account, across IPs, even with the right password', async () => {
    const user = await ctx.newUser();
    for (let i = 0; i < limits.signInPerAccount.max; i++) {
      expect((await signIn(user.email, `203.0.113.${i + 1}`)).statusCode).toBe(401);
    }
    const blocked = await signIn(user.email.toUpperCase(), '203.0.113.50', user.password);
    expectRateLimited(blocked);
    expect(blocked.cookies.find((c) => c.name.endsWith('kindred_session'))).toBeUndefined();
  });

  it('does not block a different account from the same IP', async () => {
    const victim = await ctx.newUser();
    const bystander = await ctx.newUser();
    const ip = '192.0.2.10';
    for (let i = 0; i < limits.signInPerAccount.max; i++) {
      expect((await signIn(victim.email, ip)).statusCode).toBe(401);
    }
    expectRateLimited(await signIn(victim.email, ip));
    const ok = await signIn(bystander.email, ip, bystander.password);
    expect(ok.statusCode).toBe(200);
  });

  it('limits reset requests per account, across IPs, but not for other accounts', async () => {
    const user = await ctx.newUser();
    const other = await ctx.newUser();
    for (let i = 0; i < limits.resetPerAccount.max; i++) {
      expect((await reset(user.email, `198.18.0.${i + 1}`)).statusCode).toBe(202);
    }
    expectRateLimited(await reset(user.email, '198.18.0.99'));
    expect((await reset(other.email, '198.18.0.99')).statusCode).toBe(202);
    const mails = await ctx.db
      .selectFrom('outbox_message')
      .select('id')
      .where('to_address', '=', user.email)
      .execute();
    expect(mails).toHaveLength(limits.resetPerAccount.max);
  });

  it('limits reset requests per IP', async () => {
    const ip = '198.18.1.1';
    for (let i = 0; i < limits.resetPerIp.max; i++) {
      expect((await reset(`reset-probe-${i}@example.org`, ip)).statusCode).toBe(202);
    }
    expectRateLimited(await reset('reset-probe-last@example.org', ip));
  });
});

describe('sign-up rate limit', () => {
  let ctx: TestContext;
  const max = 3;
  beforeAll(async () => {
    ctx = await createTestContext({
      config: { rateLimits: { ...relaxedRateLimits, signUpPerIp: { max, windowMs: HOUR } } },
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const signUp = (n: number, remoteAddress: string) =>
    ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      remoteAddress,
      payload: {
        email: `signup-${remoteAddress}-${n}@example.org`,
        password: 'long enough pass',
        displayName: 'Rae T.',
      },
    });

  it('limits sign-ups per IP and creates no account once limited', async () => {
    const ip = '100.64.0.1';
    for (let i = 0; i < max; i++) expect((await signUp(i, ip)).statusCode).toBe(201);
    const blocked = await signUp(max, ip);
    expectRateLimited(blocked);
    const created = await ctx.db
      .selectFrom('app_user')
      .select('email')
      .where('email', '=', `signup-${ip}-${max}@example.org`)
      .execute();
    expect(created).toHaveLength(0);
    expect((await signUp(0, '100.64.0.2')).statusCode).toBe(201);
  });
});
