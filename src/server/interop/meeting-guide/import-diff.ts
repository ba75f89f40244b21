// The dry run's heart: what the import would add, change (field by field), leave alone and
// archive. Only what a feed can say is compared; what only Kindred knows (the first-meeting
// note, capacity, cancellations, facilitators) is kept as it is on every import.
import type { GroupData, ScheduleData } from '../../../contracts/groups';
import type { FieldChange } from '../../../contracts/imports';
import type { GroupRecord, ScheduleRecord } from '../../repositories/group.repository';
import type { GroupCandidate } from './import-model';
import type { Prepared, WithheldRemovals } from './import-prepare';

export interface StoredGroup {
  group: GroupRecord;
  schedules: ScheduleRecord[];
}

export interface PlannedChange {
  candidate: GroupCandidate;
  stored: StoredGroup;
  /** What to write: the feed's data with what only Kindred knows carried over. */
  data: GroupData;
  changes: FieldChange[];
}

export interface ImportPlan {
  added: GroupCandidate[];
  changed: PlannedChange[];
  unchanged: { candidate: GroupCandidate; stored: StoredGroup }[];
  /** Active or paused groups of the same source that the file no longer lists. */
  removed: GroupRecord[];
  /** Groups that would be archived, kept because some records could not be read. */
  kept: GroupRecord[];
}

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

type ScheduleLike = Pick<ScheduleData, 'start' | 'end' | 'timeZone' | 'mode'> & {
  recurrence: ScheduleRecord['recurrence'] | ScheduleData['recurrence'];
  place?: ScheduleRecord['place'] | ScheduleData['place'];
  online?: ScheduleRecord['online'] | ScheduleData['online'];
};

function recurrenceText(r: ScheduleLike['recurrence']): string {
  if (r.kind === 'weekly') return `weekly ${r.days.map((d) => DAY_NAMES[d] ?? '?').join(', ')}`;
  return JSON.stringify(r);
}

/** A schedule as flat, comparable text fields. */
function flatSchedule(s: ScheduleLike): Record<string, string> {
  const place = s.mode === 'online' ? null : (s.place ?? null);
  const online = s.mode === 'in-person' ? null : (s.online ?? null);
  return {
    recurrence: recurrenceText(s.recurrence),
    start: s.start,
    end: s.end,
    timeZone: s.timeZone,
    mode: s.mode,
    'place.name': place?.name ?? '',
    'place.address': place?.address ?? '',
    'place.latitude': place ? String(place.latitude) : '',
    'place.longitude': place ? String(place.longitude) : '',
    'place.notes': place?.notes ?? '',
    'online.joinUrl': online?.joinUrl ?? '',
    'online.dialIn': online?.dialIn ?? '',
    'online.notes': online?.notes ?? '',
  };
}

function scheduleSummary(s: ScheduleLike): string {
  const f = flatSchedule(s);
  const where = [f['place.address'], f['online.joinUrl'] || f['online.dialIn']]
    .filter((x) => x !== '')
    .join(' + ');
  return `${f.recurrence} ${f.start}–${f.end} ${f.timeZone}, ${f.mode}${where ? ` (${where})` : ''}`;
}

interface GroupFields {
  name: string;
  description: string;
  leadership: string;
  attendance: string;
  cost: string;
  status: string;
  topics: readonly string[];
  audiences: readonly string[];
  languages: readonly string[];
  accessibility: readonly string[];
  /** Type codes of the feed that Kindred does not model, kept to give them back. */
  keptTypes: readonly string[];
}

const SCALARS = ['name', 'description', 'leadership', 'attendance', 'cost', 'status'] as const;
const LISTS = ['topics', 'audiences', 'languages', 'accessibility', 'keptTypes'] as const;
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const EMPTY = '—';

/** Field-level differences between what is stored and what the feed says. */
export function diffGroup(
  before: GroupFields,
  beforeSchedules: readonly ScheduleLike[],
  after: GroupFields,
  afterSchedules: readonly ScheduleLike[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of SCALARS) {
    if (before[field] !== after[field]) {
      changes.push({ field, before: before[field], after: after[field] });
    }
  }
  for (const field of LISTS) {
    if (!sameSet(before[field], after[field])) {
      changes.push({
        field,
        before: before[field].join(', ') || EMPTY,
        after: after[field].join(', ') || EMPTY,
      });
    }
  }
  const count = Math.max(beforeSchedules.length, afterSchedules.length);
  for (let i = 0; i < count; i++) {
    const b = beforeSchedules[i];
    const a = afterSchedules[i];
    const at = `schedules.${String(i)}`;
    if (b === undefined || a === undefined) {
      changes.push({
        field: at,
        before: b ? scheduleSummary(b) : EMPTY,
        after: a ? scheduleSummary(a) : EMPTY,
      });
      continue;
    }
    const fb = flatSchedule(b);
    const fa = flatSchedule(a);
    for (const key of Object.keys(fa)) {
      if (fb[key] !== fa[key]) {
        changes.push({ field: `${at}.${key}`, before: fb[key] || EMPTY, after: fa[key] || EMPTY });
      }
    }
  }
  return changes;
}

