import type { User } from '../../contracts/auth';
import type { Role } from '../db/schema';
import { AppError } from '../errors';
import type { Actor } from '../policies/actor';
import { authorize, requireUser } from '../policies/authorize';
import { organizationPolicy } from '../policies/organization.policy';
import { createRepositories } from '../repositories/index';
import { writeAudit } from './audit-writer';
import type { ServiceContext } from './context';
import { toUserView } from './user-view';

export class PeopleService {
  constructor(private readonly ctx: ServiceContext) {}

  async list(
    actor: Actor,
    cursor: string | undefined,
    limit: number,
  ): Promise<{ people: User[]; nextCursor: string | null }> {
    authorize(actor, organizationPolicy.listPeople);
    const me = requireUser(actor);
    const rows = await this.ctx.repos.users.list(me.organizationId, cursor, limit + 1);
    const page = rows.slice(0, limit);
    return {
      people: page.map(toUserView),
      nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
    };
  }

  async changeRole(actor: Actor, userId: string, role: Role): Promise<User> {
    authorize(actor, organizationPolicy.changeRole);
    const me = requireUser(actor);
    const { db, clock } = this.ctx;
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      const target = await tx.users.findById(userId);
      // Someone in another organization answers exactly like no one at all.
      if (!target || target.organizationId !== me.organizationId) throw new AppError('not_found');
      if (target.role === role) return toUserView(target);
      if (
        target.role === 'admin' &&
        (await tx.users.countByRole(me.organizationId, 'admin')) <= 1
      ) {
        throw new AppError('last_admin');
      }
      await tx.users.update(target.id, { role }, now.toISOString());
      await writeAudit(tx, now, {
        action: 'user.role_changed',
        actor,
        organizationId: me.organizationId,
        subject: { type: 'user', id: target.id },
        detail: { from: target.role, to: role },
      });
      return toUserView({ ...target, role, updatedAt: now.toISOString() });
    });
  }
}
