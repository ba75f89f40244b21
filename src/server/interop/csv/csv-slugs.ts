// Slugs for CSV rows that have none, and the Group column as the tie between rows. A slug must
// not depend on where a row sits in the file: re-sorting a spreadsheet must not turn the same
// meetings into "changed" groups (with "home-group" and "home-group-2" it did, days swapped).
// So a row takes its name's slug only when no other row could claim it; otherwise its name,
// day and time ("home-group-monday-1900"), which tell same-named meetings apart whatever their
// order. Rows with the same Group become one group, through the JSON path's group_id.
import { isSlug, slugify, slugLikeGroupId } from '../meeting-guide/import-model';

type Row = Partial<Record<string, string>>;

export interface SlugNote {
  index: number;
  slug: string;
  field: string;
  message: string;
}

const SLUG_MAX = 64;
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "home-group" + Monday 19:00 → "home-group-monday-1900", the name cut to leave room. */
function withDayAndTime(base: string, row: Row): string {
  const day = row.day === undefined ? '' : (DAY_NAMES[Number(row.day)] ?? row.day);
  const suffix = slugify(`${day} ${(row.time ?? '').replace(':', '')}`);
  if (suffix === '') return base;
  const room = SLUG_MAX - suffix.length - 1;
  return `${base.slice(0, room).replace(/-+$/, '')}-${suffix}`;
}

/** The slug import-groups.ts gives a group_id's group: the id when slug-like, else its name's. */
function groupSlug(groupId: string, row: Row): string {
  return slugLikeGroupId(groupId) ? groupId : slugify(row.group ?? row.name ?? '');
}

/**
 * Ties rows by their Group (unless the file has a group_id column of its own) and gives every
 * row without a Slug (or ID) one that does not depend on the order of the rows. Rows are
 * changed in place; the notes say which slugs were made.
 */
export function assignSlugs(rows: Row[]): SlugNote[] {
  for (const row of rows) {
    // The sheet format calls the slug ID.
    row.slug ??= row.id;
    if (row.group !== undefined) row.group_id ??= row.group;
  }
  // Slugs other rows and groups already stand for: a made slug never takes one of them.
  const claimed = new Set<string>();
  const byName = new Map<string, number>();
  for (const row of rows) {
    if (row.slug !== undefined) claimed.add(slugify(row.slug));
    if (row.group_id !== undefined) claimed.add(groupSlug(row.group_id, row));
    if (row.slug === undefined) {
      const base = slugify(row.name ?? '');
      byName.set(base, (byName.get(base) ?? 0) + 1);
    }
  }
  const notes: SlugNote[] = [];
  rows.forEach((row, index) => {
    if (row.slug !== undefined) return;
    const base = slugify(row.name ?? '');
    // Left without a slug, the row is reported by the record check ("needs a slug").
    if (!isSlug(base)) return;
    const alone = byName.get(base) === 1 && !claimed.has(base);
    const slug = alone ? base : withDayAndTime(base, row);
    if (!isSlug(slug)) return;
    row.slug = slug;
    notes.push({
      index,
      slug,
      field: 'slug',
      message: alone
        ? `No slug: made "${slug}" from the name`
        : `No slug: made "${slug}" from the name, day and time ("${base}" is another row's or group's)`,
    });
  });
  return notes;
}
