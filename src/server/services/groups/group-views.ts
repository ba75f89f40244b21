// Shapes group records into the API's summaries and details, in the viewer's locale.
import type { GroupSummary, OccurrenceView, ScheduleView } from '../../../contracts/groups';
import { expandOccurrences } from '../../../domain/schedule/recurrence';
import { describeSchedule } from '../../../domain/schedule/describe';
import type { Locale, Occurrence } from '../../../domain/schedule/types';
import type { CategoryRecord } from '../../repositories/taxonomy.repository';
import type { GroupRecord, ScheduleRecord } from '../../repositories/group.repository';
import { MILES_PER_DEGREE } from '../../repositories/directory-filters';
import { toDomainSchedule } from './occurrences';

export interface TopicIndex {
  topic: Map<string, { label: { en: string; es: string }; categorySlug: string }>;
  category: Map<string, { label: { en: string; es: string } }>;
}

export function topicIndex(categories: CategoryRecord[]): TopicIndex {
  return {
    topic: new Map(
      categories.flatMap((c) =>
        c.topics.map((t) => [t.slug, { label: t.label, categorySlug: c.slug }]),
      ),
    ),
    category: new Map(categories.map((c) => [c.slug, { label: c.label }])),
  };
}

export function summarize(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).trimEnd()}…`;
}

function view(o: Occurrence, s: ScheduleRecord): OccurrenceView {
  return {
    start: o.start.toISOString(),
    end: o.end.toISOString(),
    status: o.status,
    ...(o.note === undefined ? {} : { note: o.note }),
    timeZone: s.timeZone,
    mode: s.mode,
  };
}

/**
 * The coming occurrences of all schedules, soonest first: cancelled ones included (so the page
 * can say so), moved ones at their new time. One in progress counts until it ends.
 */
export function upcomingViews(
  schedules: ScheduleRecord[],
  now: Date,
  count: number,
): OccurrenceView[] {
  const to = new Date(now.getTime() + 400 * 86_400_000);
  return schedules
    .flatMap((s) =>
      expandOccurrences(toDomainSchedule(s), s.exceptions, {
        from: now,
        to,
        limit: count + s.exceptions.length,
      }).map((o) => view(o, s)),
    )
    .sort((a, b) => a.start.localeCompare(b.start))
    .slice(0, count);
}

/**
 * The next meeting that will actually take place. Only a cancelled date can come before it, and
 * each exception cancels at most one, so that many plus one occurrences always hold it: no need
 * to expand more (this runs for every group on every directory page).
 */
export function nextView(schedules: ScheduleRecord[], now: Date): OccurrenceView | null {
  const cancellable = schedules.reduce((n, s) => n + s.exceptions.length, 0);
  return (
    upcomingViews(schedules, now, 1 + cancellable).find((o) => o.status !== 'cancelled') ?? null
  );
}

export function toSummary(
  group: GroupRecord,
  schedules: ScheduleRecord[],
  index: TopicIndex,
  locale: Locale,
  now: Date,
  nearness: number | null,
): GroupSummary {
  const topics = group.topics.map((slug) => ({
    slug,
    label: index.topic.get(slug)?.label[locale] ?? slug,
  }));
  const categorySlugs = [
    ...new Set(
      group.topics.map((t) => index.topic.get(t)?.categorySlug).filter((c) => c !== undefined),
    ),
  ];
  const place = schedules.find((s) => s.place !== null)?.place;
  return {
    id: group.id,
    slug: group.slug,
    name: group.name,
    summary: summarize(group.description),
    status: group.status,
    format: group.format,
    leadership: group.leadership,
    attendance: group.attendance,
    cost: group.cost,
    topics,
    categories: categorySlugs.map((slug) => ({
      slug,
      label: index.category.get(slug)?.label[locale] ?? slug,
    })),
    audiences: group.audiences,
    languages: group.languages,
    accessibility: group.accessibility,
    schedules: schedules.map((s) => describeSchedule(toDomainSchedule(s), locale)),
    next: nextView(schedules, now),
    place: place ? `${place.name}, ${place.address}` : null,
    distanceMiles: distanceMilesOf(nearness),
  };
}

/** Miles, to a tenth, from the repository's squared-degree nearness. */
export function distanceMilesOf(nearness: number | null): number | null {
  return nearness === null ? null : Math.round(Math.sqrt(nearness) * MILES_PER_DEGREE * 10) / 10;
}

export function toScheduleView(s: ScheduleRecord, locale: Locale, showJoin: boolean): ScheduleView {
  return {
    id: s.id,
    description: describeSchedule(toDomainSchedule(s), locale),
    recurrence: s.recurrence,
    start: s.start,
    end: s.end,
    timeZone: s.timeZone,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    mode: s.mode,
    place: s.place,
    online: showJoin ? s.online : null,
    onlineHidden: !showJoin && s.online !== null,
    exceptions: s.exceptions,
  };
}
