import type { GroupDetail } from '../../../contracts/groups';
import type { Locale } from '../../../domain/schedule/types';
import { AppError } from '../../errors';
import type { Actor } from '../../policies/actor';
import { groupPolicy } from '../../policies/group.policy';
import type { ServiceContext } from '../context';
import type { DirectoryCaches } from './directory-caches';
import { toScheduleView, toSummary, topicIndex, upcomingViews } from './group-views';

/** A group's public page: everything a newcomer needs, with join details only where allowed. */
export class GroupReadService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly caches: DirectoryCaches,
  ) {}

  async detail(actor: Actor, slug: string, locale: Locale): Promise<GroupDetail> {
    const { repos, clock } = this.ctx;
    const group = await repos.groups.findBySlug(slug);
    if (!group) throw new AppError('not_found');
    const facts = {
      attendance: group.attendance,
      status: group.status,
      facilitatorIds: await repos.groups.facilitatorIds(group.id),
    };
    // Archived groups answer exactly like missing ones, except to those who run them.
    if (!groupPolicy.view(actor, facts)) throw new AppError('not_found');
    const schedules = await repos.groups.schedules([group.id]);
    const index = topicIndex(await this.caches.taxonomy.list(repos));
    const now = clock.now();
    const showJoin = groupPolicy.seeJoinDetails(actor, facts);
    return {
      ...toSummary(group, schedules, index, locale, now, null),
      description: group.description,
      firstMeeting: group.firstMeeting,
      capacity: group.capacity,
      scheduleDetails: schedules.map((s) => toScheduleView(s, locale, showJoin)),
      upcoming: upcomingViews(schedules, now, 4),
      updatedAt: group.updatedAt,
      abilities: {
        edit: groupPolicy.edit(actor, facts),
        changeStatus: groupPolicy.changeStatus(actor, facts),
      },
    };
  }
}
