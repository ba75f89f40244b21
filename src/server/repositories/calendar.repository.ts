import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface FollowRecord {
  groupId: string;
  slug: string;
  name: string;
  status: string;
  followedAt: string;
}

export interface CalendarSubscriptionRecord {
  userId: string;
  tokenHash: string;
  nonce: string;
  createdAt: string;
}

/** Follows and personal calendar subscriptions: what feeds a person's own calendar. */
export class CalendarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Idempotent: following twice keeps the first date. */
  async follow(userId: string, groupId: string, createdAt: string): Promise<void> {
    await this.db
      .insertInto('group_follow')
      .values({ user_id: userId, group_id: groupId, created_at: createdAt })
      .onConflict((oc) => oc.columns(['user_id', 'group_id']).doNothing())
      .execute();
  }

  async unfollow(userId: string, groupId: string): Promise<void> {
    await this.db
      .deleteFrom('group_follow')
      .where('user_id', '=', userId)
      .where('group_id', '=', groupId)
      .execute();
  }

  /** The person's follows with each group's name and status, by name. */
  async follows(userId: string): Promise<FollowRecord[]> {
    const rows = await this.db
      .selectFrom('group_follow as f')
      .innerJoin('support_group as g', 'g.id', 'f.group_id')
      .select(['g.id', 'g.slug', 'g.name', 'g.status', 'f.created_at'])
      .where('f.user_id', '=', userId)
      .orderBy('g.name')
      .orderBy('g.id')
      .execute();
    return rows.map((r) => ({
      groupId: r.id,
      slug: r.slug,
      name: r.name,
      status: r.status,
      followedAt: r.created_at,
    }));
  }

  async followedGroupIds(userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('group_follow')
      .select('group_id')
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => r.group_id);
  }

  /** Facilitators of many groups at once, for the policy checks of a whole calendar. */
  async facilitatorIdsByGroup(groupIds: string[]): Promise<Map<string, string[]>> {
    const byGroup = new Map<string, string[]>(groupIds.map((id) => [id, []]));
    if (groupIds.length === 0) return byGroup;
    const rows = await this.db
      .selectFrom('group_facilitator')
      .select(['group_id', 'user_id'])
      .where('group_id', 'in', groupIds)
      .execute();
    for (const r of rows) byGroup.get(r.group_id)?.push(r.user_id);
    return byGroup;
  }

  async findSubscription(userId: string): Promise<CalendarSubscriptionRecord | undefined> {
    const row = await this.db
      .selectFrom('calendar_subscription')
      .selectAll()
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row && toSubscription(row);
  }

  async findSubscriptionByHash(tokenHash: string): Promise<CalendarSubscriptionRecord | undefined> {
    const row = await this.db
      .selectFrom('calendar_subscription')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row && toSubscription(row);
  }

  /** Creates the person's subscription or replaces it (the old URL stops working). */
  async replaceSubscription(s: CalendarSubscriptionRecord): Promise<void> {
    await this.db.deleteFrom('calendar_subscription').where('user_id', '=', s.userId).execute();
    await this.db
      .insertInto('calendar_subscription')
      .values({
        user_id: s.userId,
        token_hash: s.tokenHash,
        nonce: s.nonce,
        created_at: s.createdAt,
      })
      .execute();
  }

  /** True when there was one to delete. */
  async deleteSubscription(userId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('calendar_subscription')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toSubscription(row: {
  user_id: string;
  token_hash: string;
  nonce: string;
  created_at: string;
}): CalendarSubscriptionRecord {
  return {
    userId: row.user_id,
    tokenHash: row.token_hash,
    nonce: row.nonce,
    createdAt: row.created_at,
  };
}
