import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../contracts/organization';

/** `?lang=es` wins; otherwise the browser's first Accept-Language. */
export function requestLocale(request: FastifyRequest): Locale {
  const lang = (request.query as { lang?: unknown } | undefined)?.lang;
  if (lang === 'es' || lang === 'en') return lang;
  const first = request.headers['accept-language']?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('es') ? 'es' : 'en';
}
