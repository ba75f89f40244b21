// Fastify refuses two kinds of malformed URL itself, before any route: a path parameter longer
// than the router allows (414 FST_ERR_MAX_PARAM_LENGTH) and bad percent-encoding (400
// FST_ERR_BAD_URL). Left alone, it answers with its own JSON, which echoes the whole path, a
// calendar token included. Given as Fastify's `frameworkErrors` option, this answers with our
// problem+json instead, naming neither the path nor Fastify's code.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { type ErrorCode, problem } from '../errors';
import { isCalendarPath } from '../logger';

/** The group page: like the calendar, a slug there names a group that may be hidden or missing. */
const GROUP_PAGE = /^\/groups\/[^/?#]*\/?(?:[?#]|$)/;

const MALFORMED_URL = new Set(['FST_ERR_BAD_URL', 'FST_ERR_MAX_PARAM_LENGTH']);

/**
 * What the route would have answered for a parameter it cannot have: not found where the
 * parameter names something that may be hidden or missing (any answer other than the unknown
 * one's would tell them apart), a validation failure everywhere else (the routes' own schemas
 * refuse such slugs and ids with it).
 */
function codeFor(error: FastifyError, url: string): ErrorCode {
  if (!MALFORMED_URL.has(error.code)) return 'internal_error';
  return isCalendarPath(url) || GROUP_PAGE.test(url) ? 'not_found' : 'validation_failed';
}

/** Headers every reply carries (request id, security headers), set by the app's own hook. */
export type ReplyHeaders = (request: FastifyRequest, reply: FastifyReply) => void;

/**
 * For Fastify's `frameworkErrors` option. Fastify builds these replies outside every route and
 * runs none of the app's hooks for them, so the headers every reply carries are set here too: a
 * long calendar token then answers exactly like an unknown one, headers included.
 */
export function frameworkErrorHandler(headers: ReplyHeaders) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const code = codeFor(error, request.url);
    // Fastify's code only: its message holds the path. (The URL is logged, redacted, already.)
    const body = problem(code, code === 'internal_error' ? `Reference: ${request.id}` : undefined);
    request.log.info({ code: error.code, statusCode: body.status }, 'malformed URL refused');
    headers(request, reply);
    void reply.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  };
}
