import { createRepositories } from '../../repositories/index';
import type { ServiceContext } from '../context';
import type { DirectoryCaches } from './directory-caches';
import { materialize, REFRESH_BEFORE_DAYS } from './occurrences';

const BATCH = 200;

/** Keeps the materialized occurrences rolling forward; run at start and then hourly. */
export class OccurrenceMaintenanceService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly caches: DirectoryCaches,
  ) {}

  /** Extends every group whose horizon is getting close; returns how many were extended. */
  async extendHorizons(): Promise<number> {
    const { db, repos, clock } = this.ctx;
    const now = clock.now();
    const horizon = new Date(now.getTime() + REFRESH_BEFORE_DAYS * 86_400_000).toISOString();
    let total = 0;
    for (;;) {
      const ids = await repos.groups.groupIdsNeedingOccurrences(horizon, BATCH);
      if (ids.length === 0) break;
      for (const id of ids) {
        await db.transaction().execute(async (trx) => {
          const tx = createRepositories(trx);
          await materialize(tx, id, await tx.groups.schedules([id]), now);
        });
        this.caches.index.touch(id);
      }
      total += ids.length;
      if (ids.length < BATCH) break;
    }
    await repos.groups.refreshNext(now.toISOString());
    this.caches.nextMeetings.touch();
    return total;
  }
}
