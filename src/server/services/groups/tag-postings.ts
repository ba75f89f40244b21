// For each tag value, the groups of a list that carry it, in the list's order: a search that asks
// for a topic reads the few hundred groups with it instead of testing every group of the list.
import type { IndexedGroup } from './indexed-group';

export class TagPostings {
  private readonly byCode = new Map<number, IndexedGroup[]>();

  /** `groups` in name order (each group's `nameRank`). */
  constructor(groups: readonly IndexedGroup[]) {
    for (const g of groups) {
      for (const t of g.tags) {
        let list = this.byCode.get(t);
        if (list === undefined) this.byCode.set(t, (list = []));
        list.push(g);
      }
    }
  }

  /**
   * The groups that carry one of the codes of the narrowest kind asked for (a superset of the
   * matches, in name order, each once), or null when no tag is asked for.
   */
  candidates(kinds: readonly number[][]): IndexedGroup[] | null {
    let best: IndexedGroup[][] | null = null;
    let bestSize = Number.POSITIVE_INFINITY;
    for (const codes of kinds) {
      const lists = codes.map((c) => this.byCode.get(c) ?? []);
      const size = lists.reduce((n, l) => n + l.length, 0);
      if (size < bestSize) [best, bestSize] = [lists, size];
    }
    return best === null ? null : mergeByName(best);
  }
}

/** Merges lists in name order into one, each group once (a group may carry several codes). */
function mergeByName(lists: IndexedGroup[][]): IndexedGroup[] {
  if (lists.length === 1) return lists[0] ?? [];
  const at = lists.map(() => 0);
  const out: IndexedGroup[] = [];
  for (;;) {
    let pick = -1;
    let rank = Number.POSITIVE_INFINITY;
    for (let i = 0; i < lists.length; i++) {
      const g = lists[i]?.[at[i] ?? 0];
      if (g !== undefined && g.nameRank < rank) [pick, rank] = [i, g.nameRank];
    }
    if (pick < 0) return out;
    const g = lists[pick]?.[at[pick] ?? 0];
    at[pick] = (at[pick] ?? 0) + 1;
    if (g !== undefined && out[out.length - 1] !== g) out.push(g);
  }
}
