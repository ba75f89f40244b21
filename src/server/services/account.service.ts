import { AppError } from '../errors';
import type { Actor } from '../policies/actor';
import { requireUser } from '../policies/authorize';
import { createRepositories } from '../repositories/index';
import type { UserRecord } from '../repositories/user.repository';
import { writeAudit } from './audit-writer';
import type { ServiceContext } from './context';

/** The signed-in person's own account. */
export class AccountService {
  constructor(private readonly ctx: ServiceContext) {}

  async changeDisplayName(actor: Actor, displayName: string): Promise<UserRecord> {
    const me = requireUser(actor);
    const { db, clock } = this.ctx;
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      await tx.users.update(me.id, { displayName }, now.toISOString());
      await writeAudit(tx, now, {
        action: 'user.display_name_changed',
        actor,
        organizationId: me.organizationId,
        subject: { type: 'user', id: me.id },
      });
      const user = await tx.users.findById(me.id);
      if (!user) throw new AppError('not_found');
      return user;
    });
  }
}
