import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ErrorCode } from '../../src/server/errors';

/** Asserts an RFC 9457 problem+json reply with the given status and coded error. */
export function expectProblem(res: LightMyRequestResponse, status: number, code: ErrorCode): void {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<Record<string, unknown>>();
  expect(body).toMatchObject({ type: `/problems/${code}`, status, code });
  expect(typeof body.title === 'string' && body.title.length > 0).toBe(true);
}

/** The field paths a validation problem names. */
export function errorPaths(res: LightMyRequestResponse): string[] {
  return (res.json<{ errors?: { path: string }[] }>().errors ?? []).map((e) => e.path);
}
