// The words of text searches as the directory index holds them: which groups each word matches,
// read from the database's full-text index one word at a time.
import type { DirectoryFilters } from '../../repositories/directory-filters';
import { wordsOf } from '../../repositories/search-words';
import type { IndexedGroup } from './indexed-group';

/** One word of a text search as the database matches it: see `DirectoryIndex.words`. */
export interface WordQuery {
  word: string;
  /** The last word of a query matches as a prefix. */
  prefix: boolean;
  /** In the name only (relevance's first tier), or anywhere. */
  inName: boolean;
}

const wordKey = (q: WordQuery) => `${q.inName ? 'name' : 'all'}${q.prefix ? '*' : ' '}${q.word}`;

/** The word lookups a search needs: every word anywhere, and in the name when it ranks. */
export function wordQueries(f: DirectoryFilters): WordQuery[] {
  const words = f.text === undefined ? [] : wordsOf(f.text);
  const places = f.sort === 'relevance' ? [false, true] : [false];
  return places.flatMap((inName) =>
    words.map((word, i) => ({ word, prefix: i === words.length - 1, inName })),
  );
}

export class WordMatches {
  /**
   * The groups each word matches, as the database's full-text search finds them (one word at a
   * time: a query's matches are the groups every one of its words matches), read when a search
   * first needs them and dropped whenever a group changes. null: a stop word, left out.
   */
  private readonly byWord = new Map<string, Set<IndexedGroup> | null>();

  /** The word lookups of `queries` not held yet. */
  missing(queries: WordQuery[]): WordQuery[] {
    return queries.filter((q) => !this.byWord.has(wordKey(q)));
  }

  /** Holds the groups (by id) a word matches; null for a stop word. */
  set(q: WordQuery, ids: string[] | null, groupOf: (id: string) => IndexedGroup | undefined): void {
    if (this.byWord.size >= 4_000) this.byWord.clear();
    if (ids === null) {
      this.byWord.set(wordKey(q), null);
      return;
    }
    const groups = new Set<IndexedGroup>();
    for (const id of ids) {
      const g = groupOf(id);
      if (g !== undefined) groups.add(g);
    }
    this.byWord.set(wordKey(q), groups);
  }

  /**
   * The sets a search's words must all be in, anywhere and in the name; undefined when one is
   * not held. No set at all (every word a stop word): nothing matches.
   */
  sets(f: DirectoryFilters): { all: Set<IndexedGroup>[]; name: Set<IndexedGroup>[] } | undefined {
    const all: Set<IndexedGroup>[] = [];
    const name: Set<IndexedGroup>[] = [];
    for (const q of wordQueries(f)) {
      const set = this.byWord.get(wordKey(q));
      if (set === undefined) return undefined;
      if (set !== null) (q.inName ? name : all).push(set);
    }
    const bySize = (a: Set<IndexedGroup>, b: Set<IndexedGroup>) => a.size - b.size;
    return { all: all.sort(bySize), name: name.sort(bySize) };
  }

  /** A group changed: any word may match other groups now. */
  clear(): void {
    this.byWord.clear();
  }
}
