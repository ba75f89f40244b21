import { hashToken, newToken } from '../lib/tokens';
import type { Repositories } from '../repositories/index';
import type { UserRecord } from '../repositories/user.repository';
import type { ServiceContext } from './context';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A session ends after 14 idle days, and in any case 30 days after sign-in. */
export const SESSION_IDLE_MS = 14 * DAY;
export const SESSION_MAX_MS = 30 * DAY;
/** Sliding expiry is written at most hourly, not on every request. */
const TOUCH_EVERY_MS = HOUR;

export class SessionService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Creates a session and returns the cookie token (only its hash is stored). */
  async create(repos: Repositories, userId: string, now: Date): Promise<string> {
    const token = newToken();
    await repos.sessions.insert({
      idHash: hashToken(this.ctx.config.sessionSecret, token),
      userId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
    });
    return token;
  }

  async destroy(repos: Repositories, token: string | undefined): Promise<void> {
    if (token === undefined || token === '') return;
    await repos.sessions.delete(hashToken(this.ctx.config.sessionSecret, token));
  }

  /** The user behind a cookie token, or null when it is unknown or expired. */
  async resolve(token: string | undefined): Promise<UserRecord | null> {
    if (token === undefined || token === '' || token.length > 200) return null;
    const { repos, clock, config } = this.ctx;
    const idHash = hashToken(config.sessionSecret, token);
    const session = await repos.sessions.find(idHash);
    if (!session) return null;
    const now = clock.now();
    if (session.expiresAt <= now.toISOString()) {
      await repos.sessions.delete(idHash);
      return null;
    }
    const user = await repos.users.findById(session.userId);
    if (!user) return null;
    if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
      const hardEnd = Date.parse(session.createdAt) + SESSION_MAX_MS;
      const expires = Math.min(now.getTime() + SESSION_IDLE_MS, hardEnd);
      await repos.sessions.touch(idHash, now.toISOString(), new Date(expires).toISOString());
    }
    return user;
  }
}
