import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface PasswordResetRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export class PasswordResetRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(r: PasswordResetRecord): Promise<void> {
    await this.db
      .insertInto('password_reset')
      .values({
        token_hash: r.tokenHash,
        user_id: r.userId,
        created_at: r.createdAt,
        expires_at: r.expiresAt,
        used_at: r.usedAt,
      })
      .execute();
  }

  /**
   * Marks an unused, unexpired token as used and returns its user. The conditional update makes
   * the token single-use even when two requests race.
   */
  async consume(tokenHash: string, nowIso: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('password_reset')
      .select(['user_id'])
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', nowIso)
      .executeTakeFirst();
    if (!row) return undefined;
    const result = await this.db
      .updateTable('password_reset')
      .set({ used_at: nowIso })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1 ? row.user_id : undefined;
  }

  /** A new password invalidates every other outstanding link for the account. */
  async invalidateAllForUser(userId: string, nowIso: string): Promise<void> {
    await this.db
      .updateTable('password_reset')
      .set({ used_at: nowIso })
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .execute();
  }
}
