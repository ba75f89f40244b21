// Free text as the search engines receive it: words of letters and digits only, so nothing a
// person types is ever read as FTS5 or tsquery syntax.

/** The words of free text: only letters and digits ever reach a search engine. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * SQLite FTS5 query from free text: every word must match (prefix match on the last one, for
 * search-as-you-type); quotes stop user input from being read as FTS syntax.
 */
export function fts5Query(text: string): string | null {
  const words = wordsOf(text);
  if (words.length === 0) return null;
  return words.map((w, i) => fts5Phrase(w, i === words.length - 1)).join(' ');
}

/** One word as an FTS5 phrase: quoted, and a prefix when it is the last word of a query. */
export function fts5Phrase(word: string, last: boolean): string {
  return `"${word}"${last ? '*' : ''}`;
}

/** One word as a PostgreSQL to_tsquery operand: the last word of a query is a prefix. */
export function tsOperand(word: string, last: boolean): string {
  return last ? `${word}:*` : word;
}
