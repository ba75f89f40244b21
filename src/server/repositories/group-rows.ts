// Mapping between group rows and records. Kept apart from the queries so both the group and
// the directory repositories read rows the same way.
import type { Selectable } from 'kysely';
import type { Recurrence, ScheduleException } from '../../domain/schedule/types';
import type {
  AccessibilityFeature,
  Attendance,
  Audience,
  Cost,
  LeadershipModel,
} from '../../domain/taxonomy/taxonomy';
import type { ScheduleExceptionTable, ScheduleTable, SupportGroupTable } from '../db/schema';

export interface GroupRecord {
  id: string;
  organizationId: string;
  slug: string;
  name: string;
  description: string;
  firstMeeting: string;
  leadership: LeadershipModel;
  attendance: Attendance;
  cost: Cost;
  capacity: number | null;
  status: 'active' | 'paused' | 'archived';
  format: 'in-person' | 'online' | 'hybrid' | null;
  languages: string[];
  audiences: Audience[];
  accessibility: AccessibilityFeature[];
  topics: string[];
  nextStartAt: string | null;
  nextEndAt: string | null;
  source: string | null;
  /** Type codes of an imported feed that Kindred does not model: its feed gives them back. */
  keptTypes: string[];
  createdAt: string;
  updatedAt: string;
}

export interface ScheduleRecord {
  id: string;
  groupId: string;
  position: number;
  recurrence: Recurrence;
  start: string;
  end: string;
  timeZone: string;
  startsOn: string | null;
  endsOn: string | null;
  mode: 'in-person' | 'online' | 'hybrid';
  place: {
    name: string;
    address: string;
    latitude: number;
    longitude: number;
    notes?: string;
  } | null;
  online: { joinUrl?: string; dialIn?: string; notes?: string } | null;
  exceptions: ScheduleException[];
  createdAt: string;
  updatedAt: string;
}

const parseList = (json: string): string[] => JSON.parse(json) as string[];

/**
 * Every typed column of a group row, to select instead of `*`: the dialects' search columns
 * (PostgreSQL's two tsvectors, SQLite's search rowid) stay in the database.
 */
export const GROUP_ROW_COLUMNS = Object.keys({
  id: true,
  organization_id: true,
  slug: true,
  name: true,
  description: true,
  first_meeting: true,
  leadership: true,
  attendance: true,
  cost: true,
  capacity: true,
  status: true,
  format: true,
  languages: true,
  audiences: true,
  accessibility: true,
  topics: true,
  search_text: true,
  next_start_at: true,
  next_end_at: true,
  occurrences_until: true,
  source: true,
  kept_types: true,
  created_at: true,
  updated_at: true,
} satisfies Record<keyof SupportGroupTable, true>) as (keyof SupportGroupTable)[];

export function toGroupRecord(row: Selectable<SupportGroupTable>): GroupRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    firstMeeting: row.first_meeting,
    // Written only from validated input, so the stored slugs are the taxonomy's.
    leadership: row.leadership as LeadershipModel,
    attendance: row.attendance as Attendance,
    cost: row.cost as Cost,
    capacity: row.capacity,
    status: row.status as GroupRecord['status'],
    format: row.format as GroupRecord['format'],
    languages: parseList(row.languages),
    audiences: parseList(row.audiences) as Audience[],
    accessibility: parseList(row.accessibility) as AccessibilityFeature[],
    topics: parseList(row.topics),
    nextStartAt: row.next_start_at,
    nextEndAt: row.next_end_at,
    source: row.source,
    keptTypes: parseList(row.kept_types),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toGroupRow(g: GroupRecord, searchText: string): SupportGroupTable {
  return {
    id: g.id,
    organization_id: g.organizationId,
    slug: g.slug,
    name: g.name,
    description: g.description,
    first_meeting: g.firstMeeting,
    leadership: g.leadership,
    attendance: g.attendance,
    cost: g.cost,
    capacity: g.capacity,
    status: g.status,
    format: g.format,
    languages: JSON.stringify(g.languages),
    audiences: JSON.stringify(g.audiences),
    accessibility: JSON.stringify(g.accessibility),
    topics: JSON.stringify(g.topics),
    search_text: searchText,
    next_start_at: g.nextStartAt,
    next_end_at: g.nextEndAt,
    occurrences_until: null,
    source: g.source,
    kept_types: JSON.stringify(g.keptTypes),
    created_at: g.createdAt,
    updated_at: g.updatedAt,
  };
}

export function toException(row: Selectable<ScheduleExceptionTable>): ScheduleException {
  const note = row.note === null ? {} : { note: row.note };
  if (row.kind === 'moved' && row.new_start !== null && row.new_end !== null) {
    return {
      date: row.original_date,
      kind: 'moved',
      start: row.new_start,
      end: row.new_end,
      ...note,
    };
  }
  return { date: row.original_date, kind: 'cancelled', ...note };
}

export function toScheduleRecord(
  row: Selectable<ScheduleTable>,
  exceptions: ScheduleException[],
): ScheduleRecord {
  const hasPlace = row.place_name !== null && row.latitude !== null && row.longitude !== null;
  const hasOnline = row.join_url !== null || row.dial_in !== null;
  return {
    id: row.id,
    groupId: row.group_id,
    position: row.position,
    recurrence: JSON.parse(row.recurrence) as Recurrence,
    start: row.start_time,
    end: row.end_time,
    timeZone: row.time_zone,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    mode: row.mode as ScheduleRecord['mode'],
    place: hasPlace
      ? {
          name: row.place_name ?? '',
          address: row.address ?? '',
          latitude: Number(row.latitude),
          longitude: Number(row.longitude),
          ...(row.place_notes === null ? {} : { notes: row.place_notes }),
        }
      : null,
    online: hasOnline
      ? {
          ...(row.join_url === null ? {} : { joinUrl: row.join_url }),
          ...(row.dial_in === null ? {} : { dialIn: row.dial_in }),
          ...(row.online_notes === null ? {} : { notes: row.online_notes }),
        }
      : null,
    exceptions,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toScheduleRow(s: ScheduleRecord): ScheduleTable {
  return {
    id: s.id,
    group_id: s.groupId,
    position: s.position,
    recurrence: JSON.stringify(s.recurrence),
    start_time: s.start,
    end_time: s.end,
    time_zone: s.timeZone,
    starts_on: s.startsOn,
    ends_on: s.endsOn,
    mode: s.mode,
    place_name: s.place?.name ?? null,
    address: s.place?.address ?? null,
    latitude: s.place?.latitude ?? null,
    longitude: s.place?.longitude ?? null,
    place_notes: s.place?.notes ?? null,
    join_url: s.online?.joinUrl ?? null,
    dial_in: s.online?.dialIn ?? null,
    online_notes: s.online?.notes ?? null,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}
