// URLs the router itself refuses (a path parameter over its length limit, bad percent-encoding)
// answer with our problem+json like any other error, and never echo the path back.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../../test/helpers/problem';
import { createTestContext, type TestContext, type TestUser } from '../../../test/helpers/test-app';
import { testDialect } from '../../../test/helpers/test-db';

/** Over the router's 100-character limit for one parameter. */
const LONG_TOKEN = 'T'.repeat(101);
const LONG_SLUG = 'long-slug-'.repeat(11);
const BAD_ESCAPE = '%E0%A4%A';

/** What an answer says, without what differs between any two requests. */
function answer(res: LightMyRequestResponse) {
  const { date, 'x-request-id': id, ...headers } = res.headers;
  expect(date).toBeTypeOf('string');
  expect(id).toBeTypeOf('string');
  return { status: res.statusCode, headers, body: res.body };
}

/** Neither the path, nor any piece of it, nor Fastify's own error, is sent back. */
function expectNoEcho(res: LightMyRequestResponse, ...pieces: string[]): void {
  for (const piece of [...pieces, 'FST_', 'url component', 'param length']) {
    expect(res.body).not.toContain(piece);
    expect(JSON.stringify(res.headers)).not.toContain(piece);
  }
}

describe(`framework errors on ${testDialect}`, () => {
  let ctx: TestContext;
  let member: TestUser;
  let webDir: string;
  beforeAll(async () => {
    // A web build, as in production: the group page is a route of its own.
    webDir = mkdtempSync(path.join(tmpdir(), 'kindred-web-'));
    writeFileSync(path.join(webDir, 'index.html'), '<html><head><title>K</title></head></html>');
    ctx = await createTestContext({ config: { webDir } });
    member = await ctx.newUser();
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const call = (method: 'GET' | 'PUT' | 'DELETE' | 'HEAD', url: string, as?: TestUser) =>
    ctx.request({ method, url, ...(as ? { as } : {}) });

  it('answers a calendar token too long for the router exactly like an unknown token', async () => {
    const unknown = await call('GET', `/calendar/${'A'.repeat(43)}.ics`);
    expectProblem(unknown, 404, 'not_found');
    for (const url of [
      `/calendar/${LONG_TOKEN}.ics`,
      `/calendar/${LONG_TOKEN}.ics?lang=es`,
      `/%63alendar/${LONG_TOKEN}.ics`,
      `/calendar/${BAD_ESCAPE}.ics`,
      `/calendar/${'A'.repeat(43)}${BAD_ESCAPE}.ics`,
    ]) {
      const res = await call('GET', url);
      expect(answer(res), url).toEqual(answer(unknown));
      expect(res.headers['x-request-id']).not.toBe(unknown.headers['x-request-id']);
      expectNoEcho(res, LONG_TOKEN.slice(0, 20), BAD_ESCAPE, 'A'.repeat(43));
    }
    // The answer carries every header any reply does: the hooks ran for it.
    expect(unknown.headers['content-security-policy']).toContain("default-src 'self'");
    expect(unknown.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a group page with an impossible slug as not found', async () => {
    // A missing group's page is the web app's not-found page; an impossible slug cannot reach the
    // page route, so it gets the same status as a problem.
    const missing = await call('GET', '/groups/no-such-group');
    expect(missing.statusCode).toBe(404);
    for (const url of [`/groups/${LONG_SLUG}`, `/groups/${BAD_ESCAPE}`]) {
      const res = await call('GET', url);
      expectProblem(res, 404, 'not_found');
      expect(res.json()).toEqual({
        type: '/problems/not_found',
        title: 'Not found',
        status: 404,
        code: 'not_found',
      });
      expectNoEcho(res, LONG_SLUG.slice(0, 20), BAD_ESCAPE);
    }
  });

  it('refuses over-long and badly encoded slugs elsewhere as a validation failure', async () => {
    const cases: [method: 'GET' | 'PUT' | 'DELETE', url: string, as?: TestUser][] = [
      ['GET', `/groups/${LONG_SLUG}/calendar.ics`],
      ['GET', `/groups/${BAD_ESCAPE}/calendar.ics`],
      ['GET', `/groups/${LONG_SLUG}/calendar.ics`, member],
      ['PUT', `/api/groups/${LONG_SLUG}/follow`],
      ['PUT', `/api/groups/${LONG_SLUG}/follow`, member],
      ['DELETE', `/api/groups/${LONG_SLUG}/follow`, member],
      ['PUT', `/api/groups/${BAD_ESCAPE}/follow`, member],
      ['GET', `/api/groups/${LONG_SLUG}`],
      ['GET', `/api/${BAD_ESCAPE}`],
    ];
    for (const [method, url, as] of cases) {
      const res = await call(method, url, as);
      expectProblem(res, 400, 'validation_failed');
      expect(res.json(), `${method} ${url}`).toEqual({
        type: '/problems/validation_failed',
        title: 'Some fields need attention',
        status: 400,
        code: 'validation_failed',
      });
      expect(res.headers['x-request-id']).toBeTypeOf('string');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expectNoEcho(res, LONG_SLUG.slice(0, 20), BAD_ESCAPE);
    }
    // A slug the router accepts but the schema refuses gets the same code, from the route itself.
    expectProblem(
      await call('GET', `/groups/${'a'.repeat(65)}/calendar.ics`),
      400,
      'validation_failed',
    );
  });

  it('still serves the same paths when nothing is wrong with them', async () => {
    expectProblem(await call('GET', '/groups/no-such-group/calendar.ics'), 404, 'not_found');
    const head = await call('HEAD', `/calendar/${LONG_TOKEN}.ics`);
    expect(head.statusCode).toBe(404);
    expect(head.body).toBe('');
  });
});
