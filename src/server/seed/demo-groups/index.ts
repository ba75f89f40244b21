// Demo groups of "Prairie Path Behavioral Health" (Warrenville, IL), loaded on first start.
// Contact is always through the platform: no phone numbers, emails or last names here, and join
// links use the reserved example.org domain.
import type { GroupInput } from '../../../contracts/groups';
import { FAMILY_GROUPS } from './family';
import { LIFE_CHANGES_GROUPS } from './life-changes';
import { LOSS_GROUPS } from './loss';
import { MENTAL_HEALTH_GROUPS } from './mental-health';
import { SPANISH_GROUPS } from './spanish';
import { SUBSTANCE_USE_GROUPS } from './substance-use';

export const DEMO_GROUPS: GroupInput[] = [
  ...MENTAL_HEALTH_GROUPS,
  ...SUBSTANCE_USE_GROUPS,
  ...FAMILY_GROUPS,
  ...LOSS_GROUPS,
  ...LIFE_CHANGES_GROUPS,
  ...SPANISH_GROUPS,
];
