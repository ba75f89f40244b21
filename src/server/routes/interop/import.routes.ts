// Admins import an intergroup's meetings: a dry run (preview) and the same request written
// (apply). Only these two routes take bodies up to 25 MB (a 20 MB file, JSON-escaped); the rest
// of the API keeps its small limit.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importBodySchema, importReportSchema } from '../../../contracts/imports';
import { authorize } from '../../policies/authorize';
import { importPolicy } from '../../policies/import.policy';

export const IMPORT_BODY_LIMIT = 25 * 1024 * 1024;

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { imports } = app.services;
  const route = (summary: string, description: string) => ({
    bodyLimit: IMPORT_BODY_LIMIT,
    config: { signedIn: true },
    // The same policy the service asks, asked before a large body is read: strangers and
    // non-admins are refused without buffering 25 MB.
    onRequest: async (request: FastifyRequest) => {
      authorize(request.actor, importPolicy.importGroups);
    },
    schema: {
      tags: ['admin'],
      summary,
      description,
      body: importBodySchema,
      response: { 200: importReportSchema },
    },
  });

  app.post(
    '/api/admin/imports/preview',
    route(
      'Dry run of an import: what would be added, changed, left alone and archived',
      'Meeting Guide JSON or the 12 Step Meeting List CSV template, as `content` or fetched ' +
        'from an https `url`. Nothing is written. File-level problems (not JSON, not an array, ' +
        'over 20 MB) are one problem+json error; problems with single records are listed in the ' +
        'report with their index, slug and field.',
    ),
    async (request) => imports.preview(request.actor, request.body),
  );

  app.post(
    '/api/admin/imports/apply',
    route(
      'Import: writes the dry run’s changes in one transaction',
      'Same body as the preview. Groups keep their source; groups of the same source the file ' +
        'no longer lists are archived. Importing the same file again changes nothing.',
    ),
    async (request) => imports.apply(request.actor, request.body),
  );
};
