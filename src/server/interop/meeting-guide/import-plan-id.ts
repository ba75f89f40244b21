// The planId: a digest of what an import would write, so that the apply can refuse (409) to
// write anything other than what the person saw in the preview. It covers the source and the
// added, changed and archived groups with the values shown for them; unchanged groups are not
// written, so they are left out (a group that stops being unchanged moves into `changed`).
import { createHash } from 'node:crypto';
import type { ImportPlan } from './import-diff';

/** JSON with object keys sorted at every level: the same plan always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`);
    return `{${fields.join(',')}}`;
  }
  // As JSON.stringify writes an undefined array item (and a plan holds no functions).
  return value === undefined ? 'null' : JSON.stringify(value);
}

const bySlug = <T extends { slug: string }>(list: T[]): T[] =>
  [...list].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

export function planIdOf(plan: ImportPlan, source: string): string {
  const normalized = {
    source,
    // The feed's data of each new group, as it would be written.
    added: bySlug(plan.added.map((c) => ({ slug: c.slug, data: c.data, keptTypes: c.keptTypes }))),
    // The feed's data and the field-level differences shown, `before` included: a group edited
    // in Kindred since the preview changes the plan even when the feed did not.
    changed: bySlug(
      plan.changed.map((c) => ({
        slug: c.candidate.slug,
        data: c.candidate.data,
        changes: c.changes,
      })),
    ),
    removed: bySlug(plan.removed.map((g) => ({ slug: g.slug, name: g.name }))),
  };
  return createHash('sha256').update(canonical(normalized)).digest('hex');
}
