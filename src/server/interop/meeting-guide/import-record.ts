// One Meeting Guide record → one meeting in Kindred's terms, or errors naming its index, slug
// and field. A bad record is left out; the rest of the import goes on. How it is attended (and
// where) is read in import-attending.ts.
import { isMeetingType } from '@code4recovery/spec';
import {
  attendanceSchema,
  leadershipSchema,
  scheduleInputSchema,
  type ScheduleData,
  type ScheduleInput,
} from '../../../contracts/groups';
import { isKnownZone } from '../../../domain/schedule/resolve';
import { isValidTimeZone } from '../../../domain/time-zone';
import {
  isSlug,
  slugify,
  type ImportIssues,
  type MeetingDraft,
  type TypeFacts,
} from './import-model';
import { clip, readAttending, type Sink } from './import-attending';
import { meetingRecordSchema, type MeetingRecord } from './record-schema';
import { CUSTOM_PREFIX, fieldsFromTypes } from './type-codes';

export interface RecordContext {
  /** Used (and reported) when a record names no time zone. */
  organizationTimeZone: string;
  /** Topic slugs of this organization's taxonomy. */
  knownTopics: ReadonlySet<string>;
}

const TOPIC_CODE_PREFIX = `${CUSTOM_PREFIX}T-`;
const NAME_MAX = 120;

/** "7:30" or "19:30" → "07:30"/"19:30"; anything else (incl. "24:00", "7pm") → null. */
export function wallTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

function plusMinutes(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = (h * 60 + m + minutes) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function readDays(day: NonNullable<MeetingRecord['day']>, sink: Sink): number[] | null {
  const values = Array.isArray(day) ? day : [day];
  if (values.length === 0) {
    sink.error('day', 'The list of days is empty');
    return null;
  }
  const days: number[] = [];
  for (const value of values) {
    const n = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < 0 || n > 6) {
      sink.error('day', `Day "${String(value)}" is not 0 (Sunday) to 6 (Saturday)`);
      return null;
    }
    if (!days.includes(n)) days.push(n);
  }
  return days;
}

/** A code another system may have made up: letters, digits, single hyphens or underscores. */
const KEEPABLE_CODE = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/;
const KEPT_CODE_MAX = 64;
const clipped = (code: string) => (code.length > 40 ? `${code.slice(0, 39)}…` : code);

/**
 * Codes Kindred does not model are kept on the group, and its feed gives them back: the spec's
 * formats (Speaker, Big Book, ...) quietly, other codes with a warning, as Kindred does not show
 * them. Not kept: a second attendance code, which contradicts the first, codes in Kindred's own
 * KD- namespace that Kindred does not know (they would claim a meaning they do not have), and
 * anything that is not shaped like a code.
 */
function readTypes(r: MeetingRecord, ctx: RecordContext, sink: Sink): TypeFacts {
  const codes = r.types ?? [];
  const fields = fieldsFromTypes(codes);
  const kept: string[] = [];
  for (const code of fields.unknown) {
    if ((code === 'O' || code === 'C') && fields.attendance !== undefined) {
      sink.warn('types', `Both Open (O) and Closed (C): used the first, ${fields.attendance}`);
    } else if (isMeetingType(code)) {
      kept.push(code);
    } else if (code.toUpperCase().startsWith(CUSTOM_PREFIX)) {
      sink.warn('types', `Unknown Kindred type code "${code}": ignored`);
    } else if (code.length <= KEPT_CODE_MAX && KEEPABLE_CODE.test(code)) {
      kept.push(code);
      sink.warn(
        'types',
        `Unknown type code "${code}": kept, and given back in Kindred's feed, but not shown in Kindred`,
      );
    } else {
      sink.warn('types', `"${clipped(code)}" is not a type code: ignored`);
    }
  }
  const attendance = attendanceSchema.safeParse(fields.attendance);
  if (fields.attendance !== undefined && !attendance.success) {
    sink.warn('types', `Unknown attendance "${fields.attendance}": ignored`);
  }
  const leadership = leadershipSchema.safeParse(fields.leadership);
  if (fields.leadership !== undefined && !leadership.success) {
    sink.warn('types', `Unknown leadership "${fields.leadership}": ignored`);
  }
  const topics = fields.topics.filter((t) => {
    if (ctx.knownTopics.has(t)) return true;
    sink.warn('types', `Topic "${t}" is not one of this organization's topics: ignored`);
    return false;
  });
  return {
    attendance: attendance.success ? attendance.data : undefined,
    audiences: fields.audiences as TypeFacts['audiences'],
    accessibility: fields.accessibility as TypeFacts['accessibility'],
    languages: fields.languages,
    topics,
    namedTopics: codes.some((c) => c.toUpperCase().startsWith(TOPIC_CODE_PREFIX)),
    leadership: leadership.success ? leadership.data : undefined,
    codes,
    kept,
  };
}

function readTimeZone(r: MeetingRecord, ctx: RecordContext, sink: Sink): string | null {
  if (r.timezone === undefined) {
    sink.warn('timezone', `No time zone: used the organization's, ${ctx.organizationTimeZone}`);
    return ctx.organizationTimeZone;
  }
  if (!isValidTimeZone(r.timezone) || !isKnownZone(r.timezone)) {
    sink.error(
      'timezone',
      `Unknown time zone "${r.timezone}": use an IANA name like America/Chicago`,
    );
    return null;
  }
  return r.timezone;
}

