import type { Db } from '../db/database';
import { defaultCrisisResources } from '../../domain/crisis-resources';
import { newId } from '../lib/ids';
import { createRepositories } from '../repositories/index';

export const DEMO_ORGANIZATION = {
  name: 'Prairie Path Behavioral Health',
  timeZone: 'America/Chicago',
  locale: 'en' as const,
};

/**
 * Loads demo data on first start: the demo organization, a behavioral-health center in
 * Warrenville, IL. Idempotent: returns false when an organization already exists.
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<boolean> {
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
