import type { FastifyReply } from 'fastify';

/**
 * Sends JSON a service has already serialized and checked against the route's reply schema (the
 * schema stays on the route for the OpenAPI document). Fastify sends bytes with a JSON content
 * type as they are, without serializing them again.
 */
export function sendJson(reply: FastifyReply, json: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
