// Calendars: a group's meetings as iCalendar, a person's own calendar behind a secret URL (for
// calendar apps, no cookie), managing that URL, and following groups (what fills it).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarSubscriptionSchema,
  followStateSchema,
  followsReplySchema,
} from '../../../contracts/calendar';
import { slugSchema } from '../../../contracts/groups';
import { sessionCookieName } from '../../plugins/session';
import type { Actor } from '../../policies/actor';
import type { CalendarDocument } from '../../services/interop/calendar.service';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const langQuery = z.object({ lang: z.enum(['en', 'es']).optional() });

function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  return tags.includes('*') || tags.includes(etag);
}

/** Sends a calendar with its validators; 304 when the client's copy is current. */
function sendCalendar(request: FastifyRequest, reply: FastifyReply, doc: CalendarDocument) {
  void reply
    .header('ETag', doc.etag)
    // Join details depend on who asks: never let a shared cache hand one person's copy to another.
    .header('Cache-Control', doc.personal ? 'private, no-cache' : 'public, max-age=300')
    .header('Vary', 'Cookie');
  if (notModified(request, doc.etag)) return reply.status(304).send();
  return reply
    .type(CALENDAR_TYPE)
    .header('Content-Disposition', `attachment; filename="${doc.filename}"`)
    .send(doc.body);
}

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { calendars, calendarSubscriptions, follows, sessions } = app.services;
  const cookieName = sessionCookieName(app.config.publicUrl);

  /** Outside /api the session hook leaves everyone anonymous; a browser download is signed in. */
  async function viewer(request: FastifyRequest): Promise<Actor> {
    const user = await sessions.resolve(request.cookies[cookieName]);
    return {
      user: user && { id: user.id, role: user.role, organizationId: user.organizationId },
      ip: request.ip,
    };
  }

  app.get(
    '/groups/:slug/calendar.ics',
    {
      schema: {
        tags: ['calendar'],
        summary: "A group's meetings as iCalendar (RFC 5545)",
        description:
          'One recurring event per schedule (RRULE, EXDATE for cancellations, RECURRENCE-ID ' +
          'for moved dates) in its own time zone. Join links only for those who may see them.',
        params: z.object({ slug: slugSchema }),
        querystring: langQuery,
      },
    },
    async (request, reply) => {
      const actor = await viewer(request);
      const doc = await calendars.groupCalendar(actor, request.params.slug, request.query.lang);
      return sendCalendar(request, reply, doc);
    },
  );

  app.get(
    '/calendar/:token.ics',
    {
      schema: {
        tags: ['calendar'],
        summary: "A person's own calendar: the meetings of the groups they follow",
        // The token is a credential: the request log redacts it (logger.ts), and one longer
        // than the router allows is answered as unknown (plugins/framework-errors.ts).
        params: z.object({ token: z.string().max(100) }),
        querystring: langQuery,
      },
    },
    async (request, reply) => {
      const doc = await calendars.personalCalendar(request.params.token, request.query.lang);
      void reply.header('X-Robots-Tag', 'noindex');
      return sendCalendar(request, reply, doc);
    },
  );

  const signedIn = { config: { signedIn: true } };

  app.get(
    '/api/me/calendar',
    {
      ...signedIn,
      schema: {
        tags: ['calendar'],
        summary: 'My calendar URL, or null',
        response: { 200: calendarSubscriptionSchema },
      },
    },
    async (request) => ({ url: await calendarSubscriptions.get(request.actor) }),
  );

  app.post(
    '/api/me/calendar',
    {
      ...signedIn,
      schema: {
        tags: ['calendar'],
        summary: 'Create my calendar URL, or replace it (the old one stops working)',
        response: { 200: calendarSubscriptionSchema },
      },
    },
    async (request) => ({ url: await calendarSubscriptions.rotate(request.actor) }),
  );

  app.delete(
    '/api/me/calendar',
    { ...signedIn, schema: { tags: ['calendar'], summary: 'Turn off my calendar URL' } },
    async (request, reply) => {
      await calendarSubscriptions.revoke(request.actor);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/me/follows',
    {
      ...signedIn,
      schema: {
        tags: ['calendar'],
        summary: 'The groups I follow',
        response: { 200: followsReplySchema },
      },
    },
    async (request) => ({ follows: await follows.list(request.actor) }),
  );

  const followSchema = {
    tags: ['calendar'],
    params: z.object({ slug: slugSchema }),
    response: { 200: followStateSchema },
  };

  app.put(
    '/api/groups/:slug/follow',
    {
      ...signedIn,
      schema: { ...followSchema, summary: 'Follow a group: its meetings join my calendar' },
    },
    async (request) => {
      await follows.follow(request.actor, request.params.slug);
      return { slug: request.params.slug, following: true };
    },
  );

  app.delete(
    '/api/groups/:slug/follow',
    { ...signedIn, schema: { ...followSchema, summary: 'Stop following a group' } },
    async (request) => {
      await follows.unfollow(request.actor, request.params.slug);
      return { slug: request.params.slug, following: false };
    },
  );
};
