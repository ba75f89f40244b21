import type { DirectoryQuery, DirectoryReply } from '../../../contracts/groups';
import type { Locale } from '../../../domain/schedule/types';
import { resolvePlace } from '../../geo/gazetteer';
import type { DirectoryFilters } from '../../repositories/directory.repository';
import type { ServiceContext } from '../context';
import { toSummary, topicIndex } from './group-views';

/** The organization's state, to resolve a bare city name ("Naperville") near home first. */
const HOME_STATE = 'IL';

export class DirectoryService {
  constructor(private readonly ctx: ServiceContext) {}

  private origin(q: DirectoryQuery): { origin: DirectoryReply['origin']; notice: string | null } {
    if (q.lat !== undefined && q.lng !== undefined) {
      return {
        origin: { label: 'your location', latitude: q.lat, longitude: q.lng },
        notice: null,
      };
    }
    if (q.near === undefined || q.near === '') return { origin: null, notice: null };
    const place = resolvePlace(q.near, HOME_STATE);
    if (place === null) {
      return {
        origin: null,
        notice: `We could not find “${q.near}”. Try a ZIP or postal code, or a city and state like “Naperville, IL”.`,
      };
    }
    return { origin: place, notice: null };
  }

  async search(q: DirectoryQuery, locale: Locale): Promise<DirectoryReply> {
    const { repos, clock } = this.ctx;
    const now = clock.now();
    // Groups whose next meeting just ended get their new one before anyone sorts by it.
    await repos.groups.refreshNext(now.toISOString());
    const { origin, notice } = this.origin(q);
    const sort = q.sort ?? (q.q ? 'relevance' : origin ? 'nearest' : 'next');
    const filters: DirectoryFilters = {
      ...(q.q === undefined || q.q === '' ? {} : { text: q.q }),
      tags: {
        category: q.category,
        topic: q.topic,
        audience: q.audience,
        language: q.language,
        access: q.access,
      },
      ...(q.day === undefined ? {} : { days: q.day }),
      ...(q.time === undefined ? {} : { times: q.time }),
      ...(q.format === undefined ? {} : { formats: q.format }),
      ...(q.leadership === undefined ? {} : { leadership: q.leadership }),
      ...(q.attendance === undefined ? {} : { attendance: q.attendance }),
      ...(q.cost === undefined ? {} : { costs: q.cost }),
      ...(origin === null
        ? {}
        : {
            near: {
              latitude: origin.latitude,
              longitude: origin.longitude,
              radiusMiles: q.radius,
              // Distance limits where people travel to; online groups stay only if asked for.
              includeOnline: q.format?.includes('online') === true,
            },
          }),
      sort,
      offset: (q.page - 1) * q.limit,
      limit: q.limit + 1,
      nowIso: now.toISOString(),
    };
    const rows = await repos.directory.search(filters);
    const page = rows.slice(0, q.limit);
    const schedules = await repos.groups.schedules(page.map((r) => r.group.id));
    const index = topicIndex(await repos.taxonomy.list());
    return {
      groups: page.map((r) =>
        toSummary(
          r.group,
          schedules.filter((s) => s.groupId === r.group.id),
          index,
          locale,
          now,
          r.nearness,
        ),
      ),
      page: q.page,
      hasMore: rows.length > q.limit,
      origin,
      notice,
    };
  }
}
