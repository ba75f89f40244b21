// Admins import an intergroup's meetings: a dry run (preview) and the same request written
// (apply). Only these two routes take bodies up to 25 MB (a 20 MB file, JSON-escaped); the rest
// of the API keeps its small limit. The apply must name the preview it applies (its planId):
// a person approves a list of changes, and only that list may be written.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  importApplyBodySchema,
  importBodySchema,
  importReportSchema,
} from '../../../contracts/imports';
import { authorize } from '../../policies/authorize';
import { importPolicy } from '../../policies/import.policy';

export const IMPORT_BODY_LIMIT = 25 * 1024 * 1024;

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { imports } = app.services;
  const route = <Body extends z.ZodType>(summary: string, description: string, body: Body) => ({
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
      body,
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
        'report with their index, slug and field. The report’s `planId` is what the apply ' +
        'sends back. When the file cannot be fully read (no record is valid, or a bad record ' +
        'has no slug), nothing is archived: the groups that would have been are in `kept`.',
      importBodySchema,
    ),
    async (request) => imports.preview(request.actor, request.body),
  );

  app.post(
    '/api/admin/imports/apply',
    route(
      'Import: writes the dry run’s changes in one transaction',
      'Same body as the preview, plus the `planId` its report answered. The plan is made again ' +
        'inside the transaction: if it is no longer the one previewed (the stored groups or the ' +
        'feed changed), the answer is 409 import_plan_changed and nothing is written. Groups ' +
        'keep their source; groups of the same source the file no longer lists are archived. ' +
        'Importing the same file again changes nothing.',
      importApplyBodySchema,
    ),
    async (request) => imports.apply(request.actor, request.body),
  );
};
