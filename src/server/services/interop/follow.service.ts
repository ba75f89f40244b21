// Following groups: their meetings then come into the person's own calendar. Follows are the
// person's own business: not audited, never shown to others.
import type { FollowedGroup } from '../../../contracts/calendar';
import { AppError } from '../../errors';
import type { Actor } from '../../policies/actor';
import { requireUser } from '../../policies/authorize';
import { followPolicy } from '../../policies/follow.policy';
import type { GroupRecord } from '../../repositories/group.repository';
import type { ServiceContext } from '../context';

export class FollowService {
  constructor(private readonly ctx: ServiceContext) {}

  private async facts(slug: string): Promise<{ group: GroupRecord; facilitatorIds: string[] }> {
    const group = await this.ctx.repos.groups.findBySlug(slug);
    if (!group) throw new AppError('not_found');
    return { group, facilitatorIds: await this.ctx.repos.groups.facilitatorIds(group.id) };
  }

  /** Follows a group; idempotent. A group one may not follow answers like a missing one. */
  async follow(actor: Actor, slug: string): Promise<void> {
    const me = requireUser(actor);
    const { group, facilitatorIds } = await this.facts(slug);
    if (!followPolicy.follow(actor, { ...group, facilitatorIds })) {
      throw new AppError('not_found');
    }
    await this.ctx.repos.calendar.follow(me.id, group.id, this.ctx.clock.now().toISOString());
  }

  /**
   * Stops following; idempotent. Works for a group that has since closed, so people can tidy
   * their list; a group one neither follows nor may follow answers like a missing one.
   */
  async unfollow(actor: Actor, slug: string): Promise<void> {
    const me = requireUser(actor);
    const { group, facilitatorIds } = await this.facts(slug);
    const { calendar } = this.ctx.repos;
    const follows = (await calendar.followedGroupIds(me.id)).includes(group.id);
    if (!follows && !followPolicy.follow(actor, { ...group, facilitatorIds })) {
      throw new AppError('not_found');
    }
    await calendar.unfollow(me.id, group.id);
  }

  /** The groups the person follows, closed ones included (so they can let them go). */
  async list(actor: Actor): Promise<FollowedGroup[]> {
    const me = requireUser(actor);
    const follows = await this.ctx.repos.calendar.follows(me.id);
    return follows.map((f) => ({
      slug: f.slug,
      name: f.name,
      status: f.status as FollowedGroup['status'],
      followedAt: f.followedAt,
    }));
  }
}
