import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { updateMeBodySchema, userSchema } from '../../../contracts/auth';
import { toUserView } from '../../services/user-view';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.patch(
    '/api/me',
    {
      config: { signedIn: true },
      schema: {
        tags: ['auth'],
        summary: 'Change my display name',
        body: updateMeBodySchema,
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const user = await app.services.account.changeDisplayName(
        request.actor,
        request.body.displayName,
      );
      return toUserView(user);
    },
  );
};
