import pino, { type Logger } from 'pino';

/**
 * Structured logs. Cookies, auth headers and bodies never reach them: request logging records
 * method, url and status only, and known secret fields are redacted as a second line of defence.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
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
