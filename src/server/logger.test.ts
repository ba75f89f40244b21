import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs, type CapturedLog } from '../../test/helpers/log-capture';
import { latestResetToken } from '../../test/helpers/outbox';
import {
  createTestContext,
  sessionCookieFrom,
  type TestContext,
} from '../../test/helpers/test-app';
import { createLogger } from './logger';

describe('logging never leaks secrets', () => {
  let ctx: TestContext;
  let logs: CapturedLog;
  beforeAll(async () => {
    logs = captureLogs('trace');
    ctx = await createTestContext({ deps: { logger: logs.logger } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('logs request ids for sign-up, sign-in and reset, but no password, cookie or token', async () => {
    const email = 'logged-person@example.org';
    const password = 'Very-Secret-Passphrase-41';
    const newPassword = 'Another-Secret-Passphrase-42';

    const signUp = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email, password, displayName: 'Lee G.' },
    });
    expect(signUp.statusCode).toBe(201);
    const signUpCookie = sessionCookieFrom(signUp);
    const signIn = await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { cookie: signUpCookie },
      payload: { email, password },
    });
    expect(signIn.statusCode).toBe(200);
    const cookie = sessionCookieFrom(signIn);
    await ctx.request({
      method: 'GET',
      url: '/api/session',
      headers: { cookie, authorization: 'Bearer not-logged-either' },
    });
    await ctx.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: 'Wrong-Secret-Guess-43' },
    });

    expect(
      (await ctx.request({ method: 'POST', url: '/api/auth/password-reset', payload: { email } }))
        .statusCode,
    ).toBe(202);
    const token = await latestResetToken(ctx.db, email);
    const confirm = await ctx.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: newPassword },
    });
    expect(confirm.statusCode).toBe(204);

    const text = logs.lines.join('\n');
    const requestIds = [signUp, signIn, confirm].map((r) => String(r.headers['x-request-id']));
    const loggedIds = new Set(logs.entries().map((e) => e.reqId));
    for (const id of requestIds) expect(loggedIds).toContain(id);
    expect(text).toContain('mail stored in the dev outbox');

    for (const secret of [
      password,
      newPassword,
      'Wrong-Secret-Guess-43',
      signUpCookie.split('=')[1],
      cookie.split('=')[1],
      token,
      'not-logged-either',
    ]) {
      expect(secret && secret.length > 10).toBe(true);
      expect(text).not.toContain(secret);
    }
  });
});

describe('createLogger', () => {
  it('redacts known secret fields as a second line of defence', () => {
    const logger = createLogger('info');
    // Capture the real logger's output through pino's published symbols, keeping its configuration.
    const stream = (logger as unknown as Record<symbol, { write: (s: string) => unknown }>)[
      pino.symbols.streamSym
    ];
    if (!stream) throw new Error('pino stream not found');
    const lines: string[] = [];
    const original = stream.write;
    stream.write = (s: string) => lines.push(s);
    try {
      logger.info(
        {
          req: { headers: { cookie: 'kindred_session=abc123', authorization: 'Bearer xyz789' } },
          user: { password: 'hunter2-hunter2', token: 'tok-123' },
          mail: { text: 'reset link body', body: 'raw body' },
        },
        'x',
      );
    } finally {
      stream.write = original;
    }
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '{}') as Record<string, Record<string, unknown>>;
    expect(entry.req).toEqual({ headers: { cookie: '[redacted]', authorization: '[redacted]' } });
    expect(entry.user).toEqual({ password: '[redacted]', token: '[redacted]' });
    expect(entry.mail).toEqual({ text: '[redacted]', body: '[redacted]' });
  });
});
