import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs, type CapturedLog } from '../../test/helpers/log-capture';
import { latestResetToken } from '../../test/helpers/outbox';
import {
  createTestContext,
  sessionCookieFrom,
  type TestContext,
} from '../../test/helpers/test-app';
import { createLogger, isCalendarPath, redactUrl } from './logger';

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

describe('calendar tokens never reach the request log', () => {
  let ctx: TestContext;
  let logs: CapturedLog;
  beforeAll(async () => {
    logs = captureLogs('info');
    ctx = await createTestContext({ deps: { logger: logs.logger } });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const TOKEN = 'Sec7etCalendarToken_abcdefghijklmnopqrstuvw';

  it.each([
    ['the feed', `/calendar/${TOKEN}.ics`, '/calendar/[redacted]'],
    ['a trailing slash', `/calendar/${TOKEN}.ics/`, '/calendar/[redacted]'],
    ['no extension', `/calendar/${TOKEN}`, '/calendar/[redacted]'],
    ['upper case', `/calendar/${TOKEN}.ICS?lang=es`, '/calendar/[redacted]?lang=es'],
    ['a query', `/calendar/${TOKEN}.ics?lang=es&x=1`, '/calendar/[redacted]?lang=es&x=1'],
    ['encoded letters', `/%63alendar/${TOKEN}.ics`, '/calendar/[redacted]'],
    [
      'a long token (414 in the router)',
      `/calendar/${TOKEN.repeat(3)}.ics`,
      '/calendar/[redacted]',
    ],
    [
      'bad encoding (400 in the router)',
      `/calendar/${TOKEN}%E0%A4%A.ics?lang=en`,
      '/calendar/[redacted]?lang=en',
    ],
  ])('redacts %s', async (_name, url, logged) => {
    // Whatever answers (the feed, the web app's fallback, a 404), the log line is redacted.
    const res = await ctx.request({ method: 'GET', url });
    const id = String(res.headers['x-request-id']);
    const lines = logs.entries().filter((e) => e.reqId === id);
    expect(lines.find((e) => e.msg === 'incoming request')).toMatchObject({
      req: { method: 'GET', url: logged },
    });
    expect(logs.lines.join('\n')).not.toContain(TOKEN);
    expect(logs.lines.join('\n')).not.toContain(TOKEN.slice(0, 12));
  });

  it('logs a router refusal by its code, never its message (which holds the path)', async () => {
    const long = await ctx.request({
      method: 'GET',
      url: `/groups/${'g'.repeat(101)}/calendar.ics`,
    });
    const bad = await ctx.request({ method: 'GET', url: '/api/groups/%E0%A4%A/follow' });
    const refusals = logs.entries().filter((e) => e.msg === 'malformed URL refused');
    expect(refusals.filter((e) => e.reqId === long.headers['x-request-id'])).toEqual([
      expect.objectContaining({ code: 'FST_ERR_MAX_PARAM_LENGTH', statusCode: 400 }),
    ]);
    expect(refusals.filter((e) => e.reqId === bad.headers['x-request-id'])).toEqual([
      expect.objectContaining({ code: 'FST_ERR_BAD_URL', statusCode: 400 }),
    ]);
    expect(logs.lines.join('\n')).not.toMatch(
      /is exceeding the max param length|valid url component/,
    );
  });
});

describe('redactUrl', () => {
  it('hides everything after /calendar/ up to the query, however it is spelled', () => {
    expect(redactUrl('/calendar/abc.ics')).toBe('/calendar/[redacted]');
    expect(redactUrl('/calendar/abc.ics/more/parts?lang=es#x')).toBe(
      '/calendar/[redacted]?lang=es#x',
    );
    expect(redactUrl('/CALENDAR/abc')).toBe('/calendar/[redacted]');
    expect(redactUrl('/%63%61lendar%2Fabc.ics')).toBe('/calendar/[redacted]');
    expect(redactUrl('/calendar/')).toBe('/calendar/[redacted]');
    expect(redactUrl('/api/import?from=/calendar/abc')).toBe(
      '/api/import?from=/calendar/[redacted]',
    );
  });

  it('leaves other URLs alone, group calendars included', () => {
    for (const url of ['/groups/x/calendar.ics?lang=es', '/api/me/calendar', '/calendar', '/']) {
      expect(redactUrl(url)).toBe(url);
    }
    expect(isCalendarPath('/calendar/abc.ics')).toBe(true);
    expect(isCalendarPath('/%63alendar/abc.ics')).toBe(true);
    expect(isCalendarPath('/groups/calendar/abc')).toBe(false);
    expect(isCalendarPath('/api/me/calendar')).toBe(false);
  });
});

/** Logs one line through the real createLogger, keeping its configuration, and returns it. */
function logThroughCreateLogger(fields: Record<string, unknown>, msg: string): string {
  const logger = createLogger('info');
  // Captured through pino's published symbols, so redaction and serializers stay as configured.
  const stream = (logger as unknown as Record<symbol, { write: (s: string) => unknown }>)[
    pino.symbols.streamSym
  ];
  if (!stream) throw new Error('pino stream not found');
  const lines: string[] = [];
  const original = stream.write;
  stream.write = (s: string) => lines.push(s);
  try {
    logger.info(fields, msg);
  } finally {
    stream.write = original;
  }
  expect(lines).toHaveLength(1);
  return lines[0] ?? '{}';
}

describe('createLogger', () => {
  it('redacts known secret fields as a second line of defence', () => {
    const line = logThroughCreateLogger(
      {
        req: { headers: { cookie: 'kindred_session=abc123', authorization: 'Bearer xyz789' } },
        user: { password: 'hunter2-hunter2', token: 'tok-123' },
        mail: { text: 'reset link body', body: 'raw body' },
      },
      'x',
    );
    const entry = JSON.parse(line) as Record<string, Record<string, unknown>>;
    expect(entry.req).toEqual({ headers: { cookie: '[redacted]', authorization: '[redacted]' } });
    expect(entry.user).toEqual({ password: '[redacted]', token: '[redacted]' });
    expect(entry.mail).toEqual({ text: '[redacted]', body: '[redacted]' });
  });

  it('serializes a logged request with its calendar token redacted', () => {
    const req = {
      method: 'GET',
      url: '/calendar/tok-123-secret.ics/?lang=es',
      host: 'kindred.example',
      ip: '203.0.113.9',
      socket: { remotePort: 4321 },
      headers: { cookie: 'kindred_session=abc123' },
    };
    const line = logThroughCreateLogger({ req }, 'incoming request');
    expect((JSON.parse(line) as Record<string, unknown>).req).toEqual({
      method: 'GET',
      url: '/calendar/[redacted]?lang=es',
      host: 'kindred.example',
      remoteAddress: '203.0.113.9',
      remotePort: 4321,
    });
    expect(line).not.toContain('tok-123-secret');
    expect(line).not.toContain('abc123');
  });
});
