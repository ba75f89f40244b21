import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  organizationSchema,
  publicOrganizationSchema,
  updateOrganizationBodySchema,
} from '../../../contracts/organization';

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { organizations } = app.services;

  app.get(
    '/api/organization',
    {
      schema: {
        tags: ['organization'],
        summary: 'Public facts about the organization',
        response: { 200: publicOrganizationSchema },
      },
    },
    async () => organizations.getPublic(),
  );

  app.get(
    '/api/admin/organization',
    {
      config: { signedIn: true },
      schema: {
        tags: ['admin'],
        summary: 'Organization settings',
        response: { 200: organizationSchema },
      },
    },
    async (request) => organizations.get(request.actor),
  );

  app.patch(
    '/api/admin/organization',
    {
      config: { signedIn: true },
      schema: {
        tags: ['admin'],
        summary: 'Change organization settings',
        body: updateOrganizationBodySchema,
        response: { 200: organizationSchema },
      },
    },
    async (request) => organizations.update(request.actor, request.body),
  );
};
