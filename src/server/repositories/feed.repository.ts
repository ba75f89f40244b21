// Reads for public feeds (Meeting Guide JSON): a cheap fingerprint of everything a feed is built
// from, and every published group with its schedules in two queries each, whatever the count.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import {
  GROUP_ROW_COLUMNS,
  type GroupRecord,
  type ScheduleRecord,
  toException,
  toGroupRecord,
  toScheduleRecord,
} from './group-rows';

export interface FeedFingerprint {
  groups: number;
  /** Latest support_group.updated_at (ISO), null when there are no groups. */
  groupsUpdatedAt: string | null;
  organizationUpdatedAt: string;
  organizationTimeZone: string;
}

/** Statuses and attendance a public feed may show (members-only groups never are). */
const FEED_STATUSES = ['active', 'paused'];
const HIDDEN_ATTENDANCE = 'members-only';

export class FeedRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * One row that changes whenever any group is created, edited, archived or deleted, or the
   * organization is edited: `count(*)` and `max(updated_at)` of support_group, plus the
   * organization's updated_at. Every instance reads the same answer from the shared database.
   */
  async fingerprint(): Promise<FeedFingerprint | undefined> {
    const row = await this.db
      .selectFrom('organization')
      .select((eb) => [
        'organization.updated_at',
        'organization.time_zone',
        eb
          .selectFrom('support_group')
          .select((s) => s.fn.countAll<number | string | bigint>().as('n'))
          .as('groups'),
        eb
          .selectFrom('support_group')
          .select((s) => s.fn.max('support_group.updated_at').as('latest'))
          .as('groups_updated_at'),
      ])
      .orderBy('organization.created_at')
      .limit(1)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      groups: Number(row.groups ?? 0),
      groupsUpdatedAt: row.groups_updated_at ?? null,
      organizationUpdatedAt: row.updated_at,
      organizationTimeZone: row.time_zone,
    };
  }

  /** Active and paused groups that are not members-only, by slug. */
  async publishedGroups(): Promise<GroupRecord[]> {
    const rows = await this.db
      .selectFrom('support_group')
      .select(GROUP_ROW_COLUMNS)
      .where('status', 'in', FEED_STATUSES)
      .where('attendance', '<>', HIDDEN_ATTENDANCE)
      .orderBy('slug')
      .execute();
    return rows.map(toGroupRecord);
  }

  /** Schedules (with exceptions) of those groups, by group and position. */
  async publishedSchedules(): Promise<ScheduleRecord[]> {
    const published = this.db
      .selectFrom('support_group')
      .select('support_group.id')
      .where('support_group.status', 'in', FEED_STATUSES)
      .where('support_group.attendance', '<>', HIDDEN_ATTENDANCE);
    const rows = await this.db
      .selectFrom('schedule')
      .selectAll()
      .where('group_id', 'in', published)
      .orderBy('group_id')
      .orderBy('position')
      .execute();
    const exceptions = await this.db
      .selectFrom('schedule_exception')
      .innerJoin('schedule', 'schedule.id', 'schedule_exception.schedule_id')
      .selectAll('schedule_exception')
      .where('schedule.group_id', 'in', published)
      .orderBy('schedule_exception.original_date')
      .execute();
    const bySchedule = new Map<string, typeof exceptions>();
    for (const e of exceptions) {
      const list = bySchedule.get(e.schedule_id);
      if (list) list.push(e);
      else bySchedule.set(e.schedule_id, [e]);
    }
    return rows.map((r) => toScheduleRecord(r, (bySchedule.get(r.id) ?? []).map(toException)));
  }
}
