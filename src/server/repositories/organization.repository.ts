import type { Kysely, Selectable } from 'kysely';
import type { CrisisResourcesByLocale, Locale } from '../../contracts/organization';
import type { Database, OrganizationTable } from '../db/schema';

export interface OrganizationRecord {
  id: string;
  name: string;
  timeZone: string;
  locale: Locale;
  crisisResources: CrisisResourcesByLocale;
  createdAt: string;
  updatedAt: string;
}

function toRecord(row: Selectable<OrganizationTable>): OrganizationRecord {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    locale: row.locale === 'es' ? 'es' : 'en',
    crisisResources: JSON.parse(row.crisis_resources) as CrisisResourcesByLocale,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class OrganizationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The deployment's organization: one per instance for now (see docs/decisions). */
  async findPrimary(): Promise<OrganizationRecord | undefined> {
    const row = await this.db
      .selectFrom('organization')
      .selectAll()
      .orderBy('created_at')
      .limit(1)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  async insert(org: OrganizationRecord): Promise<void> {
    await this.db
      .insertInto('organization')
      .values({
        id: org.id,
        name: org.name,
        time_zone: org.timeZone,
        locale: org.locale,
        crisis_resources: JSON.stringify(org.crisisResources),
        created_at: org.createdAt,
        updated_at: org.updatedAt,
      })
      .execute();
  }

  async update(org: OrganizationRecord): Promise<void> {
    await this.db
      .updateTable('organization')
      .set({
        name: org.name,
        time_zone: org.timeZone,
        locale: org.locale,
        crisis_resources: JSON.stringify(org.crisisResources),
        updated_at: org.updatedAt,
      })
      .where('id', '=', org.id)
      .execute();
  }
}
