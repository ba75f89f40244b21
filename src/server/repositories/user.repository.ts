import type { Kysely, Selectable } from 'kysely';
import type { Database, Role, UserTable } from '../db/schema';

export interface UserRecord {
  id: string;
  organizationId: string;
  email: string;
  passwordHash: string;
  displayName: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
}

function toRecord(row: Selectable<UserTable>): UserRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    email: row.email,
    passwordHash: row.password_hash,
    displayName: row.display_name,
    role: row.role,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async findById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('app_user')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Emails are stored lower-cased; callers pass the normalized form. */
  async findByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom('app_user')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async insert(user: UserRecord): Promise<void> {
    await this.db
      .insertInto('app_user')
      .values({
        id: user.id,
        organization_id: user.organizationId,
        email: user.email,
        password_hash: user.passwordHash,
        display_name: user.displayName,
        role: user.role,
        created_at: user.createdAt,
        updated_at: user.updatedAt,
      })
      .execute();
  }

  async update(
    id: string,
    changes: Partial<Pick<UserRecord, 'passwordHash' | 'displayName' | 'role'>>,
    updatedAt: string,
  ): Promise<void> {
    await this.db
      .updateTable('app_user')
      .set({
        ...(changes.passwordHash === undefined ? {} : { password_hash: changes.passwordHash }),
        ...(changes.displayName === undefined ? {} : { display_name: changes.displayName }),
        ...(changes.role === undefined ? {} : { role: changes.role }),
        updated_at: updatedAt,
      })
      .where('id', '=', id)
      .execute();
  }

  async countByRole(organizationId: string, role: Role): Promise<number> {
    const row = await this.db
      .selectFrom('app_user')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('organization_id', '=', organizationId)
      .where('role', '=', role)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Keyset pagination by id (UUIDv7, so creation order). */
  async list(
    organizationId: string,
    afterId: string | undefined,
    limit: number,
  ): Promise<UserRecord[]> {
    let query = this.db
      .selectFrom('app_user')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('id')
      .limit(limit);
    if (afterId !== undefined) query = query.where('id', '>', afterId);
    return (await query.execute()).map(toRecord);
  }
}
