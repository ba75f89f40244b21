import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  auditListSchema,
  changeRoleBodySchema,
  outboxListSchema,
  personListSchema,
} from '../../../contracts/admin';
import { userSchema } from '../../../contracts/auth';
import { idSchema, pageQuerySchema } from '../../../contracts/common';

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const { people, adminRead } = app.services;

  app.get(
    '/api/admin/people',
    {
      config: { signedIn: true },
      schema: {
        tags: ['admin'],
        summary: 'People and their roles',
        querystring: pageQuerySchema,
        response: { 200: personListSchema },
      },
    },
    async (request) => people.list(request.actor, request.query.cursor, request.query.limit),
  );

  app.patch(
    '/api/admin/people/:id',
    {
      config: { signedIn: true },
      schema: {
        tags: ['admin'],
        summary: "Change a person's role",
        params: z.object({ id: idSchema }),
        body: changeRoleBodySchema,
        response: { 200: userSchema },
      },
    },
    async (request) => people.changeRole(request.actor, request.params.id, request.body.role),
  );

  app.get(
    '/api/admin/audit-events',
    {
      config: { signedIn: true },
      schema: {
        tags: ['admin'],
        summary: 'Security audit log, newest first',
        querystring: pageQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => {
      const page = await adminRead.auditLog(
        request.actor,
        request.query.cursor,
        request.query.limit,
      );
      return { events: page.items, nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/admin/outbox',
    {
      config: { signedIn: true },
      schema: {
        tags: ['admin'],
        summary: 'Dev outbox: mail stored when SMTP is not configured',
        querystring: pageQuerySchema,
        response: { 200: outboxListSchema },
      },
    },
    async (request) => {
      const page = await adminRead.outbox(request.actor, request.query.cursor, request.query.limit);
      return { messages: page.items, nextCursor: page.nextCursor };
    },
  );
};
