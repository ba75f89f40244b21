import type { FinderReply } from '../../../contracts/finder';
import type { finderAnswersSchema } from '../../../contracts/finder';
import type { z } from 'zod';
import { rankGroups } from '../../../domain/finder/rank';
import type { CandidateMeeting, FinderCandidate } from '../../../domain/finder/types';
import { describeSchedule } from '../../../domain/schedule/describe';
import type { Weekday } from '../../../domain/schedule/types';
import { parseWallTime } from '../../../domain/schedule/civil';
import { resolvePlace } from '../../geo/gazetteer';
import type { GroupRecord, ScheduleRecord } from '../../repositories/group.repository';
import type { ServiceContext } from '../context';
import type { DirectoryCaches } from './directory-caches';
import { toSummary, topicIndex } from './group-views';
import { toDomainSchedule } from './occurrences';

type Answers = z.output<typeof finderAnswersSchema>;

/** Most candidates ranked per request; the language prefilter keeps this far above real needs. */
const CANDIDATE_LIMIT = 2000;

function meetingOf(s: ScheduleRecord): CandidateMeeting {
  const r = s.recurrence;
  const days: Weekday[] =
    r.kind === 'weekly' || r.kind === 'biweekly'
      ? r.days
      : r.kind === 'monthly-nth'
        ? [r.weekday]
        : [];
  const cadence =
    r.kind === 'weekly'
      ? 'weekly'
      : r.kind === 'biweekly'
        ? 'biweekly'
        : r.kind === 'once'
          ? 'once'
          : 'monthly';
  return {
    days,
    startMinutes: parseWallTime(s.start) ?? 0,
    mode: s.mode,
    ...(s.place ? { location: { lat: s.place.latitude, lng: s.place.longitude } } : {}),
    cadence,
    timeZone: s.timeZone,
  };
}

export class FinderService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly caches: DirectoryCaches,
  ) {}

  async find(answers: Answers): Promise<FinderReply> {
    const { repos, clock } = this.ctx;
    const now = clock.now();
    await this.caches.nextMeetings.ensureCurrent(repos, now);
    const place =
      answers.latitude !== undefined && answers.longitude !== undefined
        ? { label: 'your location', latitude: answers.latitude, longitude: answers.longitude }
        : answers.near
          ? resolvePlace(answers.near, 'IL')
          : null;
    const notice =
      answers.near && place === null
        ? `We could not find “${answers.near}”, so distance was not used.`
        : null;
    const rows = await repos.directory.search({
      tags: answers.language === '' ? {} : { language: [answers.language] },
      sort: 'next',
      offset: 0,
      limit: CANDIDATE_LIMIT,
      nowIso: now.toISOString(),
    });
    const groups: GroupRecord[] = rows.map((r) => r.group);
    const schedules = await repos.groups.schedules(groups.map((g) => g.id));
    const index = topicIndex(await this.caches.taxonomy.list(repos));
    const byGroup = new Map<string, ScheduleRecord[]>();
    for (const s of schedules) byGroup.set(s.groupId, [...(byGroup.get(s.groupId) ?? []), s]);
    const candidates: FinderCandidate[] = groups
      .filter((g) => g.format !== null)
      .map((g) => {
        const own = byGroup.get(g.id) ?? [];
        return {
          id: g.id,
          slug: g.slug,
          name: g.name,
          topics: g.topics,
          categories: [
            ...new Set(g.topics.map((t) => index.topic.get(t)?.categorySlug ?? '')),
          ].filter((c) => c !== ''),
          leadership: g.leadership,
          attendance: g.attendance,
          audiences: g.audiences,
          languages: g.languages,
          cost: g.cost,
          format: g.format as FinderCandidate['format'],
          meetings: own.map(meetingOf),
          scheduleDescription: own
            .map((s) => describeSchedule(toDomainSchedule(s), 'en'))
            .join('; '),
          topicLabels: Object.fromEntries(
            g.topics.map((t) => [t, index.topic.get(t)?.label[answers.locale] ?? t]),
          ),
        };
      });
    const result = rankGroups(
      {
        topics: answers.topics,
        forWhom: answers.forWhom,
        format: answers.format,
        days: answers.days as Weekday[],
        timesOfDay: answers.timesOfDay,
        language: answers.language,
        preferences: answers.preferences,
        ...(answers.maxMiles === undefined ? {} : { maxMiles: answers.maxMiles }),
        ...(place === null ? {} : { origin: { lat: place.latitude, lng: place.longitude } }),
      },
      candidates,
      { now, locale: answers.locale, limit: 20 },
    );
    const groupById = new Map(groups.map((g) => [g.id, g]));
    return {
      matches: result.matches.flatMap((m) => {
        const g = groupById.get(m.groupId);
        if (!g) return [];
        return [
          {
            group: toSummary(g, byGroup.get(g.id) ?? [], index, answers.locale, now, null),
            reasons: m.reasons,
            partial: m.partial,
          },
        ];
      }),
      relaxed: result.relaxed,
      origin: place,
      notice,
    };
  }
}