function feedField(path: readonly PropertyKey[]): string {
  const [head = 'record', next] = path.map(String);
  switch (head) {
    case 'start':
      return 'time';
    case 'end':
      return 'end_time';
    case 'timeZone':
      return 'timezone';
    case 'recurrence':
      return 'day';
    case 'place':
      return (
        { name: 'location', address: 'formatted_address', notes: 'location_notes' }[next ?? ''] ??
        'latitude'
      );
    case 'online':
      return (
        { joinUrl: 'conference_url', dialIn: 'conference_phone', notes: 'conference_url_notes' }[
          next ?? ''
        ] ?? 'conference_url'
      );
    default:
      return head;
  }
}

/**
 * The slug as the file writes it, for naming the record in issues. A key that is there but empty
 * (a CSV row's blank Slug) names no slug, like a missing one.
 */
function issueSlug(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('slug' in raw)) return null;
  const slug = raw.slug;
  if (slug === undefined || slug === null || slug === '') return null;
  return typeof slug === 'string' ? slug : JSON.stringify(slug);
}

function readSlug(r: MeetingRecord, sink: Sink): string | null {
  if (r.slug === undefined) {
    sink.error('slug', 'Every record needs a slug');
    return null;
  }
  if (isSlug(r.slug)) return r.slug;
  const slug = slugify(r.slug);
  if (!isSlug(slug)) {
    sink.error('slug', `"${r.slug}" cannot be made into a slug (2–64 letters, digits, hyphens)`);
    return null;
  }
  sink.warn(
    'slug',
    `Slug "${r.slug}" became "${slug}" (lowercase letters, digits, single hyphens)`,
  );
  return slug;
}

/** Reads one record; null when it has errors (already reported to `issues`). */
export function readRecord(
  raw: unknown,
  index: number,
  ctx: RecordContext,
  issues: ImportIssues,
): MeetingDraft | null {
  const slugForIssues = issueSlug(raw);
  const state = { failed: false };
  const sink: Sink = {
    error: (field, message) => {
      state.failed = true;
      issues.error(index, slugForIssues, field, message);
    },
    warn: (field, message) => issues.warn(index, slugForIssues, field, message),
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    sink.error('record', 'Each record must be an object with fields');
    return null;
  }
  const parsed = meetingRecordSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      sink.error(String(issue.path[0] ?? 'record'), issue.message);
    }
    return null;
  }
  const r = parsed.data;
  const slug = readSlug(r, sink);
  if (slug === null) return null;

  const name = r.name ?? r.group;
  if (name === undefined || name.length < 2) {
    sink.error('name', 'Every record needs a name of at least 2 characters');
  }
  const types = readTypes(r, ctx, sink);
  const timeZone = readTimeZone(r, ctx, sink);
  const appointment = r.day === undefined || r.time === undefined;
  let days: number[] | null = [];
  let start: string | null = null;
  let end: string | null = null;
  if (appointment) {
    const half =
      r.day === undefined ? (r.time === undefined ? '' : ' (it has a time)') : ' (it has a day)';
    sink.warn('day', `No day or time, "by appointment"${half}: imported without a schedule`);
  } else {
    days = readDays(r.day ?? [], sink);
    start = wallTime(r.time ?? '');
    if (start === null) sink.error('time', `Time "${r.time ?? ''}" is not HH:MM (24-hour)`);
    if (r.end_time === undefined) {
      end = start === null ? null : plusMinutes(start, 60);
    } else {
      end = wallTime(r.end_time);
      if (end === null) sink.error('end_time', `End time "${r.end_time}" is not HH:MM (24-hour)`);
      else if (end === start) sink.error('end_time', 'The end time equals the start time');
    }
  }
  // By appointment, where the meeting is matters less: only its errors (a bad link) are told.
  const attending = readAttending(
    r,
    types,
    appointment ? { error: sink.error, warn: () => undefined } : sink,
  );
  if (
    state.failed ||
    attending === null ||
    timeZone === null ||
    days === null ||
    name === undefined
  ) {
    return null;
  }

  const schedules: ScheduleData[] = [];
  if (!appointment && attending.mode !== null && start !== null && end !== null) {
    for (const day of days) {
      const result = scheduleInputSchema.safeParse({
        recurrence: { kind: 'weekly', days: [day] },
        start,
        end,
        timeZone,
        mode: attending.mode,
        ...(attending.place === undefined ? {} : { place: attending.place }),
        ...(attending.online === undefined ? {} : { online: attending.online }),
      } satisfies ScheduleInput);
      if (!result.success) {
        for (const issue of result.error.issues) sink.error(feedField(issue.path), issue.message);
        return null;
      }
      schedules.push(result.data);
    }
  }
  return {
    index,
    slug,
    fileSlug: slugForIssues ?? slug,
    groupId: r.group_id,
    groupName: r.group,
    name: clip(name, NAME_MAX, 'name', sink) ?? name,
    notes: r.notes,
    groupNotes: r.group_notes,
    updated: r.updated,
    types,
    schedules,
    appointment,
    inactive: appointment ? null : attending.inactive,
  };
}

/** Slugs a bad record may stand for, so that no group is archived because its record was bad. */
export function slugsOfBadRecord(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const r = raw as Record<string, unknown>;
  // A regrouped group without a slug-like group_id is named after its group.
  const groupName = r.group_id === undefined ? undefined : (r.group ?? r.name);
  return [r.slug, r.group_id, groupName]
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map((v) => slugify(String(v)))
    .filter(isSlug);
}
