// Materializes the coming weeks of a group's schedules into the `occurrence` table, expanded in
// each schedule's own zone (DST-correct), so directory filters are plain indexed comparisons.
import { expandOccurrences } from '../../../domain/schedule/recurrence';
import { instantToLocal } from '../../../domain/schedule/resolve';
import { weekdayOf } from '../../../domain/schedule/civil';
import type { OccurrenceTable } from '../../db/schema';
import type { Repositories } from '../../repositories/index';
import type { ScheduleRecord } from '../../repositories/group.repository';

const DAY_MS = 86_400_000;
/** Six weeks ahead: every monthly schedule has at least one occurrence in view. */
export const HORIZON_DAYS = 42;
/** The rolling job extends groups whose horizon gets closer than this. */
export const REFRESH_BEFORE_DAYS = 35;

export function toDomainSchedule(s: ScheduleRecord) {
  return {
    start: s.start,
    end: s.end,
    timeZone: s.timeZone,
    recurrence: s.recurrence,
    ...(s.startsOn === null ? {} : { startsOn: s.startsOn }),
    ...(s.endsOn === null ? {} : { endsOn: s.endsOn }),
  };
}

export function occurrenceRows(
  groupId: string,
  schedules: ScheduleRecord[],
  now: Date,
): OccurrenceTable[] {
  const from = new Date(now.getTime() - DAY_MS);
  const to = new Date(now.getTime() + HORIZON_DAYS * DAY_MS);
  const rows = new Map<string, OccurrenceTable>();
  for (const s of schedules) {
    for (const o of expandOccurrences(toDomainSchedule(s), s.exceptions, { from, to })) {
      const local = instantToLocal(o.start, s.timeZone);
      const row: OccurrenceTable = {
        schedule_id: s.id,
        group_id: groupId,
        start_at: o.start.toISOString(),
        end_at: o.end.toISOString(),
        local_weekday: weekdayOf(local.date),
        local_minutes: local.minutes,
        status: o.status,
      };
      rows.set(`${s.id}|${row.start_at}`, row);
    }
  }
  return [...rows.values()];
}

/** Rewrites a group's occurrences and its next meeting. */
export async function materialize(
  repos: Repositories,
  groupId: string,
  schedules: ScheduleRecord[],
  now: Date,
): Promise<void> {
  const until = new Date(now.getTime() + HORIZON_DAYS * DAY_MS).toISOString();
  await repos.groups.replaceOccurrences(groupId, occurrenceRows(groupId, schedules, now), until);
  await repos.groups.refreshNext(now.toISOString(), groupId);
}
