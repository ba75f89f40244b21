// Who runs a group: admins choose its facilitators. Kept apart from group editing, which
// facilitators themselves may do.
import { AppError, type FieldError } from '../../errors';
import type { Actor } from '../../policies/actor';
import { authorize, requireUser } from '../../policies/authorize';
import { groupPolicy } from '../../policies/group.policy';
import { createRepositories } from '../../repositories/index';
import { writeAudit } from '../audit-writer';
import type { ServiceContext } from '../context';

export class FacilitatorService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Admins choose who facilitates a group; each must be a facilitator or admin of the organization. */
  async setFacilitators(actor: Actor, id: string, userIds: string[]): Promise<string[]> {
    authorize(actor, groupPolicy.assignFacilitators);
    const me = requireUser(actor);
    const { db, repos, clock } = this.ctx;
    const group = await repos.groups.findById(id);
    if (!group || group.organizationId !== me.organizationId) throw new AppError('not_found');
    const errors: FieldError[] = [];
    for (const [i, userId] of userIds.entries()) {
      const user = await repos.users.findById(userId);
      if (!user || user.organizationId !== me.organizationId || user.role === 'member') {
        errors.push({
          path: `userIds.${String(i)}`,
          message: 'Choose a facilitator or admin of this organization',
        });
      }
    }
    if (errors.length > 0) {
      throw new AppError(
        'validation_failed',
        errors.map((e) => `${e.path}: ${e.message}`).join('; '),
        errors,
      );
    }
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      await tx.groups.setFacilitators(id, userIds);
      await writeAudit(tx, now, {
        action: 'group.facilitators_changed',
        actor,
        organizationId: me.organizationId,
        subject: { type: 'group', id },
        detail: { userIds },
      });
    });
    return repos.groups.facilitatorIds(id);
  }
}
