// HTTP plumbing for public, cross-origin, cacheable documents (feeds): CORS for any origin,
// validators (ETag, Last-Modified) with 304 answers, and content-coding negotiation.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FeedEncoding } from '../../services/interop/feed.service';

export const PUBLIC_MAX_AGE_SECONDS = 300;

/** Headers of every answer, 200 or 304: who may read it, how long to keep it, its validators. */
export function publicDocumentHeaders(
  reply: FastifyReply,
  validators: { etag: string; lastModified?: Date },
): void {
  void reply
    .header('Access-Control-Allow-Origin', '*')
    // Last-Modified is readable cross-origin anyway; ETag must be exposed.
    .header('Access-Control-Expose-Headers', 'ETag')
    .header('Cache-Control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`)
    // Lower case, as @fastify/compress writes it, so it does not add it a second time.
    .header('Vary', 'accept-encoding')
    .header('ETag', validators.etag);
  if (validators.lastModified) {
    void reply.header('Last-Modified', validators.lastModified.toUTCString());
  }
}

/** Answers a CORS preflight: any origin may GET these documents, without credentials. */
export function answerPreflight(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const asked = request.headers['access-control-request-headers'];
  const headers = typeof asked === 'string' && /^[\w-]+(?:\s*,\s*[\w-]+)*$/.test(asked.trim());
  return reply
    .status(204)
    .header('Access-Control-Allow-Origin', '*')
    .header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
    .header('Access-Control-Allow-Headers', headers ? asked.trim() : 'If-None-Match')
    .header('Access-Control-Max-Age', '86400')
    .send();
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * RFC 9110 §13.1: If-None-Match (weak comparison) decides when present; otherwise
 * If-Modified-Since, at the one-second precision of HTTP dates.
 */
export function isNotModified(
  request: FastifyRequest,
  validators: { etag: string; lastModified?: Date },
): boolean {
  const noneMatch = request.headers['if-none-match'];
  if (noneMatch !== undefined) {
    const tags = noneMatch.split(',').map((t) => t.trim());
    return tags.includes('*') || tags.some((t) => opaque(t) === opaque(validators.etag));
  }
  const since = request.headers['if-modified-since'];
  if (since === undefined || validators.lastModified === undefined) return false;
  const t = Date.parse(since);
  return !Number.isNaN(t) && validators.lastModified.getTime() <= t;
}

/**
 * The best of the encodings kept ready in memory (brotli, then gzip) that the client accepts,
 * honouring q-values and `*`; undefined means "send identity" (any other coding the client
 * asks for is still applied on the fly by @fastify/compress).
 */
export function preferredEncoding(header: string | string[] | undefined): FeedEncoding | undefined {
  if (header === undefined) return undefined;
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name === undefined || name === '') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (e: string) => weights.get(e) ?? weights.get('*') ?? 0;
  const ranked = (['br', 'gzip'] as const).filter((e) => weight(e) > 0);
  return ranked.sort((a, b) => weight(b) - weight(a))[0];
}
