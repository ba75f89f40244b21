import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldError, problem } from '../errors';

const fastifyCodes: Partial<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'malformed_json',
};

function fieldErrors(error: FastifyError): FieldError[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((v) => ({
    path: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    message: v.message ?? 'Invalid value',
  }));
}

/** One error handler: every failure leaves as problem+json with a stable code. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body;
    if (error instanceof AppError) {
      body = problem(error.code, error.detail, error.errors);
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = fieldErrors(error);
      body = problem(
        'validation_failed',
        errors.map((e) => `${e.path || 'body'}: ${e.message}`).join('; '),
        errors,
      );
    } else if (error.code && fastifyCodes[error.code]) {
      body = problem(fastifyCodes[error.code] as ErrorCode);
    } else if (error.statusCode === 429) {
      body = problem('rate_limited');
    } else if (error.validation) {
      body = problem('validation_failed', error.message);
    } else {
      // Internals stay in the log, tied to the request id; the reply carries only the id.
      request.log.error({ err: error }, 'unhandled error');
      body = problem('internal_error', `Reference: ${request.id}`);
    }
    return reply.status(body.status).type('application/problem+json').send(body);
  });
}
