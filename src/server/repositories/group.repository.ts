import { type Kysely, sql } from 'kysely';
import type { Database, GroupTagKind, OccurrenceTable } from '../db/schema';
import {
  GROUP_ROW_COLUMNS,
  type GroupRecord,
  type ScheduleRecord,
  toException,
  toGroupRecord,
  toGroupRow,
  toScheduleRecord,
  toScheduleRow,
} from './group-rows';

export type { GroupRecord, ScheduleRecord } from './group-rows';

export interface GroupTags {
  topic: string[];
  category: string[];
  audience: string[];
  language: string[];
  access: string[];
}

export class GroupRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: 'sqlite' | 'postgres',
  ) {}

  async findById(id: string): Promise<GroupRecord | undefined> {
    const row = await this.db
      .selectFrom('support_group')
      .select(GROUP_ROW_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toGroupRecord(row);
  }

  async findBySlug(slug: string): Promise<GroupRecord | undefined> {
    const row = await this.db
      .selectFrom('support_group')
      .select(GROUP_ROW_COLUMNS)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && toGroupRecord(row);
  }

  async findManyByIds(ids: string[]): Promise<GroupRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('support_group')
      .select(GROUP_ROW_COLUMNS)
      .where('id', 'in', ids)
      .execute();
    return rows.map(toGroupRecord);
  }

  async slugTaken(slug: string, exceptId?: string): Promise<boolean> {
    let q = this.db.selectFrom('support_group').select('id').where('slug', '=', slug);
    if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
    return (await q.executeTakeFirst()) !== undefined;
  }

  /** Inserts or replaces a group with its tags and search entry. */
  async save(
    group: GroupRecord,
    tags: GroupTags,
    searchText: string,
    isNew: boolean,
  ): Promise<void> {
    const row = toGroupRow(group, searchText);
    if (isNew) {
      await this.db.insertInto('support_group').values(row).execute();
    } else {
      const { id, created_at: _created, ...changes } = row;
      await this.db.updateTable('support_group').set(changes).where('id', '=', id).execute();
    }
    await this.db.deleteFrom('group_tag').where('group_id', '=', group.id).execute();
    const tagRows = (Object.entries(tags) as [GroupTagKind, string[]][]).flatMap(([kind, values]) =>
      [...new Set(values)].map((value) => ({ group_id: group.id, kind, value })),
    );
    if (tagRows.length > 0) await this.db.insertInto('group_tag').values(tagRows).execute();
    // The search entry follows the row: PostgreSQL generates the name and text vectors, and on
    // SQLite triggers rewrite the group's FTS5 row (by its search_rowid) when the name or the
    // search text changes (migration 0005).
  }

  async updateStatus(id: string, status: GroupRecord['status'], updatedAt: string): Promise<void> {
    await this.db
      .updateTable('support_group')
      .set({ status, updated_at: updatedAt })
      .where('id', '=', id)
      .execute();
  }

  async schedules(groupIds: string[]): Promise<ScheduleRecord[]> {
    if (groupIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('schedule')
      .selectAll()
      .where('group_id', 'in', groupIds)
      .orderBy('group_id')
      .orderBy('position')
      .execute();
    if (rows.length === 0) return [];
    const exceptions = await this.db
      .selectFrom('schedule_exception')
      .selectAll()
      .where(
        'schedule_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('original_date')
      .execute();
    return rows.map((r) =>
      toScheduleRecord(r, exceptions.filter((e) => e.schedule_id === r.id).map(toException)),
    );
  }

  /** Replaces the group's schedules; ids that are kept keep their identity. */
  async replaceSchedules(
    groupId: string,
    schedules: ScheduleRecord[],
    newIds: string[],
  ): Promise<void> {
    const keep = schedules.map((s) => s.id);
    let del = this.db.deleteFrom('schedule').where('group_id', '=', groupId);
    if (keep.length > 0) del = del.where('id', 'not in', keep);
    await del.execute();
    for (const s of schedules) {
      const row = toScheduleRow(s);
      if (newIds.includes(s.id)) {
        await this.db.insertInto('schedule').values(row).execute();
      } else {
        const { id, created_at: _created, ...changes } = row;
        await this.db.updateTable('schedule').set(changes).where('id', '=', id).execute();
      }
      await this.db.deleteFrom('schedule_exception').where('schedule_id', '=', s.id).execute();
      if (s.exceptions.length > 0) {
        await this.db
          .insertInto('schedule_exception')
          .values(
            s.exceptions.map((e, i) => ({
              id: `${s.id}:${String(i)}`,
              schedule_id: s.id,
              original_date: e.date,
              kind: e.kind,
              new_start: e.kind === 'moved' ? e.start : null,
              new_end: e.kind === 'moved' ? e.end : null,
              note: e.note ?? null,
            })),
          )
          .execute();
      }
    }
  }

  async replaceOccurrences(
    groupId: string,
    rows: OccurrenceTable[],
    untilIso: string,
  ): Promise<void> {
    await this.db.deleteFrom('occurrence').where('group_id', '=', groupId).execute();
    await this.db
      .updateTable('support_group')
      .set({ occurrences_until: untilIso })
      .where('id', '=', groupId)
      .execute();
    // Chunked: SQLite caps bound parameters per statement.
    for (let i = 0; i < rows.length; i += 100) {
      await this.db
        .insertInto('occurrence')
        .values(rows.slice(i, i + 100))
        .execute();
    }
  }

  /**
   * Refreshes each group's next meeting (the earliest not-cancelled occurrence that has not
   * ended). Only groups whose stored next meeting is over (or unknown) are touched.
   */
  async refreshNext(nowIso: string, groupId?: string): Promise<number> {
    const next = (col: 'start_at' | 'end_at') =>
      sql<
        string | null
      >`(select ${sql.ref(`o.${col}`)} from occurrence o where o.group_id = support_group.id and o.end_at > ${nowIso} and o.status <> 'cancelled' order by o.start_at limit 1)`;
    let q = this.db.updateTable('support_group').set({
      next_start_at: next('start_at'),
      next_end_at: next('end_at'),
    });
    q =
      groupId === undefined
        ? q.where((eb) => eb.or([eb('next_end_at', '<=', nowIso), eb('next_end_at', 'is', null)]))
        : q.where('id', '=', groupId);
    const result = await q.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** When the soonest stored next meeting ends (an index read), or null when none is stored. */
  async soonestNextEnd(): Promise<string | null> {
    const row = await this.db
      .selectFrom('support_group')
      .select((eb) => eb.fn.min('next_end_at').as('soonest'))
      .executeTakeFirst();
    return row?.soonest ?? null;
  }

  async facilitatorIds(groupId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('group_facilitator')
      .select('user_id')
      .where('group_id', '=', groupId)
      .execute();
    return rows.map((r) => r.user_id);
  }

  async groupIdsFacilitatedBy(userId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('group_facilitator')
      .select('group_id')
      .where('user_id', '=', userId)
      .execute();
    return rows.map((r) => r.group_id);
  }

  async setFacilitators(groupId: string, userIds: string[]): Promise<void> {
    await this.db.deleteFrom('group_facilitator').where('group_id', '=', groupId).execute();
    const unique = [...new Set(userIds)];
    if (unique.length > 0) {
      await this.db
        .insertInto('group_facilitator')
        .values(unique.map((user_id) => ({ group_id: groupId, user_id })))
        .execute();
    }
  }

  /** Groups for the management list: every group for admins, or the given ids. */
  async listForManagement(organizationId: string, onlyIds?: string[]): Promise<GroupRecord[]> {
    let q = this.db
      .selectFrom('support_group')
      .select(GROUP_ROW_COLUMNS)
      .where('organization_id', '=', organizationId)
      .orderBy('name');
    if (onlyIds !== undefined) {
      if (onlyIds.length === 0) return [];
      q = q.where('id', 'in', onlyIds);
    }
    return (await q.execute()).map(toGroupRecord);
  }

  /** Non-archived groups whose materialized occurrences end before `horizonIso`. */
  async groupIdsNeedingOccurrences(horizonIso: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('support_group')
      .select('id')
      .where('status', '<>', 'archived')
      .where((eb) =>
        eb.or([eb('occurrences_until', 'is', null), eb('occurrences_until', '<', horizonIso)]),
      )
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }
}
