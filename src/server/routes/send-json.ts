import type { FastifyReply } from 'fastify';

/**
 * Sends JSON a service has already serialized and checked against the route's reply schema (the
 * schema stays on the route for validation of everything else and for the OpenAPI document).
 * Fastify sends a string with a JSON content type as it is, without serializing it again.
 */
export function sendJson(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
