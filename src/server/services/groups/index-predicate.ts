// Whether an indexed group passes a search's filters, as a function built once per search.
import { filterCells } from '../../../domain/directory/week-cells';
import { type DirectoryFilters, formatsMatching } from '../../repositories/directory-filters';
import type { IndexedGroup, ValueCodes } from './indexed-group';

// Loops rather than `some`/`every` with closures: these run for every candidate of a search, and
// a closure per call was most of a search's garbage.
function hasAny(tags: readonly number[], wanted: Uint8Array): boolean {
  for (const t of tags) if (wanted[t] === 1) return true;
  return false;
}

export function inAll(g: IndexedGroup, sets: readonly ReadonlySet<IndexedGroup>[]): boolean {
  for (const set of sets) if (!set.has(g)) return false;
  return true;
}

/** The tag kinds a search asks for, each as the codes of its values (any one will do). */
export function wantedTagCodes(codes: ValueCodes, f: DirectoryFilters): number[][] {
  return (Object.entries(f.tags) as [string, string[] | undefined][]).flatMap(([kind, values]) =>
    values === undefined || values.length === 0 ? [] : [codes.codesOf(kind, values)],
  );
}

/** The filters of a search but its words and its distance. */
export function groupPredicate(
  codes: ValueCodes,
  f: DirectoryFilters,
): (g: IndexedGroup) => boolean {
  const tagSets = (Object.entries(f.tags) as [string, string[] | undefined][]).flatMap(
    ([kind, values]) => codes.wanted(kind, values) ?? [],
  );
  const formats = codes.wanted(
    'format',
    f.formats?.length ? formatsMatching(f.formats) : undefined,
  );
  const leadership = codes.wanted('leadership', f.leadership);
  const attendance = codes.wanted('attendance', f.attendance);
  const costs = codes.wanted('cost', f.costs);
  const byTime = (f.days?.length ?? 0) > 0 || (f.times?.length ?? 0) > 0;
  const wanted = filterCells(f.days ?? [], f.times ?? []);
  return (g) => {
    if (formats !== null && formats[g.format] !== 1) return false;
    if (leadership !== null && leadership[g.leadership] !== 1) return false;
    if (attendance !== null && attendance[g.attendance] !== 1) return false;
    if (costs !== null && costs[g.cost] !== 1) return false;
    // Cells hold only slots with a meeting still to end (`due` keeps them so).
    if (byTime && (g.cells & wanted) === 0) return false;
    for (const t of tagSets) if (!hasAny(g.tags, t)) return false;
    return true;
  };
}
