import type { FastifyReply, FastifyRequest } from 'fastify';

// Nothing on any page may reach a third party: no CDNs, fonts or analytics. The CSP enforces
// it in the browser. Swagger UI (under /api/docs) sets its own policy.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Set on every reply by the app's onSend hook, and on the replies Fastify makes itself. */
export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  void reply.header('X-Content-Type-Options', 'nosniff');
  void reply.header('Referrer-Policy', 'no-referrer');
  void reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(self)');
  if (!request.url.startsWith('/api/docs')) {
    void reply.header('Content-Security-Policy', CSP);
    void reply.header('X-Frame-Options', 'DENY');
  }
}
