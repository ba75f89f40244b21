import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors';
import type { Actor } from '../policies/actor';
import type { SessionService } from '../services/session.service';
import { SESSION_MAX_MS } from '../services/session.service';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Answer 401 before validating input when nobody is signed in. */
    signedIn?: boolean;
  }
  interface FastifyRequest {
    actor: Actor;
    sessionToken: string | undefined;
  }
}

export function sessionCookieName(publicUrl: URL): string {
  // The __Host- prefix pins the cookie to this exact origin, but browsers require https for it.
  return publicUrl.protocol === 'https:' ? '__Host-kindred_session' : 'kindred_session';
}

/** Resolves the session cookie into `request.actor` for API requests. */
export function registerSession(
  app: FastifyInstance,
  sessions: SessionService,
  publicUrl: URL,
): void {
  const cookieName = sessionCookieName(publicUrl);
  app.decorateRequest('actor', null as unknown as Actor);
  app.decorateRequest('sessionToken', undefined);
  app.addHook('onRequest', async (request) => {
    request.actor = { user: null, ip: request.ip };
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[cookieName];
    request.sessionToken = token;
    const user = await sessions.resolve(token);
    if (user) {
      request.actor = {
        user: { id: user.id, role: user.role, organizationId: user.organizationId },
        ip: request.ip,
      };
    }
  });
}

/** Setting and clearing must agree: browsers ignore a __Host- cookie sent without Secure. */
function cookieAttributes(request: FastifyRequest, publicUrl: URL) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: publicUrl.protocol === 'https:' || request.protocol === 'https',
  };
}

export function registerSignedInCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (request.routeOptions.config.signedIn === true && request.actor.user === null) {
      throw new AppError('unauthenticated');
    }
  });
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  publicUrl: URL,
  token: string,
): void {
  void reply.setCookie(sessionCookieName(publicUrl), token, {
    ...cookieAttributes(request, publicUrl),
    maxAge: Math.floor(SESSION_MAX_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, publicUrl: URL): void {
  void reply.clearCookie(sessionCookieName(publicUrl), cookieAttributes(reply.request, publicUrl));
}
