// Importing an intergroup's meetings: read the file (or fetch the feed), check every record,
// regroup meetings into groups, compare with what is stored, and either report (dry run) or
// write it all in ONE transaction with one audit event. Idempotent: unchanged groups are not
// written at all, so a second import of the same file writes nothing. Every report carries the
// plan's digest (planId); an apply given one writes only if the plan is still the same.
import type { ImportBody, ImportedGroup, ImportReport } from '../../../contracts/imports';
import { IMPORT_MAX_BYTES } from '../../../contracts/imports';
import { AppError } from '../../errors';
import {
  type ImportPlan,
  planImport,
  type StoredGroup,
} from '../../interop/meeting-guide/import-diff';
import { readFeed } from '../../interop/meeting-guide/import-file';
import { fetchFeed, type FetchFeedOptions } from '../../interop/meeting-guide/import-fetch';
import type { GroupCandidate } from '../../interop/meeting-guide/import-model';
import { planIdOf } from '../../interop/meeting-guide/import-plan-id';
import { type Prepared, prepareImport } from '../../interop/meeting-guide/import-prepare';
import type { Actor } from '../../policies/actor';
import { authorize, requireUser } from '../../policies/authorize';
import { importPolicy } from '../../policies/import.policy';
import type { ScheduleRecord } from '../../repositories/group.repository';
import { createRepositories, type Repositories } from '../../repositories/index';
import { writeAudit } from '../audit-writer';
import type { ServiceContext } from '../context';
import type { GroupService } from '../groups/group.service';

export interface ImportProgress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** For tests: a smaller size limit, or a fetch that needs no network. */
  maxBytes?: number;
  fetch?: FetchFeedOptions['fetchImpl'];
}

const SYSTEM: Actor = { user: null, ip: '' };
const SCHEDULE_BATCH = 500;

/** What only an import needs to know about the file's origin. */
function sourceOf(body: ImportBody): string {
  return body.source ?? body.url ?? 'upload';
}

async function storedGroups(
  repos: Repositories,
  organizationId: string,
  slugs: ReadonlySet<string>,
) {
  const all = await repos.groups.listForManagement(organizationId);
  const wanted = all.filter((g) => slugs.has(g.slug));
  const schedules: ScheduleRecord[] = [];
  for (let i = 0; i < wanted.length; i += SCHEDULE_BATCH) {
    schedules.push(
      ...(await repos.groups.schedules(wanted.slice(i, i + SCHEDULE_BATCH).map((g) => g.id))),
    );
  }
  const bySlug = new Map<string, StoredGroup>(
    wanted.map((g) => [
      g.slug,
      { group: g, schedules: schedules.filter((s) => s.groupId === g.id) },
    ]),
  );
  return { all, bySlug };
}

function entry(candidate: GroupCandidate, changes: ImportedGroup['changes'] = []): ImportedGroup {
  return {
    slug: candidate.slug,
    name: candidate.data.name,
    records: candidate.recordSlugs,
    schedules: candidate.data.schedules.length,
    updated: candidate.updated,
    changes,
  };
}

function report(
  body: ImportBody,
  prepared: Prepared,
  plan: ImportPlan,
  applied: boolean,
): ImportReport {
  const { errors, warnings } = prepared.issues.sorted();
  const added = plan.added.map((c) => entry(c));
  const changed = plan.changed.map((c) => entry(c.candidate, c.changes));
  const unchanged = plan.unchanged.map((u) => entry(u.candidate));
  const removed = plan.removed.map((g) => ({ slug: g.slug, name: g.name }));
  return {
    planId: planIdOf(plan, sourceOf(body)),
    format: body.format,
    source: sourceOf(body),
    applied,
    counts: {
      records: prepared.records,
      groups: added.length + changed.length + unchanged.length,
      added: added.length,
      changed: changed.length,
      unchanged: unchanged.length,
      removed: removed.length,
      errors: errors.length,
      warnings: warnings.length,
    },
    added,
    changed,
    unchanged,
    removed,
    kept: plan.kept.map((g) => ({ slug: g.slug, name: g.name })),
    errors,
    warnings,
  };
}

