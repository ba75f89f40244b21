import type { Kysely, Selectable } from 'kysely';
import type { CrisisResourcesByLocale, Locale } from '../../contracts/organization';
import type { Database, OrganizationTable } from '../db/schema';

export interface OrganizationRecord {
  id: string;
  name: string;
  timeZone: string;
  locale: Locale;
  crisisResources: CrisisResourcesByLocale;
  /** Public contact (the feed's entity_*), null when not set. */
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
  createdAt: string;
  updatedAt: string;
}

type ContactField = 'contactEmail' | 'contactPhone' | 'website';

/** A new organization: its public contact is usually filled in later, in the settings. */
export type NewOrganization = Omit<OrganizationRecord, ContactField> &
  Partial<Pick<OrganizationRecord, ContactField>>;

function toRecord(row: Selectable<OrganizationTable>): OrganizationRecord {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.time_zone,
    locale: row.locale === 'es' ? 'es' : 'en',
    crisisResources: JSON.parse(row.crisis_resources) as CrisisResourcesByLocale,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    website: row.website,
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

  async insert(org: NewOrganization): Promise<void> {
    await this.db
      .insertInto('organization')
      .values({
        id: org.id,
        name: org.name,
        time_zone: org.timeZone,
        locale: org.locale,
        crisis_resources: JSON.stringify(org.crisisResources),
        contact_email: org.contactEmail ?? null,
        contact_phone: org.contactPhone ?? null,
        website: org.website ?? null,
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
        contact_email: org.contactEmail,
        contact_phone: org.contactPhone,
        website: org.website,
        updated_at: org.updatedAt,
      })
      .where('id', '=', org.id)
      .execute();
  }
}
