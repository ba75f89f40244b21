// How the directory search's words match a group, on each dialect: SQLite's FTS5 indexes (of
// the names, and of names with the search text) and PostgreSQL's two tsvectors. The search
// (directory.repository.ts) decides which tier each arm reads and how; this says what matches.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { fts5Query, tsOperand } from './search-words';

/**
 * Relevance with words ranks in tiers: 0 when every word is in the group's name, 1 for every
 * other match; `all` is every match (other sorts only filter by the words).
 */
export type Tier = 0 | 1 | 'all';

/**
 * How an arm tests the words on SQLite. `walk`: read the groups in the page's order and test
 * each against the set of matching search rowids, stopping after offset + limit matches (the
 * set is large, so matches are dense). `drive`: read the matches by their rowid and sort them
 * (the set is small). `probe`: the groups come from elsewhere (the distance join) and are tested
 * against the set.
 */
export type Access = 'walk' | 'drive' | 'probe';

/**
 * SQLite: the search rowids of a tier's matches (the words are quoted by `fts5Query`). Every
 * word in the name: from the index of the names. Every other match: every match but those.
 */
export function ftsRowids(words: string[], tier: Tier): RawBuilder<unknown> {
  const all = fts5Query(words.join(' ')) ?? '';
  if (tier === 0) {
    return sql`select rowid from support_group_name_fts where support_group_name_fts match ${all}`;
  }
  const query = tier === 'all' ? all : `(${all}) NOT (name : (${all}))`;
  return sql`select rowid from support_group_fts where support_group_fts match ${query}`;
}

/** Whether a group matches the words of a tier. */
export function textCondition(
  dialect: 'sqlite' | 'postgres',
  words: string[],
  tier: Tier,
  access: Access,
): RawBuilder<SqlBool> {
  if (dialect === 'sqlite') {
    // A `+` keeps the planner from reading the groups by search rowid (see `Access`).
    const rowid = access === 'drive' ? sql`g.search_rowid` : sql`+g.search_rowid`;
    if (tier === 1 && access !== 'drive') {
      // A walk tests each group against every match, then against the name matches: two
      // sets built from one read of each index, cheaper than the difference built by FTS5
      // (which reads the matches' lists twice). Driving reads the difference, a small set.
      return sql<SqlBool>`${rowid} in (${ftsRowids(words, 'all')}) and ${rowid} not in (${ftsRowids(words, 0)})`;
    }
    return sql<SqlBool>`${rowid} in (${ftsRowids(words, tier)})`;
  }
  // PostgreSQL: the name and the search text have a vector each, so that the planner knows
  // from their own statistics how many groups have a word in the name, or only elsewhere.
  const all = words.map((w, i) => tsOperand(w, i === words.length - 1)).join(' & ');
  const inName = sql<SqlBool>`g.name_vector @@ to_tsquery('english', ${all})`;
  if (tier === 0) return inName;
  if (words.length === 1) {
    // One word: in the name or in the text. Tier 1 is then "in the text and not in the
    // name", which the planner estimates from each vector's statistics (a word that is
    // mostly in names leaves few such groups, and it reads them by the text's GIN index).
    const found = sql<SqlBool>`(g.name_vector @@ to_tsquery('english', ${all}) or g.text_vector @@ to_tsquery('english', ${all}))`;
    return tier === 'all'
      ? found
      : sql<SqlBool>`g.text_vector @@ to_tsquery('english', ${all}) and not ${inName}`;
  }
  // Each word in the name or in the text. A stop word ("the") has no lexeme, and is left
  // out of the query as to_tsquery leaves it out of `all`; nothing matches words that are
  // all stop words.
  const each = words.map((w, i) => {
    const one = tsOperand(w, i === words.length - 1);
    return sql<SqlBool>`(numnode(to_tsquery('english', ${one})) = 0 or g.name_vector @@ to_tsquery('english', ${one}) or g.text_vector @@ to_tsquery('english', ${one}))`;
  });
  const found = sql<SqlBool>`numnode(to_tsquery('english', ${all})) > 0 and ${sql.join(each, sql` and `)}`;
  return tier === 'all' ? found : sql<SqlBool>`${found} and not ${inName}`;
}
