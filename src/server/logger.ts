import pino, { type Logger } from 'pino';

/**
 * `/calendar/` followed by anything up to the query: the personal calendar URL's path holds its
 * secret token, and near misses (`/calendar/<token>`, `…/<token>.ICS`, `…/<token>.ics/`) hold it
 * too. Each letter may be percent-encoded (the router decodes `/%63alendar/…` into the feed), and
 * so may the slash after it. Matched on the raw URL, so logs keep what was actually asked.
 */
const CALENDAR_SOURCE =
  '/(?:c|%63)(?:a|%61)(?:l|%6c)(?:e|%65)(?:n|%6e)(?:d|%64)(?:a|%61)(?:r|%72)(?:/|%2f)[^?#]*';
const CALENDAR_PATH = new RegExp(CALENDAR_SOURCE, 'gi');
const STARTS_WITH_CALENDAR_PATH = new RegExp(`^${CALENDAR_SOURCE}`, 'i');

/** The URL with every personal-calendar path replaced by `/calendar/[redacted]`. */
export function redactUrl(url: string): string {
  return url.replace(CALENDAR_PATH, '/calendar/[redacted]');
}

/** Whether the URL's path is a personal-calendar path (in any spelling `redactUrl` knows). */
export function isCalendarPath(url: string): boolean {
  return STARTS_WITH_CALENDAR_PATH.test(url);
}

interface LoggedRequest {
  method?: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/**
 * The `req` serializer for every logger: Fastify's fields (method, url, host, address, port)
 * with the URL redacted, so no route can forget it. Anything logged as `req` that is not a request
 * is left to the redact paths below.
 */
export function serializeRequest(req: unknown): unknown {
  if (typeof req !== 'object' || req === null || typeof (req as LoggedRequest).url !== 'string') {
    return req;
  }
  const r = req as LoggedRequest;
  return {
    method: r.method,
    url: redactUrl(r.url),
    host: r.host,
    remoteAddress: r.ip,
    remotePort: r.socket?.remotePort,
  };
}

export const requestLogSerializers = { req: serializeRequest };

/**
 * Structured logs. Cookies, auth headers and bodies never reach them: request logging records
 * method, url (calendar tokens redacted) and status only, and known secret fields are redacted as
 * a second line of defence.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    serializers: requestLogSerializers,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.text',
        '*.body',
      ],
      censor: '[redacted]',
    },
  });
}
