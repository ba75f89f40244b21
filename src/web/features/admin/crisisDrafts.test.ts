import { expect, it } from 'vitest';
import { updateOrganizationBodySchema } from '../../../contracts/organization';
import { defaultCrisisResources } from '../../../domain/crisis-resources';
import { emptyDraft, fromDrafts, toDrafts } from './crisisDrafts';

it('round-trips resources and leaves empty optional fields out', () => {
  const drafts = toDrafts(defaultCrisisResources);
  expect(fromDrafts(drafts)).toEqual(defaultCrisisResources);
  const withBlank = { ...drafts, en: [...drafts.en, { ...emptyDraft(), name: 'Warmline' }] };
  expect(fromDrafts(withBlank).en.at(-1)).toEqual({ name: 'Warmline', description: '' });
  const parsed = updateOrganizationBodySchema.safeParse({ crisisResources: fromDrafts(withBlank) });
  expect(parsed.success).toBe(true);
});

it('gives every draft a distinct key', () => {
  const keys = new Set([emptyDraft().key, emptyDraft().key, emptyDraft().key]);
  expect(keys.size).toBe(3);
});
