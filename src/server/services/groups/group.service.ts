// Creating and editing groups with their schedules. Format and categories are derived here,
// never typed in twice; occurrences are re-materialized in the same transaction.
import type { GroupData, GroupStatus } from '../../../contracts/groups';
import { deriveFormat } from '../../../domain/taxonomy/taxonomy';
import { AppError, type FieldError } from '../../errors';
import { newId } from '../../lib/ids';
import type { Actor } from '../../policies/actor';
import { authorize, requireUser } from '../../policies/authorize';
import { groupPolicy } from '../../policies/group.policy';
import { createRepositories, type Repositories } from '../../repositories/index';
import type { GroupRecord, ScheduleRecord } from '../../repositories/group.repository';
import type { CategoryRecord } from '../../repositories/taxonomy.repository';
import { writeAudit } from '../audit-writer';
import type { ServiceContext } from '../context';
import type { DirectoryCaches } from './directory-caches';
import { materialize } from './occurrences';

export interface ManagedGroup {
  id: string;
  slug: string;
  name: string;
  status: GroupStatus;
  format: string | null;
  nextStartAt: string | null;
}

function searchTextOf(data: GroupData, categories: CategoryRecord[]): string {
  const labels = categories.flatMap((c) =>
    c.topics
      .filter((t) => data.topics.includes(t.slug))
      .flatMap((t) => [t.label.en, t.label.es, c.label.en]),
  );
  const places = data.schedules.flatMap((s) => (s.place ? [s.place.name, s.place.address] : []));
  return [data.description, data.firstMeeting, ...labels, ...places].join('\n');
}

/**
 * `updated_at` moves forward with every write, even two in the same millisecond or under a clock
 * set back: caches (directory summaries, feed validators) take it as the group's version.
 */
function nextVersion(existing: GroupRecord | undefined, now: Date): string {
  const previous =
    existing === undefined ? Number.NEGATIVE_INFINITY : Date.parse(existing.updatedAt);
  return new Date(Math.max(now.getTime(), previous + 1)).toISOString();
}

