import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type GroupEditorReply,
  groupDetailSchema,
  managedGroupListSchema,
  groupInputSchema,
  groupStatusBodySchema,
} from '../../../contracts/groups';
import { idSchema } from '../../../contracts/common';
import type { ScheduleRecord } from '../../repositories/group.repository';
import { requestLocale } from '../locale';

function scheduleInput(s: ScheduleRecord) {
  return {
    id: s.id,
    recurrence: s.recurrence,
    start: s.start,
    end: s.end,
    timeZone: s.timeZone,
    ...(s.startsOn === null ? {} : { startsOn: s.startsOn }),
    ...(s.endsOn === null ? {} : { endsOn: s.endsOn }),
    mode: s.mode,
    ...(s.place === null ? {} : { place: s.place }),
    ...(s.online === null ? {} : { online: s.online }),
    exceptions: s.exceptions,
  };
}

/** Admins and facilitators create, edit, pause and archive groups. */
export const manageGroupsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { groups, groupPages, facilitators } = app.services;
  const signedIn = { signedIn: true };

  app.get(
    '/api/manage/groups',
    {
      config: signedIn,
      schema: {
        tags: ['groups'],
        summary: 'Groups I can manage',
        response: { 200: managedGroupListSchema },
      },
    },
    async (request) => {
      const { groups: list, canCreate } = await groups.listManaged(request.actor);
      return { groups: list, abilities: { create: canCreate } };
    },
  );

  app.get(
    '/api/manage/groups/:id',
    {
      config: signedIn,
      schema: {
        tags: ['groups'],
        summary: 'A group as its editor needs it',
        params: z.object({ id: idSchema }),
      },
    },
    async (request) => {
      const { group, schedules, facilitatorIds } = await groups.forEditing(
        request.actor,
        request.params.id,
      );
      return {
        id: group.id,
        facilitatorIds,
        group: {
          name: group.name,
          slug: group.slug,
          description: group.description,
          firstMeeting: group.firstMeeting,
          topics: group.topics,
          leadership: group.leadership,
          attendance: group.attendance,
          audiences: group.audiences,
          languages: group.languages,
          accessibility: group.accessibility,
          cost: group.cost,
          capacity: group.capacity,
          status: group.status,
          schedules: schedules.map(scheduleInput),
        },
      } satisfies GroupEditorReply;
    },
  );

  app.post(
    '/api/manage/groups',
    {
      config: signedIn,
      schema: {
        tags: ['groups'],
        summary: 'Create a group',
        body: groupInputSchema,
        response: { 201: groupDetailSchema },
      },
    },
    async (request, reply) => {
      const group = await groups.create(request.actor, request.body);
      return reply
        .status(201)
        .send(await groupPages.detail(request.actor, group.slug, requestLocale(request)));
    },
  );

  app.put(
    '/api/manage/groups/:id',
    {
      config: signedIn,
      schema: {
        tags: ['groups'],
        summary: 'Replace a group and its schedules',
        params: z.object({ id: idSchema }),
        body: groupInputSchema,
        response: { 200: groupDetailSchema },
      },
    },
    async (request) => {
      const group = await groups.update(request.actor, request.params.id, request.body);
      return groupPages.detail(request.actor, group.slug, requestLocale(request));
    },
  );

  app.put(
    '/api/manage/groups/:id/facilitators',
    {
      config: signedIn,
      schema: {
        tags: ['groups'],
        summary: 'Choose who facilitates a group (admins)',
        params: z.object({ id: idSchema }),
        body: z.object({ userIds: z.array(idSchema).max(20) }),
        response: { 200: z.object({ facilitatorIds: z.array(z.string()) }) },
      },
    },
    async (request) => ({
      facilitatorIds: await facilitators.setFacilitators(
        request.actor,
        request.params.id,
        request.body.userIds,
      ),
    }),
  );

  app.patch(
    '/api/manage/groups/:id/status',
    {
      config: signedIn,
      schema: {
        tags: ['groups'],
        summary: 'Pause, archive or reactivate a group',
        params: z.object({ id: idSchema }),
        body: groupStatusBodySchema,
        response: { 200: groupDetailSchema },
      },
    },
    async (request) => {
      const group = await groups.changeStatus(
        request.actor,
        request.params.id,
        request.body.status,
      );
      return groupPages.detail(request.actor, group.slug, requestLocale(request));
    },
  );
};
