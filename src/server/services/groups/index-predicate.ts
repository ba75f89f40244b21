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

/**
 * The filters on a group's own fields (format, leadership, attendance, cost, weekly slots), which
 * the place grid also holds per place: a distance search tests them there first and reads a
 * group only when they pass.
 */
export class FieldFilter {
  readonly formats: Uint8Array | null;
  readonly leadership: Uint8Array | null;
  readonly attendance: Uint8Array | null;
  readonly costs: Uint8Array | null;
  readonly byTime: boolean;
  readonly cells: number;

  constructor(codes: ValueCodes, f: DirectoryFilters) {
    this.formats = codes.wanted(
      'format',
      f.formats?.length ? formatsMatching(f.formats) : undefined,
    );
    this.leadership = codes.wanted('leadership', f.leadership);
    this.attendance = codes.wanted('attendance', f.attendance);
    this.costs = codes.wanted('cost', f.costs);
    this.byTime = (f.days?.length ?? 0) > 0 || (f.times?.length ?? 0) > 0;
    this.cells = filterCells(f.days ?? [], f.times ?? []);
  }

  passes(format: number, leadership: number, attendance: number, cost: number, cells: number) {
    if (this.formats !== null && this.formats[format] !== 1) return false;
    if (this.leadership !== null && this.leadership[leadership] !== 1) return false;
    if (this.attendance !== null && this.attendance[attendance] !== 1) return false;
    if (this.costs !== null && this.costs[cost] !== 1) return false;
    // Cells hold only slots with a meeting still to end (`due` keeps them so).
    return !this.byTime || (cells & this.cells) !== 0;
  }
}

/** The filters of a search but its words and its distance. */
export function groupPredicate(
  codes: ValueCodes,
  f: DirectoryFilters,
  fields: FieldFilter = new FieldFilter(codes, f),
): (g: IndexedGroup) => boolean {
  const tagSets = (Object.entries(f.tags) as [string, string[] | undefined][]).flatMap(
    ([kind, values]) => codes.wanted(kind, values) ?? [],
  );
  return (g) => {
    if (!fields.passes(g.format, g.leadership, g.attendance, g.cost, g.cells)) return false;
    for (const t of tagSets) if (!hasAny(g.tags, t)) return false;
    return true;
  };
}
