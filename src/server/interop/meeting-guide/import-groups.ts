// Meeting Guide lists meetings (one per day); Kindred lists groups with schedules. Records that
// share a group_id become one group with a weekly schedule per record: a slug-like group_id
// (Kindred's own export puts the group's slug there) is the group's slug, an opaque one (TSML's
// numeric ids) names it after the group. Records without a group_id are groups of their own,
// named by their slug.
import {
  groupInputSchema,
  type GroupData,
  type GroupInput,
  type ScheduleData,
} from '../../../contracts/groups';
import {
  type GroupCandidate,
  type ImportIssues,
  isSlug,
  type MeetingDraft,
  slugify,
  slugLikeGroupId,
} from './import-model';

export const DEFAULT_TOPIC = 'twelve-step';
const DESCRIPTION_MAX = 5000;
const MAX_SCHEDULES = 20;
/** Far more than any real feed's codes per group; keeps a runaway list out of every record. */
const KEPT_TYPES_MAX = 40;

interface Bucket {
  slug: string;
  /** Made from the group's name rather than given by the feed (may take a suffix). */
  derived: boolean;
  groupId: string | undefined;
  drafts: MeetingDraft[];
}

function bucketsOf(drafts: MeetingDraft[]): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const d of drafts) {
    const id = d.groupId;
    let key: string;
    let bucket: Omit<Bucket, 'drafts'>;
    if (id !== undefined && slugLikeGroupId(id)) {
      key = `group:${id}`;
      bucket = { slug: id, derived: false, groupId: id };
    } else if (id !== undefined) {
      // An opaque group_id (TSML's post ids) names the group after the group's name, even when
      // only one record has it this time: a group that goes from two meetings to one keeps its
      // slug instead of turning into a new group.
      key = `group:${id}`;
      const fromName = slugify(d.groupName ?? d.name);
      bucket = isSlug(fromName)
        ? { slug: fromName, derived: true, groupId: id }
        : { slug: d.slug, derived: false, groupId: id };
    } else {
      key = `record:${d.slug}`;
      bucket = { slug: d.slug, derived: false, groupId: undefined };
    }
    const existing = buckets.get(key);
    if (existing) existing.drafts.push(d);
    else buckets.set(key, { ...bucket, drafts: [d] });
  }
  return [...buckets.values()];
}

const unionOf = <T>(lists: T[][]): T[] => [...new Set(lists.flat())];

function descriptionOf(drafts: MeetingDraft[], source: string, issues: ImportIssues): string {
  const withNotes = drafts.filter((d) => d.notes !== undefined);
  const first = withNotes[0];
  const differing = withNotes.find((d) => d.notes !== first?.notes);
  if (first && differing) {
    issues.warn(
      differing.index,
      differing.fileSlug,
      'notes',
      `Differs from the notes of record #${String(first.index)} of the same group: the group's description uses those`,
    );
  }
  const text = first?.notes ?? drafts.find((d) => d.groupNotes !== undefined)?.groupNotes;
  const fallback = `Imported from ${source}`;
  const description =
    text === undefined
      ? fallback
      : text.length >= 10
        ? text
        : `${text} (${fallback.toLowerCase()})`;
  return description.length > DESCRIPTION_MAX
    ? `${description.slice(0, DESCRIPTION_MAX - 1)}…`
    : description;
}

function attendanceOf(drafts: MeetingDraft[], issues: ImportIssues): GroupData['attendance'] {
  const said = drafts.flatMap((d) =>
    d.types.attendance === undefined ? [] : [{ d, a: d.types.attendance }],
  );
  const kinds = new Set(said.map((s) => s.a));
  if (kinds.size <= 1) return said[0]?.a ?? 'open';
  // Meetings of one group disagree (Open on Monday, Closed on Friday): the narrower wins.
  const chosen = kinds.has('shared-experience') ? 'shared-experience' : (said[0]?.a ?? 'open');
  const odd = said.find((s) => s.a !== chosen);
  if (odd) {
    issues.warn(
      odd.d.index,
      odd.d.fileSlug,
      'types',
      `Meetings of this group differ in who may attend: the group is "${chosen}"`,
    );
  }
  return chosen;
}

/** Maps a group-contract path back to a record and the feed's field. */
function placeIssue(
  path: readonly PropertyKey[],
  owners: readonly MeetingDraft[],
  fallback: MeetingDraft,
): { draft: MeetingDraft; field: string } {
  const [head, index, ...rest] = path.map(String);
  if (head === 'schedules' && index !== undefined) {
    const draft = owners[Number(index)] ?? fallback;
    const field =
      rest[0] === 'online' ? 'conference_url' : rest[0] === 'place' ? 'location' : 'day';
    return { draft, field };
  }
  const fields: Record<string, string> = {
    name: 'name',
    slug: 'slug',
    description: 'notes',
    topics: 'types',
    languages: 'types',
    audiences: 'types',
    accessibility: 'types',
  };
  return { draft: fallback, field: fields[head ?? ''] ?? head ?? 'record' };
}

