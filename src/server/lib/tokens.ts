import { createHmac, randomBytes } from 'node:crypto';

/** A 256-bit random token for cookies and emailed links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens are stored only as keyed hashes, so a copy of the database cannot be replayed as
 * live sessions or reset links.
 */
export function hashToken(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}