/**
 * The feed's schedules in the stored order: each one identical to a stored schedule takes that
 * schedule's position, the others fill the free positions in feed order. A feed (or a
 * spreadsheet) that lists the same meetings in another order then changes nothing, and a
 * schedule keeps its identity, and with it its cancellations, when others come and go.
 */
export function alignSchedules<T extends ScheduleLike>(
  stored: readonly ScheduleLike[],
  incoming: readonly T[],
): T[] {
  const keyOf = (s: ScheduleLike) => JSON.stringify(flatSchedule(s));
  const free = new Map<string, number[]>();
  stored.forEach((s, i) => {
    const key = keyOf(s);
    free.set(key, [...(free.get(key) ?? []), i]);
  });
  const slots = new Array<T | undefined>(Math.max(stored.length, incoming.length));
  const rest: T[] = [];
  for (const s of incoming) {
    const position = free.get(keyOf(s))?.shift();
    if (position === undefined) rest.push(s);
    else slots[position] = s;
  }
  for (let i = 0; i < slots.length && rest.length > 0; i++) {
    if (slots[i] === undefined) slots[i] = rest.shift();
  }
  return slots.filter((s): s is T => s !== undefined);
}

/**
 * The feed's data for a stored group, keeping what the feed cannot say: the first-meeting note,
 * capacity, and each schedule's identity (by position), dates and cancellations while its
 * recurrence and times stay the same.
 */
function carryOver(data: GroupData, stored: StoredGroup): GroupData {
  return {
    ...data,
    firstMeeting: stored.group.firstMeeting,
    capacity: stored.group.capacity,
    schedules: data.schedules.map((s, i) => {
      const old = stored.schedules[i];
      if (old === undefined) return s;
      const sameTimes =
        recurrenceText(old.recurrence) === recurrenceText(s.recurrence) &&
        old.start === s.start &&
        old.end === s.end &&
        old.timeZone === s.timeZone;
      return {
        ...s,
        id: old.id,
        ...(sameTimes
          ? {
              exceptions: old.exceptions,
              ...(old.startsOn === null ? {} : { startsOn: old.startsOn }),
              ...(old.endsOn === null ? {} : { endsOn: old.endsOn }),
            }
          : {}),
      };
    }),
  };
}

const groupsText = (n: number) => (n === 1 ? '1 group' : `${String(n)} groups`);

/** Why nothing was archived, in words for the person who chose the file. */
function keptMessage(withheld: WithheldRemovals, kept: number): string {
  const what = `${groupsText(kept)} from this source that the file does not list ${kept === 1 ? 'was' : 'were'} kept as ${kept === 1 ? 'it is' : 'they are'}, not archived`;
  return withheld.reason === 'nothing-readable'
    ? `None of the records in this file could be read, so ${what}. Please check that this is the right file.`
    : `Some records could not be read and have no slug, so we cannot tell which groups they are: ${what}. Fix those records and import again to archive what the source no longer lists.`;
}

/**
 * Compares the file's groups with what is stored. A slug held by a group from another source
 * (or made by hand) is an error: an import never takes over a group it did not create.
 */
export function planImport(
  file: Pick<Prepared, 'candidates' | 'untouchable' | 'withholdRemovals' | 'issues'>,
  stored: ReadonlyMap<string, StoredGroup>,
  sameSource: readonly GroupRecord[],
  source: string,
): ImportPlan {
  const { candidates, untouchable, issues } = file;
  const plan: ImportPlan = { added: [], changed: [], unchanged: [], removed: [], kept: [] };
  const named = new Set<string>(untouchable);
  for (const candidate of candidates) {
    named.add(candidate.slug);
    const existing = stored.get(candidate.slug);
    if (existing === undefined) {
      plan.added.push(candidate);
      continue;
    }
    if (existing.group.source !== source) {
      const index = candidate.indexes[0] ?? 0;
      const owner =
        existing.group.source === null
          ? 'a group made in Kindred'
          : `a group imported from ${existing.group.source}`;
      issues.error(
        index,
        candidate.recordSlugs[0] ?? candidate.slug,
        'slug',
        `"${candidate.slug}" is already used by ${owner}: not imported`,
      );
      continue;
    }
    const data = {
      ...candidate.data,
      schedules: alignSchedules(existing.schedules, candidate.data.schedules),
    };
    const changes = diffGroup(
      existing.group,
      existing.schedules,
      { ...data, keptTypes: candidate.keptTypes },
      data.schedules,
    );
    if (changes.length === 0) plan.unchanged.push({ candidate, stored: existing });
    else {
      plan.changed.push({
        candidate,
        stored: existing,
        data: carryOver(data, existing),
        changes,
      });
    }
  }
  const unlisted = sameSource.filter(
    (g) => g.source === source && g.status !== 'archived' && !named.has(g.slug),
  );
  // A file we could not fully read says nothing about which groups the source dropped: a junk
  // or half-broken feed must never archive an intergroup's meetings.
  const withheld = file.withholdRemovals;
  if (withheld === null) plan.removed = unlisted;
  else {
    plan.kept = unlisted;
    if (unlisted.length > 0) {
      const field = withheld.reason === 'unslugged' ? 'slug' : 'record';
      issues.warn(withheld.index, null, field, keptMessage(withheld, unlisted.length));
    }
  }
  return plan;
}
