import type { Db } from '../db/database';
import { defaultCrisisResources } from '../../domain/crisis-resources';
import { newId } from '../lib/ids';
import { createRepositories } from '../repositories/index';
import { seedTaxonomy } from './taxonomy.seed';

export const DEMO_ORGANIZATION = {
  name: 'Prairie Path Behavioral Health',
  timeZone: 'America/Chicago',
  locale: 'en' as const,
};

/**
 * Seeds the topic taxonomy (idempotently, every start) and, on first start, the demo
 * organization: a behavioral-health center in Warrenville, IL. Returns true when the
 * organization was just created, so the caller loads its demo groups.
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<boolean> {
  await seedTaxonomy(db);
  const repos = createRepositories(db);
  if (await repos.organizations.findPrimary()) return false;
  await repos.organizations.insert({
    id: newId(),
    ...DEMO_ORGANIZATION,
    crisisResources: defaultCrisisResources,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  });
  return true;
}
