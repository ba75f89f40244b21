// In-process state that keeps directory reads cheap: when stored next meetings need refreshing,
// the taxonomy, and each group's summary. None is keyed on a search: a page is always searched
// anew; these hold per-group and per-organization facts, each with the rule that keeps it true.
import type { GroupSummary } from '../../../contracts/groups';
import type { Locale } from '../../../domain/schedule/types';
import type { GroupRecord } from '../../repositories/group-rows';
import type { Repositories } from '../../repositories/index';
import type { CategoryRecord } from '../../repositories/taxonomy.repository';
import { DirectoryIndexKeeper } from './directory-index-keeper';
import { toSummaryJson, type SummaryJson } from './summary-json';

/**
 * Another instance's writes reach this one within this time: they can lower the soonest next
 * meeting (a group created there) or change the taxonomy (a topic added there).
 */
export const SHARED_STATE_MAX_AGE_MS = 30_000;

/**
 * The directory sorts by `support_group.next_start_at`, which must move on when a meeting ends.
 * Rewriting it on every search was a write per request; it is only needed once the soonest stored
 * meeting has ended. Local group writes set their own next meeting and call `touch()`.
 */
export class NextMeetingRefresh {
  /** On the app's clock: when the soonest stored next meeting ends. */
  private dueAt = 0;
  /** On the wall clock (other instances write in real time): when this was last checked. */
  private checkedAt = Number.NEGATIVE_INFINITY;

  async ensureCurrent(repos: Repositories, now: Date): Promise<void> {
    const fresh = Date.now() - this.checkedAt < SHARED_STATE_MAX_AGE_MS;
    if (fresh && now.getTime() < this.dueAt) return;
    await repos.groups.refreshNext(now.toISOString());
    const soonest = await repos.groups.soonestNextEnd();
    this.dueAt = soonest === null ? Number.POSITIVE_INFINITY : Date.parse(soonest);
    this.checkedAt = Date.now();
  }

  /** A group was written here: its next meeting may now be the soonest. */
  touch(): void {
    this.dueAt = 0;
  }
}

/** The taxonomy (two small tables), read on every directory page, group page and finder answer. */
export class TaxonomyCache {
  private value: { categories: CategoryRecord[]; at: number } | null = null;
  /** Changes whenever the cached list does, so summaries built with old labels are rebuilt. */
  version = 0;

  async list(repos: Repositories): Promise<CategoryRecord[]> {
    if (this.value !== null && Date.now() - this.value.at < SHARED_STATE_MAX_AGE_MS) {
      return this.value.categories;
    }
    const categories = await repos.taxonomy.list();
    const same =
      this.value !== null && JSON.stringify(this.value.categories) === JSON.stringify(categories);
    if (!same) this.version += 1;
    this.value = { categories, at: Date.now() };
    return categories;
  }

  /** The taxonomy was changed here. */
  invalidate(): void {
    this.value = null;
  }
}

interface SummaryEntry {
  updatedAt: string;
  taxonomyVersion: number;
  json: SummaryJson;
  /** The next meeting stays the next one until it ends. */
  nextUntil: number;
}

/** How long a summary without any coming meeting is trusted (a schedule may start later). */
const NO_NEXT_TRUST_MS = 3_600_000;
/**
 * Entries are about 1.5 KB of JSON bytes, kept outside the JavaScript heap (see summary-json.ts):
 * a directory of 100,000 meetings (40,000 groups) fits in both locales; a small one always does.
 */
const SUMMARY_CACHE_SIZE = 100_000;

/**
 * Group summaries (labels, schedule descriptions, next meeting), serialized, for directory pages.
 * A summary depends only on the group row (every write bumps `updated_at`, schedules and
 * exceptions included), the taxonomy's labels, the locale, and, for the next meeting, the time:
 * an entry is used only while all of them match.
 */
export class SummaryCache {
  private readonly entries = new Map<string, SummaryEntry>();

  get(
    group: { id: string; updatedAt: string },
    locale: Locale,
    taxonomyVersion: number,
    now: Date,
  ): SummaryJson | undefined {
    const key = `${locale}:${group.id}`;
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (
      entry.updatedAt !== group.updatedAt ||
      entry.taxonomyVersion !== taxonomyVersion ||
      now.getTime() >= entry.nextUntil
    ) {
      this.entries.delete(key);
      return undefined;
    }
    // No move to the back on a hit: with every group fitting, reordering a map of 75,000 entries
    // on each read only churned its backing store, which pushed the old generation into full
    // collections of tens of milliseconds. The oldest entry goes first when it is full.
    return entry.json;
  }

  set(
    group: GroupRecord,
    locale: Locale,
    taxonomyVersion: number,
    now: Date,
    summary: GroupSummary,
  ): SummaryJson {
    const json = toSummaryJson(summary);
    if (this.entries.size >= SUMMARY_CACHE_SIZE) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    const { next } = summary;
    this.entries.set(`${locale}:${group.id}`, {
      updatedAt: group.updatedAt,
      taxonomyVersion,
      json,
      nextUntil: next === null ? now.getTime() + NO_NEXT_TRUST_MS : Date.parse(next.end),
    });
    return json;
  }
}

/** One set per app instance, shared by the services that read and write groups. */
export interface DirectoryCaches {
  nextMeetings: NextMeetingRefresh;
  taxonomy: TaxonomyCache;
  summaries: SummaryCache;
  index: DirectoryIndexKeeper;
}

export function createDirectoryCaches(): DirectoryCaches {
  const nextMeetings = new NextMeetingRefresh();
  return {
    nextMeetings,
    taxonomy: new TaxonomyCache(),
    summaries: new SummaryCache(),
    index: new DirectoryIndexKeeper(nextMeetings),
  };
}
