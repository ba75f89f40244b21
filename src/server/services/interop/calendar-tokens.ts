// Personal calendar URLs carry a secret token. Like session cookies, the token is found again
// only through its keyed hash; unlike them, a person may look up their URL later, so the token is
// derived (HMAC under the server secret) from a random nonce kept beside the hash. A copy of the
// database alone neither replays a URL (it has only the hash) nor rebuilds one (it lacks the key).
import { createHmac, randomBytes } from 'node:crypto';
import { hashToken } from '../../lib/tokens';

/** base64url of 32 bytes: what a calendar token looks like, checked before any lookup. */
export const CALENDAR_TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export function newCalendarNonce(): string {
  return randomBytes(32).toString('base64url');
}

export function calendarToken(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`kindred calendar feed\0${nonce}`).digest('base64url');
}

export function calendarTokenHash(secret: string, token: string): string {
  return hashToken(secret, token);
}

export function calendarUrl(publicUrl: URL, token: string): string {
  return new URL(`/calendar/${token}.ics`, publicUrl).toString();
}
