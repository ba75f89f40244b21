// iCalendar documents: one group's meetings (GET /groups/:slug/calendar.ics) and a person's own
// calendar behind a secret URL (GET /calendar/:token.ics). Join details follow groupPolicy for
// the person the calendar is for: the signed-in viewer, or the URL's owner.
import { createHash } from 'node:crypto';
import type { Locale } from '../../../domain/schedule/types';
import { AppError } from '../../errors';
import { renderCalendar, type CalendarGroup } from '../../interop/ical/calendar-builder';
import { calendarMessages } from '../../interop/ical/event-text';
import type { Actor } from '../../policies/actor';
import { groupPolicy } from '../../policies/group.policy';
import type { GroupRecord } from '../../repositories/group.repository';
import type { UserRecord } from '../../repositories/user.repository';
import type { ServiceContext } from '../context';
import { CALENDAR_TOKEN_RE, calendarTokenHash } from './calendar-tokens';

export interface CalendarDocument {
  body: string;
  /** A strong validator over the exact bytes. */
  etag: string;
  filename: string;
  /** True when the content depends on who asked (join details): caches must keep it private. */
  personal: boolean;
}

export class CalendarService {
  constructor(private readonly ctx: ServiceContext) {}

  /** One group's meetings, as the viewer may see them. Archived or missing: not found. */
  async groupCalendar(actor: Actor, slug: string, lang?: Locale): Promise<CalendarDocument> {
    const { repos } = this.ctx;
    const group = await repos.groups.findBySlug(slug);
    if (!group) throw new AppError('not_found');
    const facilitators = await repos.calendar.facilitatorIdsByGroup([group.id]);
    const facts = { ...group, facilitatorIds: facilitators.get(group.id) ?? [] };
    if (!groupPolicy.view(actor, facts)) throw new AppError('not_found');
    const org = await this.organization();
    const locale = lang ?? org.locale;
    const [entry] = await this.entries([group], actor, facilitators);
    const body = renderCalendar({
      name: group.name,
      host: this.ctx.config.publicUrl.hostname,
      locale,
      groups: entry ? [entry] : [],
      now: this.ctx.clock.now(),
    });
    return document(body, `${group.slug}.ics`, actor.user !== null);
  }

  /**
   * The calendar behind a personal URL: the meetings of the groups its owner follows, with the
   * join details the owner may see. An unknown or revoked token is simply not found.
   */
  async personalCalendar(token: string, lang?: Locale): Promise<CalendarDocument> {
    const { repos, config } = this.ctx;
    if (!CALENDAR_TOKEN_RE.test(token)) throw new AppError('not_found');
    const sub = await repos.calendar.findSubscriptionByHash(
      calendarTokenHash(config.sessionSecret, token),
    );
    const user = sub && (await repos.users.findById(sub.userId));
    if (!user) throw new AppError('not_found');
    const actor: Actor = {
      user: { id: user.id, role: user.role, organizationId: user.organizationId },
      ip: '',
    };
    const groups = await repos.groups.findManyByIds(await this.calendarGroupIds(user));
    const facilitators = await repos.calendar.facilitatorIdsByGroup(groups.map((g) => g.id));
    const visible = groups
      .filter((g) =>
        groupPolicy.view(actor, { ...g, facilitatorIds: facilitators.get(g.id) ?? [] }),
      )
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const org = await this.organization();
    const locale = lang ?? org.locale;
    const body = renderCalendar({
      name: calendarMessages(locale).myMeetings(org.name),
      host: config.publicUrl.hostname,
      locale,
      groups: await this.entries(visible, actor, facilitators),
      now: this.ctx.clock.now(),
    });
    return document(body, 'my-meetings.ics', true);
  }

  private async organization(): Promise<{ name: string; locale: Locale }> {
    const org = await this.ctx.repos.organizations.findPrimary();
    if (!org) throw new Error('No organization: run migrations and seed first');
    return org;
  }

  /**
   * The groups whose meetings belong in a person's own calendar. Today: the groups they follow.
   * Membership (a later issue) adds its groups here, and its join rights to groupPolicy.
   */
  private async calendarGroupIds(user: UserRecord): Promise<string[]> {
    return this.ctx.repos.calendar.followedGroupIds(user.id);
  }

  private async entries(
    groups: GroupRecord[],
    actor: Actor,
    facilitators: Map<string, string[]>,
  ): Promise<CalendarGroup[]> {
    const schedules = await this.ctx.repos.groups.schedules(groups.map((g) => g.id));
    return groups.map((group) => ({
      group,
      schedules: schedules.filter((s) => s.groupId === group.id),
      showJoin: groupPolicy.seeJoinDetails(actor, {
        ...group,
        facilitatorIds: facilitators.get(group.id) ?? [],
      }),
      pageUrl: new URL(`/groups/${group.slug}`, this.ctx.config.publicUrl).toString(),
    }));
  }
}

function document(body: string, filename: string, personal: boolean): CalendarDocument {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { body, etag, filename, personal };
}
