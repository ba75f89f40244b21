import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError, problem } from '../errors';
import { groupJsonLd } from '../interop/schema-org/group-json-ld';
import { injectMeta } from '../routes/groups/group-page';
import { summarize } from '../services/groups/group-views';

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
  if (hasWeb) {
    const indexHtml = readFileSync(path.join(webDir, 'index.html'), 'utf8');
    // Group pages: the SPA shell with the group's own title, description and preview tags.
    app.get<{ Params: { slug: string } }>('/groups/:slug', async (request, reply) => {
      const html = (status: number, body: string) =>
        reply
          .status(status)
          .type('text/html; charset=utf-8')
          .header('Cache-Control', 'no-cache')
          .send(body);
      try {
        const group = await app.services.groupPages.detail(
          request.actor,
          request.params.slug,
          'en',
        );
        const org = await app.services.organizations.getPublic();
        const url = new URL(`/groups/${group.slug}`, app.config.publicUrl).toString();
        return await html(
          200,
          injectMeta(indexHtml, {
            title: `${group.name} · ${org.name}`,
            description: summarize(`${group.schedules.join('; ')}. ${group.description}`, 200),
            url,
            alternates: [{ type: 'text/calendar', title: group.name, href: `${url}/calendar.ics` }],
            structuredData: groupJsonLd(group, {
              pageUrl: url,
              organization: { name: org.name, url: new URL('/', app.config.publicUrl).toString() },
            }),
          }),
        );
      } catch (error) {
        // Missing or hidden: the app shows its not-found page, with a real 404 status.
        if (error instanceof AppError && error.code === 'not_found') return html(404, indexHtml);
        throw error;
      }
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
