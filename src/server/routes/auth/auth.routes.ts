import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acceptedReplySchema,
  resetConfirmBodySchema,
  resetRequestBodySchema,
  sessionReplySchema,
  signInBodySchema,
  signUpBodySchema,
} from '../../../contracts/auth';
import type { RateLimitRule } from '../../config';
import { AppError } from '../../errors';
import { clearSessionCookie, setSessionCookie } from '../../plugins/session';
import { abilitiesFor } from '../../policies/organization.policy';
import { toUserView } from '../../services/user-view';

const RESET_ACCEPTED =
  'If an account exists for that email, we have sent a link to reset the password.';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { auth, passwordResets } = app.services;
  const { rateLimits } = app.config;
  const publicUrl = app.config.publicUrl;
  // Every rule keeps its own count. (Handlers from app.rateLimit() share a once-per-request
  // flag, so on a route with two of them the second, per-account one never counted.)
  const limit = (rule: RateLimitRule, keyGenerator: (r: FastifyRequest) => string) => {
    const check = app.createRateLimit({ max: rule.max, timeWindow: rule.windowMs, keyGenerator });
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const result = await check(request);
      if (!result.isAllowed && result.isExceeded) {
        void reply.header('Retry-After', result.ttlInSeconds);
        throw new AppError('rate_limited');
      }
    };
  };
  const perIp = (rule: RateLimitRule, name: string) => limit(rule, (r) => `${name}:ip:${r.ip}`);
  const perAccount = (rule: RateLimitRule, name: string) =>
    limit(rule, (r) => {
      const email = (r.body as { email?: unknown } | undefined)?.email;
      return `${name}:account:${typeof email === 'string' ? email.toLowerCase() : ''}`;
    });

  app.get(
    '/api/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, and what they may do',
        response: { 200: sessionReplySchema },
      },
    },
    async (request) => {
      const user = await auth.currentUser(request.actor);
      return { user: user ? toUserView(user) : null, abilities: abilitiesFor(request.actor) };
    },
  );

  app.post(
    '/api/auth/sign-up',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an account and sign in',
        body: signUpBodySchema,
        response: { 201: sessionReplySchema },
      },
      preHandler: [perIp(rateLimits.signUpPerIp, 'sign-up')],
    },
    async (request, reply) => {
      const { user, sessionToken } = await auth.signUp(request.body, request.actor);
      setSessionCookie(request, reply, publicUrl, sessionToken);
      const actor = {
        user: { id: user.id, role: user.role, organizationId: user.organizationId },
        ip: request.ip,
      };
      return reply.status(201).send({ user: toUserView(user), abilities: abilitiesFor(actor) });
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in (rotates the session)',
        body: signInBodySchema,
        response: { 200: sessionReplySchema },
      },
      preHandler: [
        perIp(rateLimits.signInPerIp, 'sign-in'),
        perAccount(rateLimits.signInPerAccount, 'sign-in'),
      ],
    },
    async (request, reply) => {
      const { user, sessionToken } = await auth.signIn(
        request.body,
        request.sessionToken,
        request.actor,
      );
      setSessionCookie(request, reply, publicUrl, sessionToken);
      const actor = {
        user: { id: user.id, role: user.role, organizationId: user.organizationId },
        ip: request.ip,
      };
      return { user: toUserView(user), abilities: abilitiesFor(actor) };
    },
  );

  app.post(
    '/api/auth/sign-out',
    { schema: { tags: ['auth'], summary: 'Sign out: the session is destroyed on the server' } },
    async (request, reply) => {
      await auth.signOut(request.sessionToken, request.actor);
      clearSessionCookie(reply, publicUrl);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Email a one-time reset link',
        body: resetRequestBodySchema,
        response: { 202: acceptedReplySchema },
      },
      preHandler: [
        perIp(rateLimits.resetPerIp, 'reset'),
        perAccount(rateLimits.resetPerAccount, 'reset'),
      ],
    },
    async (request, reply) => {
      await passwordResets.request(request.body.email, request.actor);
      return reply.status(202).send({ message: RESET_ACCEPTED });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password with a reset link',
        body: resetConfirmBodySchema,
      },
      preHandler: [perIp(rateLimits.resetPerIp, 'reset-confirm')],
    },
    async (request, reply) => {
      await passwordResets.confirm(request.body.token, request.body.password, request.actor);
      return reply.status(204).send();
    },
  );
};
