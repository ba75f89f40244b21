import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { problem } from '../errors';

/**
 * Serves the built web app and falls back to its index.html for client-side routes; unknown
 * /api paths get a problem+json 404 instead. Hashed assets are cached for a year.
 */
export async function registerStaticWeb(
  app: FastifyInstance,
  webDir: string | undefined,
): Promise<void> {
  const hasWeb = webDir !== undefined && existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      setHeaders(res, filePath) {
        res.header(
          'Cache-Control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (
      request.url.startsWith('/api/') ||
      request.url === '/api' ||
      !hasWeb ||
      request.method !== 'GET'
    ) {
      const body = problem(
        'not_found',
        `No route for ${request.method} ${request.url.split('?')[0] ?? ''}`,
      );
      return reply.status(404).type('application/problem+json').send(body);
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .sendFile('index.html');
  });
}
