// A group as the editor holds it, converted to the API's GroupInput on save. Client checks run
// the shared Zod schema (groupInputSchema) plus the friendlier checks in scheduleDraft.ts.
import { groupInputSchema, type GroupInput, type GroupStatus } from '../../../contracts/groups';
import type { FieldErrors } from '../../api/problem';
import { t } from '../../i18n';
import { issuesToFieldErrors } from '../forms/useFormErrors';
import {
  emptySchedule,
  fromScheduleDraft,
  toScheduleDraft,
  type ScheduleDraft,
} from './scheduleDraft';

export interface GroupDraft {
  name: string;
  slug: string;
  /** False while the address still follows the name. */
  slugEdited: boolean;
  description: string;
  firstMeeting: string;
  topics: string[];
  leadership: GroupInput['leadership'];
  attendance: GroupInput['attendance'];
  cost: GroupInput['cost'];
  audiences: string[];
  languages: string[];
  accessibility: string[];
  capacity: string;
  status: GroupStatus;
  schedules: ScheduleDraft[];
}

export function emptyGroupDraft(timeZone: string): GroupDraft {
  return {
    name: '',
    slug: '',
    slugEdited: false,
    description: '',
    firstMeeting: '',
    topics: [],
    leadership: 'peer',
    attendance: 'open',
    cost: 'free',
    audiences: [],
    languages: ['en'],
    accessibility: [],
    capacity: '',
    status: 'active',
    schedules: [emptySchedule(timeZone)],
  };
}

export function toGroupDraft(input: GroupInput): GroupDraft {
  return {
    name: input.name,
    slug: input.slug,
    slugEdited: true,
    description: input.description,
    firstMeeting: input.firstMeeting ?? '',
    topics: [...input.topics],
    leadership: input.leadership,
    attendance: input.attendance,
    cost: input.cost,
    audiences: [...(input.audiences ?? [])],
    languages: [...input.languages],
    accessibility: [...(input.accessibility ?? [])],
    capacity: input.capacity == null ? '' : String(input.capacity),
    status: input.status ?? 'active',
    schedules: (input.schedules ?? []).map(toScheduleDraft),
  };
}

/** "Tuesday Night Grief Circle" → "tuesday-night-grief-circle" (accents dropped). */
export function suggestSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}

export type Checked = { ok: true; input: GroupInput } | { ok: false; errors: FieldErrors };

/** Builds the API body and checks it the way the server will. */
export function checkDraft(draft: GroupDraft): Checked {
  const problems: FieldErrors = {};
  if (draft.name.trim() === '') problems.name = t('editor.error.name');
  if (draft.slug.trim() === '') problems.slug = t('editor.error.slug');
  const capacityText = draft.capacity.trim();
  const capacity = capacityText === '' ? null : Number(capacityText);
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1)) {
    problems.capacity = t('editor.error.capacity');
  }
  const schedules = draft.schedules.map((schedule, index) => {
    const converted = fromScheduleDraft(schedule, `schedules.${index}`);
    Object.assign(problems, converted.problems);
    return converted.input;
  });
  const input: GroupInput = {
    name: draft.name,
    slug: draft.slug,
    description: draft.description,
    firstMeeting: draft.firstMeeting,
    topics: draft.topics,
    leadership: draft.leadership,
    attendance: draft.attendance,
    cost: draft.cost,
    audiences: draft.audiences as GroupInput['audiences'],
    languages: draft.languages,
    accessibility: draft.accessibility as GroupInput['accessibility'],
    capacity: capacity !== null && Number.isInteger(capacity) && capacity >= 1 ? capacity : null,
    status: draft.status,
    schedules,
  };
  const parsed = groupInputSchema.safeParse(input);
  const errors = { ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues)) };
  Object.assign(errors, problems); // the friendlier wording wins
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input };
}
