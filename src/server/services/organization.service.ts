import type { Organization, OrganizationChanges } from '../../contracts/organization';
import { defaultCrisisResources } from '../../domain/crisis-resources';
import type { Actor } from '../policies/actor';
import { authorize } from '../policies/authorize';
import { organizationPolicy } from '../policies/organization.policy';
import { createRepositories } from '../repositories/index';
import type { OrganizationRecord } from '../repositories/organization.repository';
import { writeAudit } from './audit-writer';
import type { ServiceContext } from './context';

function toView(org: OrganizationRecord): Organization {
  return {
    id: org.id,
    name: org.name,
    timeZone: org.timeZone,
    locale: org.locale,
    crisisResources: org.crisisResources,
    ...(org.contactEmail === null ? {} : { contactEmail: org.contactEmail }),
    ...(org.contactPhone === null ? {} : { contactPhone: org.contactPhone }),
    ...(org.website === null ? {} : { website: org.website }),
    updatedAt: org.updatedAt,
  };
}

/** Settings the audit event names when they change (values only for the name). */
const AUDITED_FIELDS = [
  'name',
  'timeZone',
  'locale',
  'crisisResources',
  'contactEmail',
  'contactPhone',
  'website',
] as const;

export class OrganizationService {
  constructor(private readonly ctx: ServiceContext) {}

  private async primary(): Promise<OrganizationRecord> {
    const org = await this.ctx.repos.organizations.findPrimary();
    if (!org) throw new Error('No organization: run migrations and seed first');
    return org;
  }

  /** The organization record, for system tasks (seeding, jobs). */
  async getPublicRecord(): Promise<OrganizationRecord> {
    return this.primary();
  }

  /** Name and locale: safe for anyone, signed in or not. */
  async getPublic(): Promise<{ name: string; locale: 'en' | 'es'; timeZone: string }> {
    const org = await this.primary();
    return { name: org.name, locale: org.locale, timeZone: org.timeZone };
  }

  /** Crisis resources for /help: falls back to the US defaults if the database is unreachable. */
  async crisisResources(): Promise<{ name: string; resources: typeof defaultCrisisResources }> {
    try {
      // A database that hangs must not hold up someone looking for help.
      const org = await Promise.race([
        this.primary(),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('timed out reading crisis resources')), 2_000).unref(),
        ),
      ]);
      return { name: org.name, resources: org.crisisResources };
    } catch (error) {
      this.ctx.log.error({ err: error }, 'crisis resources fell back to defaults');
      return { name: 'Kindred', resources: defaultCrisisResources };
    }
  }

  async get(actor: Actor): Promise<Organization> {
    authorize(actor, organizationPolicy.manageSettings);
    return toView(await this.primary());
  }

  async update(actor: Actor, changes: OrganizationChanges): Promise<Organization> {
    authorize(actor, organizationPolicy.manageSettings);
    const { db, clock } = this.ctx;
    const now = clock.now();
    return db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      const current = await tx.organizations.findPrimary();
      if (!current) throw new Error('No organization');
      const next: OrganizationRecord = {
        ...current,
        ...(changes.name === undefined ? {} : { name: changes.name }),
        ...(changes.timeZone === undefined ? {} : { timeZone: changes.timeZone }),
        ...(changes.locale === undefined ? {} : { locale: changes.locale }),
        ...(changes.crisisResources === undefined
          ? {}
          : { crisisResources: changes.crisisResources }),
        // Validation has turned '' into null (cleared); undefined leaves a field as it is.
        ...(changes.contactEmail === undefined ? {} : { contactEmail: changes.contactEmail }),
        ...(changes.contactPhone === undefined ? {} : { contactPhone: changes.contactPhone }),
        ...(changes.website === undefined ? {} : { website: changes.website }),
        updatedAt: now.toISOString(),
      };
      const fields = AUDITED_FIELDS.filter(
        (f) => JSON.stringify(current[f]) !== JSON.stringify(next[f]),
      );
      await tx.organizations.update(next);
      await writeAudit(tx, now, {
        action: 'organization.settings_changed',
        actor,
        organizationId: current.id,
        subject: { type: 'organization', id: current.id },
        detail: {
          fields,
          ...(fields.includes('name')
            ? { from: { name: current.name }, to: { name: next.name } }
            : {}),
        },
      });
      return toView(next);
    });
  }
}