export class GroupService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly caches: DirectoryCaches,
  ) {}

  private async facts(repos: Repositories, group: GroupRecord) {
    return {
      attendance: group.attendance,
      status: group.status,
      facilitatorIds: await repos.groups.facilitatorIds(group.id),
    };
  }

  /** Loads a group the actor may edit; anything else answers exactly like a missing group. */
  private async editable(repos: Repositories, actor: Actor, id: string): Promise<GroupRecord> {
    requireUser(actor);
    const group = await repos.groups.findById(id);
    if (!group || !groupPolicy.edit(actor, await this.facts(repos, group)))
      throw new AppError('not_found');
    return group;
  }

  private async check(
    repos: Repositories,
    data: GroupData,
    categories: CategoryRecord[],
    exceptId?: string,
  ) {
    const errors: FieldError[] = [];
    const known = new Set(categories.flatMap((c) => c.topics.map((t) => t.slug)));
    data.topics.forEach((t, i) => {
      if (!known.has(t))
        errors.push({ path: `topics.${String(i)}`, message: 'Choose a topic from the list' });
    });
    if (await repos.groups.slugTaken(data.slug, exceptId)) {
      errors.push({ path: 'slug', message: 'Another group already uses this address' });
    }
    if (errors.length > 0) {
      throw new AppError(
        'validation_failed',
        errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        errors,
      );
    }
  }

  private async write(
    tx: Repositories,
    data: GroupData,
    existing: GroupRecord | undefined,
    organizationId: string,
    categories: CategoryRecord[],
    now: Date,
    source: string | null,
    keptTypes?: string[],
  ): Promise<GroupRecord> {
    // Its next meeting may now be the soonest one the directory sorts by.
    this.caches.nextMeetings.touch();
    const id = existing?.id ?? newId();
    this.caches.index.touch(id);
    const group: GroupRecord = {
      id,
      organizationId,
      slug: data.slug,
      name: data.name,
      description: data.description,
      firstMeeting: data.firstMeeting,
      leadership: data.leadership,
      attendance: data.attendance,
      cost: data.cost,
      capacity: data.capacity,
      status: data.status,
      format: deriveFormat(data.schedules),
      languages: data.languages,
      audiences: data.audiences,
      accessibility: data.accessibility,
      topics: data.topics,
      nextStartAt: null,
      nextEndAt: null,
      source: existing?.source ?? source,
      // Only an import sets them; an edit in Kindred keeps what the feed had.
      keptTypes: keptTypes ?? existing?.keptTypes ?? [],
      createdAt: existing?.createdAt ?? now.toISOString(),
      updatedAt: nextVersion(existing, now),
    };
    const categoryOf = new Map(categories.flatMap((c) => c.topics.map((t) => [t.slug, c.slug])));
    await tx.groups.save(
      group,
      {
        topic: data.topics,
        category: data.topics.map((t) => categoryOf.get(t) ?? '').filter((c) => c !== ''),
        audience: data.audiences,
        language: data.languages,
        access: data.accessibility,
      },
      searchTextOf(data, categories),
      existing === undefined,
    );
    const current = existing ? await tx.groups.schedules([id]) : [];
    const currentIds = new Set(current.map((s) => s.id));
    const newIds: string[] = [];
    const schedules: ScheduleRecord[] = data.schedules.map((s, position) => {
      const keep = s.id !== undefined && currentIds.has(s.id);
      const sid = keep && s.id !== undefined ? s.id : newId();
      if (!keep) newIds.push(sid);
      return {
        id: sid,
        groupId: id,
        position,
        recurrence: s.recurrence as ScheduleRecord['recurrence'],
        start: s.start,
        end: s.end,
        timeZone: s.timeZone,
        startsOn: s.startsOn ?? null,
        endsOn: s.endsOn ?? null,
        mode: s.mode,
        place: s.mode === 'online' ? null : (s.place ?? null),
        online: s.mode === 'in-person' ? null : (s.online ?? null),
        exceptions: s.exceptions,
        createdAt: current.find((c) => c.id === sid)?.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
      };
    });
    await tx.groups.replaceSchedules(id, schedules, newIds);
    await materialize(tx, id, schedules, now);
    return group;
  }

  async create(actor: Actor, data: GroupData, source: string | null = null): Promise<GroupRecord> {
    authorize(actor, groupPolicy.create);
    const me = requireUser(actor);
    const { db, repos, clock } = this.ctx;
    const categories = await repos.taxonomy.list();
    await this.check(repos, data, categories);
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      const group = await this.write(
        tx,
        data,
        undefined,
        me.organizationId,
        categories,
        now,
        source,
      );
      // A facilitator who starts a group facilitates it.
      if (me.role === 'facilitator') await tx.groups.setFacilitators(group.id, [me.id]);
      await writeAudit(tx, now, {
        action: 'group.created',
        actor,
        organizationId: me.organizationId,
        subject: { type: 'group', id: group.id },
        detail: { slug: group.slug },
      });
      return group;
    });
  }

  /**
   * Creates a group on behalf of the system (demo data, and later imports): no signed-in actor,
   * so no policy; the audit event has no actor.
   */
  async createAsSystem(
    data: GroupData,
    organizationId: string,
    source: string | null,
  ): Promise<GroupRecord> {
    const { db, repos, clock } = this.ctx;
    const categories = await repos.taxonomy.list();
    await this.check(repos, data, categories);
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      const group = await this.write(tx, data, undefined, organizationId, categories, now, source);
      await writeAudit(tx, now, {
        action: 'group.created',
        actor: { user: null, ip: '' },
        organizationId,
        subject: { type: 'group', id: group.id },
        detail: { slug: group.slug, source },
      });
      return group;
    });
  }

  /**
   * Writes (creates, or replaces the data of) a group on behalf of the system inside the
   * caller's transaction, so an import can write many groups at once: no policy, no per-group
   * audit event (the caller writes one for the whole operation). Callers check slugs and topics.
   * `keptTypes`: the feed's type codes Kindred does not model (undefined keeps the stored ones).
   */
  async writeAsSystem(
    tx: Repositories,
    data: GroupData,
    existing: GroupRecord | undefined,
    organizationId: string,
    source: string | null,
    categories: CategoryRecord[],
    now: Date,
    keptTypes?: string[],
  ): Promise<GroupRecord> {
    return this.write(tx, data, existing, organizationId, categories, now, source, keptTypes);
  }

  async update(actor: Actor, id: string, data: GroupData): Promise<GroupRecord> {
    const { db, repos, clock } = this.ctx;
    const existing = await this.editable(repos, actor, id);
    const categories = await repos.taxonomy.list();
    await this.check(repos, data, categories, id);
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      const group = await this.write(
        tx,
        data,
        existing,
        existing.organizationId,
        categories,
        now,
        null,
      );
      await writeAudit(tx, now, {
        action: 'group.updated',
        actor,
        organizationId: existing.organizationId,
        subject: { type: 'group', id },
        detail: {
          slug: group.slug,
          ...(existing.status === group.status ? {} : { status: group.status }),
        },
      });
      return group;
    });
  }

  async changeStatus(actor: Actor, id: string, status: GroupStatus): Promise<GroupRecord> {
    const { db, repos, clock } = this.ctx;
    const existing = await this.editable(repos, actor, id);
    const now = clock.now();
    const updatedAt = nextVersion(existing, now);
    await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      await tx.groups.updateStatus(id, status, updatedAt);
      this.caches.nextMeetings.touch();
      this.caches.index.touch(id);
      await writeAudit(tx, now, {
        action: 'group.status_changed',
        actor,
        organizationId: existing.organizationId,
        subject: { type: 'group', id },
        detail: { from: existing.status, to: status },
      });
    });
    return { ...existing, status, updatedAt };
  }

  /** The group as its editor form needs it (schedules keep their ids). */
  async forEditing(
    actor: Actor,
    id: string,
  ): Promise<{ group: GroupRecord; schedules: ScheduleRecord[]; facilitatorIds: string[] }> {
    const { repos } = this.ctx;
    const group = await this.editable(repos, actor, id);
    return {
      group,
      schedules: await repos.groups.schedules([id]),
      facilitatorIds: await repos.groups.facilitatorIds(id),
    };
  }

  async listManaged(actor: Actor): Promise<{ groups: ManagedGroup[]; canCreate: boolean }> {
    authorize(actor, groupPolicy.manageAny);
    const me = requireUser(actor);
    const { repos } = this.ctx;
    const only = me.role === 'admin' ? undefined : await repos.groups.groupIdsFacilitatedBy(me.id);
    const groups = await repos.groups.listForManagement(me.organizationId, only);
    return {
      canCreate: groupPolicy.create(actor),
      groups: groups.map((g) => ({
        id: g.id,
        slug: g.slug,
        name: g.name,
        status: g.status,
        format: g.format,
        nextStartAt: g.nextStartAt,
      })),
    };
  }
}