export class ImportService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly groups: GroupService,
  ) {}

  /** Dry run for an admin: the report, nothing written. */
  async preview(actor: Actor, body: ImportBody, options: ImportOptions = {}) {
    authorize(actor, importPolicy.importGroups);
    return this.run(actor, requireUser(actor).organizationId, body, false, options);
  }

  /**
   * Writes the import for an admin, in one transaction; the report says what was written. With
   * the `planId` of a preview, writes nothing (409 import_plan_changed) unless the plan is still
   * that one: the stored groups or the feed may have changed since.
   */
  async apply(actor: Actor, body: ImportBody & { planId?: string }, options: ImportOptions = {}) {
    authorize(actor, importPolicy.importGroups);
    return this.run(actor, requireUser(actor).organizationId, body, true, options);
  }

  /** For the `kindred import` command: the operator at the console acts for the organization. */
  async runAsSystem(body: ImportBody, apply: boolean, options: ImportOptions = {}) {
    const org = await this.ctx.repos.organizations.findPrimary();
    if (!org) throw new Error('No organization: run migrations and seed first');
    return this.run(SYSTEM, org.id, body, apply, options);
  }

  private async run(
    actor: Actor,
    organizationId: string,
    body: ImportBody & { planId?: string },
    apply: boolean,
    options: ImportOptions,
  ): Promise<ImportReport> {
    const { db, repos, clock } = this.ctx;
    const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
    const text =
      body.content ??
      (await fetchFeed(body.url ?? '', {
        maxBytes,
        ...(options.fetch === undefined ? {} : { fetchImpl: options.fetch }),
      }));
    const feed = readFeed(body.format, text, maxBytes);
    const source = sourceOf(body);
    const org = await repos.organizations.findPrimary();
    const categories = await repos.taxonomy.list();
    const prepared = prepareImport(
      feed,
      {
        source,
        organizationTimeZone: org?.timeZone ?? 'UTC',
        knownTopics: new Set(categories.flatMap((c) => c.topics.map((t) => t.slug))),
      },
      (done, total) => options.onProgress?.({ phase: 'checking', done, total }),
    );
    const slugs = new Set(prepared.candidates.map((c) => c.slug));
    const plan = async (r: Repositories) => {
      const { all, bySlug } = await storedGroups(r, organizationId, slugs);
      // Conflicts (a slug held by a group from elsewhere) are reported as record errors.
      return planImport(prepared, bySlug, all, source);
    };
    // A dry run plans once, outside any transaction; an apply plans once, inside its own.
    if (!apply) return report(body, prepared, await plan(repos), false);

    const now = clock.now();
    const written = await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      // Planned again inside the transaction: what is written is what was compared.
      const p = await plan(tx);
      // Thrown before any write, so the transaction rolls back having written nothing.
      if (body.planId !== undefined && body.planId !== planIdOf(p, source)) {
        throw new AppError(
          'import_plan_changed',
          'Something changed since this import was checked: check it again to see the changes as they are now, then apply.',
        );
      }
      const total = p.added.length + p.changed.length + p.removed.length;
      let done = 0;
      const tick = () => {
        done += 1;
        options.onProgress?.({ phase: 'writing', done, total });
      };
      for (const candidate of p.added) {
        await this.groups.writeAsSystem(
          tx,
          candidate.data,
          undefined,
          organizationId,
          source,
          categories,
          now,
          candidate.keptTypes,
        );
        tick();
      }
      for (const change of p.changed) {
        await this.groups.writeAsSystem(
          tx,
          change.data,
          change.stored.group,
          organizationId,
          source,
          categories,
          now,
          change.candidate.keptTypes,
        );
        tick();
      }
      for (const group of p.removed) {
        // Archived, never deleted: its history (and anyone's bookmarks) stay.
        await tx.groups.updateStatus(group.id, 'archived', now.toISOString());
        tick();
      }
      if (total > 0) {
        await writeAudit(tx, now, {
          action: 'interop.imported',
          actor,
          organizationId,
          detail: {
            format: body.format,
            source,
            records: prepared.records,
            added: p.added.length,
            changed: p.changed.length,
            unchanged: p.unchanged.length,
            removed: p.removed.length,
            errors: prepared.issues.errors.length,
            warnings: prepared.issues.warnings.length,
          },
        });
      }
      return p;
    });
    return report(body, prepared, written, true);
  }
}
