// Keeps the in-memory directory index equal to the database. Loaded on the first search; then
// groups written here are read again before the next search, groups written by other instances
// within `maxLagMs` (one indexed read by `updated_at` finds them), and groups whose meeting ended
// as soon as it has: the index knows when the soonest one ends.
import type { Repositories } from '../../repositories/index';
import type { DirectoryFilters } from '../../repositories/directory-filters';
import { DirectoryIndex, wordQueries } from './directory-index';
import type { NextMeetingRefresh } from './directory-caches';

/**
 * Writes are found by `updated_at`, which another instance stamps with its own clock before its
 * transaction commits: reading back this far covers clocks that disagree, and transactions that
 * take, up to about a minute.
 */
const LOOK_BACK_MS = 60_000;

export class DirectoryIndexKeeper {
  private loading: Promise<DirectoryIndex> | null = null;
  private syncing: Promise<void> | null = null;
  /** The latest `updated_at` read so far, and when (wall clock) it was first read. */
  private latest = '';
  private latestAt = 0;
  /** `updated_at` of every group read within the look-back window, active or not. */
  private recent = new Map<string, string>();
  /** Groups written by this instance, read again on the next search whatever their stamp. */
  private readonly written = new Set<string>();

  /** When the database was last asked for other instances' writes (wall clock). */
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly nextMeetings: NextMeetingRefresh,
    /** How long another instance's write may take to show; 0 checks before every search. */
    private readonly maxLagMs = 1_000,
  ) {}

  /** A group was written here. */
  touch(id: string): void {
    this.written.add(id);
  }

  /** The index, brought up to date with the database as of `now`. */
  async current(repos: Repositories, now: Date): Promise<DirectoryIndex> {
    this.loading ??= this.load(repos, now);
    const index = await this.loading;
    const quiet =
      this.written.size === 0 &&
      Date.now() - this.checkedAt < this.maxLagMs &&
      !index.hasDue(now.toISOString());
    if (quiet) return index;
    // Concurrent searches share one catch-up.
    this.syncing ??= this.sync(repos, index, now).finally(() => {
      this.syncing = null;
    });
    await this.syncing;
    return index;
  }

  private async load(repos: Repositories, now: Date): Promise<DirectoryIndex> {
    const r = repos.directoryIndex;
    try {
      const groups = await r.activeGroups();
      const rows = {
        groups,
        tags: await r.tags(),
        places: await r.places(),
        slots: await r.slots(),
      };
      const index = new DirectoryIndex();
      index.apply(
        rows,
        groups.map((g) => g.id),
        now.toISOString(),
      );
      index.setNameOrder(await r.nameOrder());
      for (const g of groups) this.remember(g.id, g.updated_at);
      this.forget(this.since());
      return index;
    } catch (error) {
      this.loading = null;
      throw error;
    }
  }

  private remember(id: string, updatedAt: string): void {
    this.recent.set(id, updatedAt);
    if (updatedAt > this.latest) {
      this.latest = updatedAt;
      this.latestAt = Date.now();
    }
  }

  /**
   * Where the next read of written groups starts. Once the latest stamp is older than the window
   * (on the wall clock), every write stamped before it has committed: only later ones can come.
   */
  private since(): { from: string; inclusive: boolean } {
    if (this.latest === '') return { from: '', inclusive: true };
    if (Date.now() - this.latestAt > LOOK_BACK_MS) return { from: this.latest, inclusive: false };
    return {
      from: new Date(Date.parse(this.latest) - LOOK_BACK_MS).toISOString(),
      inclusive: true,
    };
  }

  private async sync(repos: Repositories, index: DirectoryIndex, now: Date): Promise<void> {
    const r = repos.directoryIndex;
    const nowIso = now.toISOString();
    const since = this.since();
    this.checkedAt = Date.now();
    const changed = new Set(this.written);
    this.written.clear();
    for (const row of await r.changedSince(since.from, since.inclusive)) {
      if (this.recent.get(row.id) !== row.updated_at) changed.add(row.id);
    }
    if (changed.size > 0) {
      const ids = [...changed];
      const groups = await r.groups(ids);
      const reorder = index.apply(
        { groups, tags: await r.tags(ids), places: await r.places(ids), slots: await r.slots(ids) },
        ids,
        nowIso,
      );
      for (const g of groups) this.remember(g.id, g.updated_at);
      if (reorder) index.setNameOrder(await r.nameOrder());
    }
    this.forget(since);

    const due = index.due(nowIso);
    if (due.length > 0) {
      // Their stored next meeting has ended: make the database move it on first.
      this.nextMeetings.touch();
      await this.nextMeetings.ensureCurrent(repos, now);
      index.refreshTimes(await r.nextMeetings(due), await r.slots(due), due, nowIso);
    }
  }

  /** Stamps older than the window cannot come back from `changedSince`. */
  private forget(since: { from: string; inclusive: boolean }): void {
    if (this.recent.size < 1_000) return;
    for (const [id, stamp] of this.recent) {
      if (since.inclusive ? stamp < since.from : stamp <= since.from) this.recent.delete(id);
    }
  }

  /** Reads the words of a text search that the index does not hold yet (see `DirectoryIndex`). */
  async prepareWords(
    repos: Repositories,
    index: DirectoryIndex,
    f: DirectoryFilters,
  ): Promise<void> {
    for (const q of index.missingWords(wordQueries(f))) {
      index.setWord(q, await repos.directoryIndex.wordMatches(q.word, q.prefix, q.inName));
    }
  }
}
