// The directory as a Meeting Guide feed (code4recovery spec), for TSML UI, the Meeting Guide app
// and other directories: public, cross-origin, cached in memory and by clients, compressed.
import { createHash } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  answerPreflight,
  isNotModified,
  preferredEncoding,
  publicDocumentHeaders,
} from './http-cache';

export const MEETING_GUIDE_FEED_PATH = '/api/meeting-guide.json';
export const MEETING_GUIDE_TYPES_PATH = '/api/meeting-guide/types.json';

const JSON_TYPE = 'application/json; charset=utf-8';

export const meetingGuideRoutes: FastifyPluginAsyncZod = async (app) => {
  // Registered inside this plugin, so it applies to these routes only. The feed keeps brotli
  // and gzip ready in memory and sets Content-Encoding itself (the plugin then leaves it alone);
  // other codings, and the small types document, are compressed by the plugin per request.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip', 'deflate'] });
  const { feed } = app.services;

  for (const url of [MEETING_GUIDE_FEED_PATH, MEETING_GUIDE_TYPES_PATH]) {
    app.options(url, { schema: { hide: true } }, async (request, reply) =>
      answerPreflight(request, reply),
    );
  }

  app.get(
    MEETING_GUIDE_FEED_PATH,
    {
      schema: {
        tags: ['interop'],
        summary: 'Meeting Guide feed: every public meeting as a bare JSON array',
        description:
          'One object per schedule and weekday of every active or paused (type TC) group that is ' +
          'not members-only, in the code4recovery Meeting Guide format. Kindred-specific type ' +
          `codes start with KD-; their labels are at ${MEETING_GUIDE_TYPES_PATH}. Supports ` +
          'ETag/If-None-Match, Last-Modified/If-Modified-Since, CORS and br/gzip.',
      },
    },
    async (request, reply) => {
      const doc = await feed.meetingGuide();
      publicDocumentHeaders(reply, doc);
      if (isNotModified(request, doc)) return reply.status(304).send();
      void reply.type(JSON_TYPE);
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      if (encoding === undefined) return reply.send(doc.body);
      const bytes = await doc.encoded(encoding);
      return reply.header('Content-Encoding', encoding).send(bytes);
    },
  );

  app.get(
    MEETING_GUIDE_TYPES_PATH,
    {
      schema: {
        tags: ['interop'],
        summary: "Labels of Kindred's custom type codes, for TSML UI",
        description:
          'In the shape of TSML UI `strings`: merge it into `tsml_react_config.strings` so that ' +
          'meetings keep their KD- types (TSML UI drops types it has no label for).',
      },
    },
    async (request, reply) => {
      const body = JSON.stringify(await feed.typeLabels());
      const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
      publicDocumentHeaders(reply, { etag });
      if (isNotModified(request, { etag })) return reply.status(304).send();
      return reply.type(JSON_TYPE).send(body);
    },
  );
};
