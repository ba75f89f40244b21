import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  finderAnswersSchema,
  finderReplySchema,
  taxonomyReplySchema,
  addTopicBodySchema,
} from '../../../contracts/finder';
import {
  directoryQuerySchema,
  directoryReplySchema,
  groupDetailSchema,
  slugSchema,
} from '../../../contracts/groups';
import { requestLocale } from '../locale';
import { sendJson } from '../send-json';

const lang = { lang: z.enum(['en', 'es']).optional() };

/** The public side of groups: directory, group pages, guided finder, taxonomy. No sign-in. */
export const groupsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { directory, groupPages, finder, taxonomy } = app.services;

  app.get(
    '/api/taxonomy',
    {
      schema: {
        tags: ['groups'],
        summary: 'Categories and topics',
        response: { 200: taxonomyReplySchema },
      },
    },
    async () => taxonomy.list(),
  );

  app.post(
    '/api/admin/topics',
    {
      config: { signedIn: true },
      schema: {
        tags: ['admin'],
        summary: 'Add a topic to a category',
        body: addTopicBodySchema,
        response: { 201: taxonomyReplySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await taxonomy.addTopic(request.actor, request.body)),
  );

  app.get(
    '/api/groups',
    {
      schema: {
        tags: ['groups'],
        summary: 'Search the directory: filters, text, distance, sorts',
        querystring: directoryQuerySchema.extend(lang),
        response: { 200: directoryReplySchema },
      },
    },
    async (request, reply) =>
      sendJson(reply, await directory.search(request.query, requestLocale(request))),
  );

  app.get(
    '/api/groups/:slug',
    {
      schema: {
        tags: ['groups'],
        summary: 'A group page',
        params: z.object({ slug: slugSchema }),
        querystring: z.object(lang),
        response: { 200: groupDetailSchema },
      },
    },
    async (request) =>
      groupPages.detail(request.actor, request.params.slug, requestLocale(request)),
  );

  app.post(
    '/api/finder',
    {
      schema: {
        tags: ['groups'],
        summary: 'Guided finder: ranked matches with reasons (answers are not stored)',
        body: finderAnswersSchema,
        response: { 200: finderReplySchema },
      },
    },
    async (request) => finder.find(request.body),
  );
};
