import type { FastifyInstance } from 'fastify';
import { groupInputSchema } from '../../contracts/groups';
import { DEMO_GROUPS } from './demo-groups/index';

export const DEMO_SOURCE = 'demo';

/** Loads the demo organization's groups, through the same service (and checks) as the editor. */
export async function seedDemoGroups(app: FastifyInstance): Promise<number> {
  const org = await app.services.organizations.getPublicRecord();
  let created = 0;
  for (const input of DEMO_GROUPS) {
    await app.services.groups.createAsSystem(groupInputSchema.parse(input), org.id, DEMO_SOURCE);
    created += 1;
  }
  return created;
}
