import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Locale } from '../../../contracts/organization';
import { renderHelpPage } from './help-page';

function pickLocale(lang: string | undefined, acceptLanguage: string | undefined): Locale {
  if (lang === 'es' || lang === 'en') return lang;
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('es') ? 'es' : 'en';
}

/** Crisis resources. Never rate-limited, never behind sign-in. */
export const helpRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/help',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['help'],
        summary: 'Crisis resources (HTML), in English or Spanish',
        // Unknown values fall back to Accept-Language instead of failing: help must always answer.
        querystring: z.object({ lang: z.string().max(10).optional() }),
      },
    },
    async (request, reply) => {
      const locale = pickLocale(request.query.lang, request.headers['accept-language']);
      const { name, resources } = await app.services.organizations.crisisResources();
      const list = resources[locale].length > 0 ? resources[locale] : resources.en;
      return reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'no-cache')
        .header('Vary', 'Accept-Language')
        .send(renderHelpPage({ locale, organizationName: name, resources: list }));
    },
  );
};
