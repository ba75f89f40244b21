import type { DirectoryQuery, DirectoryReply } from '../../../contracts/groups';
import { locales } from '../../../contracts/organization';
import type { Locale } from '../../../domain/schedule/types';
import { resolvePlace } from '../../geo/gazetteer';
import type { DirectoryFilters } from '../../repositories/directory-filters';
import type { GroupRecord } from '../../repositories/group-rows';
import type { ServiceContext } from '../context';
import type { DirectoryCaches } from './directory-caches';
import { distanceMilesOf, toSummary, topicIndex } from './group-views';
import { directoryReplyJson, type SummaryJson } from './summary-json';

/** A group on a page: from the in-memory index (no row yet) or from the repository's search. */
interface PageEntry {
  id: string;
  updatedAt: string;
  nearness: number | null;
  group?: GroupRecord;
}

/**
 * Groups per step of `warm`: about 10 ms of work in both locales, so requests that arrive
 * meanwhile wait at most that long.
 */
const WARM_STEP = 40;

/** The organization's state, to resolve a bare city name ("Naperville") near home first. */
const HOME_STATE = 'IL';

export class DirectoryService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly caches: DirectoryCaches,
  ) {}

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

  /** The reply as JSON, checked against the reply schema as it is built (see summary-json.ts). */
  async search(q: DirectoryQuery, locale: Locale): Promise<Buffer> {
    const { repos, clock } = this.ctx;
    const now = clock.now();
    // Groups whose next meeting just ended get their new one before anyone sorts by it.
    await this.caches.nextMeetings.ensureCurrent(repos, now);
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
    const index = await this.caches.index.current(repos, now);
    await this.caches.index.prepareWords(repos, index, filters);
    const rows: PageEntry[] =
      index.search(filters) ??
      (await repos.directory.search(filters)).map((r) => ({
        id: r.group.id,
        updatedAt: r.group.updatedAt,
        nearness: r.nearness,
        group: r.group,
      }));
    const groups = await this.summaries(rows.slice(0, q.limit), locale, now);
    return directoryReplyJson(groups, {
      page: q.page,
      hasMore: rows.length > q.limit,
      origin,
      notice,
    });
  }

  /**
   * Builds the summary of every group in the directory, in every locale, a few groups at a time
   * between requests. Run once after start: a page of nearby or matching groups is then read
   * from memory (reading and building a summary costs about 0.2 ms a group; a distance search
   * touches groups no earlier page did). Returns how many groups it built; stops early once
   * `stopped` says so (the app is closing).
   */
  async warm(stopped: () => boolean = () => false): Promise<number> {
    const { repos, clock } = this.ctx;
    const all = (await this.caches.index.current(repos, clock.now())).all();
    for (let i = 0; i < all.length; i += WARM_STEP) {
      if (stopped()) return i;
      const step = all.slice(i, i + WARM_STEP);
      for (const locale of locales) await this.summaries(step, locale, clock.now());
      await new Promise((resolve) => setImmediate(resolve));
    }
    return all.length;
  }

  /** Summaries from the cache where they are still true; the rest built from their rows. */
  private async summaries(
    page: PageEntry[],
    locale: Locale,
    now: Date,
  ): Promise<{ json: SummaryJson; distanceMiles: number | null }[]> {
    const { repos } = this.ctx;
    const { summaries, taxonomy } = this.caches;
    const categories = await taxonomy.list(repos);
    const version = taxonomy.version;
    const out = new Map<string, SummaryJson>();
    for (const r of page) {
      const hit = summaries.get(r, locale, version, now);
      if (hit !== undefined) out.set(r.id, hit);
    }
    const missing = page.filter((r) => !out.has(r.id));
    if (missing.length > 0) {
      const unread = missing.filter((r) => r.group === undefined).map((r) => r.id);
      // Two reads at once: on PostgreSQL, two connections of the pool.
      const [rows, schedules] = await Promise.all([
        repos.groups.findManyByIds(unread),
        repos.groups.schedules(missing.map((r) => r.id)),
      ]);
      const read = new Map(rows.map((g) => [g.id, g]));
      const topics = topicIndex(categories);
      for (const r of missing) {
        const group = r.group ?? read.get(r.id);
        if (group === undefined) continue;
        const own = schedules.filter((s) => s.groupId === r.id);
        const summary = toSummary(group, own, topics, locale, now, r.nearness);
        out.set(r.id, summaries.set(group, locale, version, now, summary));
      }
    }
    return page.flatMap((r) => {
      const json = out.get(r.id);
      return json === undefined ? [] : [{ json, distanceMiles: distanceMilesOf(r.nearness) }];
    });
  }
}
