// Public feeds of the directory for other apps (Meeting Guide JSON, read by TSML UI and the
// Meeting Guide app). Building the feed reads every published group, so the built bytes are
// kept in memory, keyed on a cheap fingerprint read on every request: a change made through any
// instance (several share one PostgreSQL) changes the key, and the next request rebuilds.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { CivilDate } from '../../../domain/schedule/civil';
import { formatLocalDate } from '../../../domain/schedule/civil';
import { instantToLocal, localToInstant } from '../../../domain/schedule/resolve';
import { buildMeetingGuideFeed, type FeedGroup } from '../../interop/meeting-guide/export';
import { customTypeLabels } from '../../interop/meeting-guide/type-codes';
import type { Actor } from '../../policies/actor';
import { groupPolicy } from '../../policies/group.policy';
import type { FeedFingerprint } from '../../repositories/feed.repository';
import type { ScheduleRecord } from '../../repositories/group-rows';
import type { ServiceContext } from '../context';

export type FeedEncoding = 'br' | 'gzip';

export interface FeedDocument {
  /** The feed as sent: UTF-8 JSON. */
  body: Buffer;
  /** Weak (`W/"…"`): the same for every content-coding of the body. */
  etag: string;
  /** Whole seconds, as HTTP dates carry them. */
  lastModified: Date;
  meetings: number;
  /** The body compressed, once per version of the feed (then served from memory). */
  encoded(encoding: FeedEncoding): Promise<Buffer>;
}

export interface TypeLabels {
  en: { types: Record<string, string> };
  es: { types: Record<string, string> };
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Builds made while groups kept changing underneath: retry this often, then serve the last. */
const MAX_BUILD_ATTEMPTS = 3;

/** Feeds are read by anyone: they show what a visitor who is not signed in may see. */
const VISITOR: Actor = { user: null, ip: '' };

const floorToSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);

function keyOf(fp: FeedFingerprint, today: CivilDate): string {
  return [
    fp.groups,
    fp.groupsUpdatedAt ?? '-',
    fp.organizationUpdatedAt,
    fp.organizationTimeZone,
    formatLocalDate(today),
  ].join('|');
}

function compressor(body: Buffer): FeedDocument['encoded'] {
  const done = new Map<FeedEncoding, Promise<Buffer>>();
  return (encoding) => {
    let result = done.get(encoding);
    if (result === undefined) {
      result =
        encoding === 'br'
          ? brotli(body, {
              params: {
                [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
                [zlib.constants.BROTLI_PARAM_QUALITY]: 6,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              },
            })
          : gzip(body, { level: 6 });
      // A failure is not remembered: the next request tries again.
      result.catch(() => done.delete(encoding));
      done.set(encoding, result);
    }
    return result;
  };
}

export class FeedService {
  private cached: { key: string; doc: FeedDocument } | undefined;
  private building: { key: string; promise: Promise<FeedDocument> } | undefined;

  constructor(private readonly ctx: ServiceContext) {}

  /** The Meeting Guide feed, rebuilt only when a group or the organization changed. */
  async meetingGuide(): Promise<FeedDocument> {
    const fp = await this.fingerprint();
    const key = keyOf(fp, this.today(fp));
    if (this.cached?.key === key) return this.cached.doc;
    if (this.building?.key === key) return this.building.promise;
    const promise = this.build(fp).then(({ key: builtKey, doc }) => {
      this.cached = { key: builtKey, doc };
      return doc;
    });
    this.building = { key, promise };
    try {
      return await promise;
    } finally {
      if (this.building.promise === promise) this.building = undefined;
    }
  }

  /** Forgets the built feed (benchmarks measure cold builds with it). */
  invalidate(): void {
    this.cached = undefined;
  }

  /** Labels of Kindred's custom type codes, as TSML UI's `strings.<lang>.types` wants them. */
  async typeLabels(): Promise<TypeLabels> {
    const taxonomy = { categories: await this.ctx.repos.taxonomy.list() };
    return {
      en: { types: customTypeLabels('en', taxonomy) },
      es: { types: customTypeLabels('es', taxonomy) },
    };
  }

  private async fingerprint(): Promise<FeedFingerprint> {
    const fp = await this.ctx.repos.feed.fingerprint();
    if (!fp) throw new Error('No organization: run migrations and seed first');
    return fp;
  }

  private today(fp: FeedFingerprint): CivilDate {
    return instantToLocal(this.ctx.clock.now(), fp.organizationTimeZone).date;
  }

  /**
   * Reads and builds; when the fingerprint moved during the reads (a write landed between the
   * groups and the schedules), reads again so the feed is never a torn mix of two states.
   */
  private async build(first: FeedFingerprint): Promise<{ key: string; doc: FeedDocument }> {
    const { repos } = this.ctx;
    let fp = first;
    for (let attempt = 1; ; attempt += 1) {
      const today = this.today(fp);
      const organization = await repos.organizations.findPrimary();
      if (!organization) throw new Error('No organization: run migrations and seed first');
      // One after the other: one pooled connection per build, however many requests wait on it.
      const records = await repos.feed.publishedGroups();
      const schedules = await repos.feed.publishedSchedules();
      const categories = await repos.taxonomy.list();
      const after = await this.fingerprint();
      if (keyOf(after, today) !== keyOf(fp, today) && attempt < MAX_BUILD_ATTEMPTS) {
        fp = after;
        continue;
      }
      const categoryOf = new Map(
        categories.flatMap((c) => c.topics.map((t) => [t.slug, c.slug] as const)),
      );
      const byGroup = new Map<string, ScheduleRecord[]>();
      for (const s of schedules) {
        const list = byGroup.get(s.groupId);
        if (list) list.push(s);
        else byGroup.set(s.groupId, [s]);
      }
      const groups: FeedGroup[] = records.map((group) => ({
        group,
        joinDetailsPublic: groupPolicy.seeJoinDetails(VISITOR, {
          attendance: group.attendance,
          status: group.status,
          facilitatorIds: [],
        }),
        categories: [...new Set(group.topics.flatMap((t) => categoryOf.get(t) ?? []))],
        schedules: byGroup.get(group.id) ?? [],
      }));
      const built = buildMeetingGuideFeed(groups, {
        organization,
        publicUrl: this.ctx.config.publicUrl,
        today,
      });
      const body = Buffer.from(JSON.stringify(built.meetings), 'utf8');
      const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
      const changed = [fp.groupsUpdatedAt, fp.organizationUpdatedAt]
        .filter((t) => t !== null)
        .map((t) => Date.parse(t));
      if (built.changedByDate) {
        changed.push(localToInstant(built.changedByDate, 0, organization.timeZone).getTime());
      }
      const previous = this.cached?.doc;
      // A change that left the feed as it was (crisis resources, a topic no group uses): the same
      // document, date and compressed bodies, so clients that revalidate by date get a 304 too.
      if (previous?.etag === etag) return { key: keyOf(fp, today), doc: previous };
      let lastModified = floorToSecond(Math.max(...changed));
      // A change no timestamp records (a group deleted): the content moved on, so must the date.
      if (previous && previous.etag !== etag && lastModified <= previous.lastModified) {
        lastModified = floorToSecond(
          Math.max(this.ctx.clock.now().getTime(), previous.lastModified.getTime() + 1000),
        );
      }
      return {
        key: keyOf(fp, today),
        doc: {
          body,
          etag,
          lastModified,
          meetings: built.meetings.length,
          encoded: compressor(body),
        },
      };
    }
  }
}