export interface Grouped {
  candidates: GroupCandidate[];
  /** Slugs of groups the file names but that are not imported (they had errors). */
  untouchable: Set<string>;
}

/**
 * Regroups valid records into groups. `badGroupIds` are group_ids of records that had errors:
 * their groups are left alone entirely, rather than written without the bad meeting.
 */
export function groupDrafts(
  drafts: MeetingDraft[],
  source: string,
  badGroupIds: ReadonlySet<string>,
  issues: ImportIssues,
): Grouped {
  const candidates: GroupCandidate[] = [];
  const untouchable = new Set<string>();
  const taken = new Set<string>();
  for (const bucket of bucketsOf(drafts)) {
    const [first] = bucket.drafts;
    if (first === undefined) continue;
    const skip = (index: number, slug: string, field: string, message: string) => {
      untouchable.add(bucket.slug);
      issues.error(index, slug, field, message);
    };
    if (bucket.groupId !== undefined && badGroupIds.has(bucket.groupId)) {
      untouchable.add(bucket.slug);
      for (const d of bucket.drafts) {
        issues.warn(
          d.index,
          d.fileSlug,
          'group_id',
          'Not imported: another record of its group has errors',
        );
      }
      continue;
    }
    let slug = bucket.slug;
    if (taken.has(slug) && bucket.derived && bucket.groupId !== undefined) {
      slug = slugify(`${slug}-${bucket.groupId}`);
    }
    if (taken.has(slug)) {
      skip(
        first.index,
        first.fileSlug,
        bucket.groupId === undefined ? 'slug' : 'group_id',
        `Another group in this file already uses the slug "${slug}"`,
      );
      continue;
    }
    taken.add(slug);
    bucket.slug = slug;
    const candidate = buildGroup(bucket, source, issues);
    if (candidate === null) untouchable.add(slug);
    else candidates.push(candidate);
  }
  return { candidates, untouchable };
}

function buildGroup(bucket: Bucket, source: string, issues: ImportIssues): GroupCandidate | null {
  const drafts = bucket.drafts;
  const [first] = drafts;
  if (first === undefined) return null;
  const regrouped = bucket.groupId !== undefined;
  const active = drafts.some((d) => d.inactive === null);
  const owners: MeetingDraft[] = [];
  const schedules: ScheduleData[] = [];
  for (const d of drafts) {
    if (d.inactive !== null) {
      const why =
        d.inactive === 'closed'
          ? 'temporarily closed (TC)'
          : 'neither an exact address nor a join link';
      const outcome = active
        ? "left out of its group's schedules"
        : `its group is imported paused${d.schedules.length === 0 ? ', without this schedule' : ''}`;
      issues.warn(d.index, d.fileSlug, 'types', `Inactive, ${why}: ${outcome}`);
      if (active) continue;
    }
    for (const s of d.schedules) {
      owners.push(d);
      schedules.push(s);
    }
  }
  if (schedules.length > MAX_SCHEDULES) {
    const extra = owners[MAX_SCHEDULES] ?? first;
    issues.error(
      extra.index,
      extra.fileSlug,
      'group_id',
      `A group may have at most ${String(MAX_SCHEDULES)} weekly meetings; this one has ${String(schedules.length)}`,
    );
    return null;
  }
  const namedTopics = drafts.some((d) => d.types.namedTopics);
  const found = unionOf(drafts.map((d) => d.types.topics));
  const topics = namedTopics && found.length > 0 ? found : unionOf([[DEFAULT_TOPIC], found]);
  const languages = unionOf(drafts.map((d) => d.types.languages));
  const input: GroupInput = {
    name: regrouped ? (first.groupName ?? first.name) : first.name,
    slug: bucket.slug,
    description: descriptionOf(drafts, source, issues),
    firstMeeting: '',
    topics,
    leadership: drafts.find((d) => d.types.leadership !== undefined)?.types.leadership ?? 'peer',
    attendance: attendanceOf(drafts, issues),
    audiences: unionOf(drafts.map((d) => d.types.audiences)),
    languages: languages.length > 0 ? languages : ['en'],
    accessibility: unionOf(drafts.map((d) => d.types.accessibility)),
    // Twelve-step groups pass a basket (the 7th Tradition); others are free unless told.
    cost: topics.includes(DEFAULT_TOPIC) ? 'donation' : 'free',
    capacity: null,
    status: active ? 'active' : 'paused',
    schedules,
  };
  const parsed = groupInputSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { draft, field } = placeIssue(issue.path, owners, first);
      issues.error(draft.index, draft.fileSlug, field, issue.message);
    }
    return null;
  }
  const updated = drafts
    .map((d) => d.updated)
    .filter((u) => u !== undefined)
    .sort()
    .at(-1);
  return {
    slug: bucket.slug,
    data: parsed.data,
    indexes: drafts.map((d) => d.index),
    recordSlugs: drafts.map((d) => d.fileSlug),
    updated: updated ?? null,
    keptTypes: unionOf(drafts.map((d) => d.types.kept)).slice(0, KEPT_TYPES_MAX),
  };
}
