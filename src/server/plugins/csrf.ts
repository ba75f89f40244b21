import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function ownOrigins(request: FastifyRequest, publicUrl: URL): Set<string> {
  const origins = new Set([publicUrl.origin]);
  const host = request.headers.host;
  if (host !== undefined) origins.add(`${request.protocol}://${host}`);
  return origins;
}

/**
 * CSRF defence for cookie-authenticated unsafe requests: browsers always send Sec-Fetch-Site
 * and/or Origin on them, so a cross-site request is refused. Requests with neither header
 * come from non-browser clients (CLI, server-to-server), which carry no ambient cookie risk.
 */
export function registerCsrf(app: FastifyInstance, publicUrl: URL): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    const site = request.headers['sec-fetch-site'];
    if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') {
      throw new AppError('forbidden_origin');
    }
    const origin = request.headers.origin;
    if (typeof origin === 'string' && !ownOrigins(request, publicUrl).has(origin)) {
      throw new AppError('forbidden_origin');
    }
  });
}
