// Where each error goes. Errors arrive keyed by path ("schedules.0.online.joinUrl" from the
// server or Zod, sometimes a container like "schedules.0.place" or "topics.2"); each is moved to
// the field on screen that can fix it, in form order, and given a name for the error summary.
import type { FieldErrors } from '../../api/problem';
import { t, type MessageKey } from '../../i18n';
import type { GroupDraft } from './groupDraft';
import type { ScheduleDraft } from './scheduleDraft';

const GROUP_FIELDS = [
  'name',
  'slug',
  'description',
  'firstMeeting',
  'topics',
  'leadership',
  'attendance',
  'cost',
  'audiences',
  'languages',
  'accessibility',
  'capacity',
  'status',
];

function scheduleFields(s: ScheduleDraft, at: string): string[] {
  const recurrence = {
    weekly: ['days'],
    biweekly: ['days', 'anchorDate'],
    'monthly-day': ['dayOfMonth'],
    'monthly-nth': ['weekday', 'nths'],
    once: ['date'],
  }[s.kind].map((field) => `recurrence.${field}`);
  const place = s.mode === 'online' ? [] : ['name', 'address', 'latitude', 'longitude', 'notes'];
  const online = s.mode === 'in-person' ? [] : ['joinUrl', 'dialIn', 'notes'];
  return [
    'recurrence.kind',
    ...recurrence,
    'start',
    'end',
    'timeZone',
    ...(s.kind === 'once' ? [] : ['startsOn', 'endsOn']),
    'mode',
    ...place.map((field) => `place.${field}`),
    ...online.map((field) => `online.${field}`),
    ...s.cancellations.flatMap((_, i) => [`exceptions.${i}.date`, `exceptions.${i}.note`]),
  ].map((field) => `${at}.${field}`);
}

/** Every field on screen, in the order it appears. */
export function knownFields(draft: GroupDraft): string[] {
  return [
    ...GROUP_FIELDS,
    ...draft.schedules.flatMap((s, i) => scheduleFields(s, `schedules.${i}`)),
  ];
}

function fieldFor(path: string, known: readonly string[]): string {
  if (known.includes(path)) return path;
  const inside = known.find((field) => field.startsWith(`${path}.`));
  if (inside) return inside;
  const parts = path.split('.');
  while (parts.length > 1) {
    parts.pop();
    const shorter = parts.join('.');
    if (known.includes(shorter)) return shorter;
  }
  return '';
}

/** Errors keyed by on-screen field, in form order; '' holds any that fit no field. */
export function placeErrors(errors: FieldErrors, known: readonly string[]): FieldErrors {
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = fieldFor(path, known);
    placed[field] ??= message;
  }
  const order = (key: string) => (key === '' ? -1 : known.indexOf(key));
  return Object.fromEntries(Object.entries(placed).sort(([a], [b]) => order(a) - order(b)));
}

const LABELS: Record<string, MessageKey> = {
  name: 'editor.name',
  slug: 'editor.slug',
  description: 'editor.description',
  firstMeeting: 'editor.firstMeeting',
  topics: 'editor.topics',
  leadership: 'editor.leadership',
  attendance: 'editor.attendance',
  cost: 'editor.cost',
  audiences: 'editor.audiences',
  languages: 'editor.languages',
  accessibility: 'editor.accessibility',
  capacity: 'editor.capacity',
  status: 'editor.status',
  'recurrence.kind': 'editor.kind',
  'recurrence.days': 'editor.days',
  'recurrence.anchorDate': 'editor.anchorDate',
  'recurrence.dayOfMonth': 'editor.dayOfMonth',
  'recurrence.weekday': 'editor.weekday',
  'recurrence.nths': 'editor.nths',
  'recurrence.date': 'editor.date',
  start: 'editor.start',
  end: 'editor.end',
  timeZone: 'editor.timeZone',
  startsOn: 'editor.startsOn',
  endsOn: 'editor.endsOn',
  mode: 'editor.mode',
  'place.name': 'editor.placeName',
  'place.address': 'editor.placeAddress',
  'place.latitude': 'editor.latitude',
  'place.longitude': 'editor.longitude',
  'place.notes': 'editor.placeNotes',
  'online.joinUrl': 'editor.joinUrl',
  'online.dialIn': 'editor.dialIn',
  'online.notes': 'editor.onlineNotes',
};

/** "Meeting 1, Join link" for the error summary. */
export function fieldLabel(path: string): string {
  const schedule = /^schedules\.(\d+)\.(.+)$/.exec(path);
  if (!schedule) return LABELS[path] ? t(LABELS[path]) : '';
  const [, index = '0', rest = ''] = schedule;
  const meeting = t('editor.schedule', { n: Number(index) + 1 });
  const exception = /^exceptions\.(\d+)\.(date|note)$/.exec(rest);
  let field = LABELS[rest] ? t(LABELS[rest]) : '';
  if (exception) {
    const n = Number(exception[1]) + 1;
    field =
      exception[2] === 'date'
        ? t('editor.cancellation', { n })
        : `${t('editor.cancellation', { n })}, ${t('editor.cancellationNote')}`;
  }
  return field ? `${meeting}, ${field}` : meeting;
}
