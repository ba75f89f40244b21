import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs, type CapturedLog } from '../../../test/helpers/log-capture';
import { expectProblem } from '../../../test/helpers/problem';
import { testConfig } from '../../../test/helpers/test-config';
import { createTestDb, type TestDb } from '../../../test/helpers/test-db';
import { buildApp } from '../app';
import { AppError, errorRegistry } from '../errors';
import { seedDemo } from '../seed/organization.seed';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('error handling and routing', () => {
  let testDb: TestDb;
  let app: FastifyInstance;
  let logs: CapturedLog;
  beforeAll(async () => {
    testDb = await createTestDb();
    await seedDemo(testDb.db);
    logs = captureLogs('info');
    app = await buildApp(testConfig(testDb.config), { db: testDb.db, logger: logs.logger });
    // Throwaway routes, added before ready(), to exercise the real error handler.
    app.get('/api/boom', async () => {
      throw new Error('secret internal detail');
    });
    app.get('/api/teapot', async () => {
      throw new AppError('last_admin', 'A specific explanation');
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await testDb.destroy();
  });

  function expectRequestId(res: LightMyRequestResponse): string {
    const id = res.headers['x-request-id'];
    expect(typeof id).toBe('string');
    expect(id).toMatch(UUID);
    return id as string;
  }

  it('answers an unknown API path with a problem+json 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nope?x=1' });
    expectProblem(res, 404, 'not_found');
    expect(res.json()).toMatchObject({
      title: errorRegistry.not_found.title,
      detail: 'No route for GET /api/nope',
    });
    expectRequestId(res);
    expectProblem(
      await app.inject({ method: 'DELETE', url: '/api/auth/sign-in' }),
      404,
      'not_found',
    );
  });

  it('hides an unexpected error behind a 500 that carries only a reference', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/boom' });
    expectProblem(res, 500, 'internal_error');
    const id = expectRequestId(res);
    expect(res.json()).toEqual({
      type: '/problems/internal_error',
      title: errorRegistry.internal_error.title,
      status: 500,
      code: 'internal_error',
      detail: `Reference: ${id}`,
    });
    expect(res.body).not.toContain('secret internal detail');
    expect(res.body).not.toMatch(/at .*\.ts:\d+|stack|Error:/);

    // The detail stays in the log, tied to the same request id, for whoever runs the server.
    const logged = logs.entries().find((e) => e.msg === 'unhandled error');
    expect(logged).toMatchObject({ reqId: id, err: { message: 'secret internal detail' } });
  });

  it('passes coded errors through with their detail', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/teapot' });
    expectProblem(res, 409, 'last_admin');
    expect(res.json()).toMatchObject({ detail: 'A specific explanation' });
  });

  it('gives every error reply the problem shape, content type and a fresh request id', async () => {
    const replies = [
      await app.inject({ method: 'GET', url: '/api/nope' }),
      await app.inject({ method: 'GET', url: '/api/boom' }),
      await app.inject({ method: 'GET', url: '/api/admin/people' }),
      await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'x' } }),
      await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { 'content-type': 'application/json' },
        payload: '{',
      }),
      await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        headers: { origin: 'https://evil.example' },
        payload: {},
      }),
    ];
    expect(replies.map((r) => r.statusCode)).toEqual([404, 500, 401, 400, 400, 403]);
    const ids = new Set<string>();
    for (const res of replies) {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json<Record<string, unknown>>();
      expect(Object.keys(body)).toEqual(
        expect.arrayContaining(['type', 'title', 'status', 'code']),
      );
      expect(body.status).toBe(res.statusCode);
      expect(body.type).toBe(`/problems/${String(body.code)}`);
      expect(body.title).toBe(errorRegistry[body.code as keyof typeof errorRegistry].title);
      ids.add(expectRequestId(res));
    }
    expect(ids.size).toBe(replies.length);
  });

  it('sets a request id on successful replies too, ignoring one sent by the client', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'client-chosen' },
    });
    expect(res.statusCode).toBe(200);
    expect(expectRequestId(res)).not.toBe('client-chosen');
  });

  it('sends the security headers on API errors and on /help', async () => {
    for (const url of ['/api/nope', '/help']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    }
  });
});
