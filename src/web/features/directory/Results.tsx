// The results: a status line in a polite live region ("12 groups found."), the cards, "Show
// more groups" (which announces what it added and moves focus to the first new group) and,
// when nothing matches, the empty state.
import { useEffect, useRef } from 'react';
import type { TaxonomyReply } from '../../api/groupTypes';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { t } from '../../i18n';
import { useNow } from '../groups/useNow';
import { EmptyState } from './EmptyState';
import type { DirectoryFilters } from './filters';
import { ResultCard, resultLinkId } from './ResultCard';
import type { DirectoryResults } from './useDirectory';

export const resultsHeadingId = 'results-heading';

function statusText(results: DirectoryResults, radius: string): string {
  if (results.loading) return t('directory.searching');
  if (results.error && results.groups.length === 0) return '';
  const count = results.groups.length;
  const parts: string[] = [];
  if (results.added !== null) {
    parts.push(
      results.added === 1
        ? t('directory.addedOne')
        : t('directory.added', { added: results.added }),
    );
  }
  if (results.hasMore) parts.push(t('directory.count.more', { count }));
  else if (count > 0) {
    parts.push(count === 1 ? t('directory.count.one') : t('directory.count.many', { count }));
  }
  if (results.origin && count > 0) {
    parts.push(t('directory.near.origin', { miles: radius, place: results.origin.label }));
  }
  return parts.join(' ');
}

interface ResultsProps {
  filters: DirectoryFilters;
  taxonomy: TaxonomyReply;
  results: DirectoryResults;
}

export function Results({ filters, taxonomy, results }: ResultsProps) {
  const now = useNow();
  const focusAfterLoad = useRef(false);
  const focusIndex = useRef<number | null>(null);
  const { loading } = results;
  const shown = results.groups.length;

  useEffect(() => {
    if (loading || !focusAfterLoad.current) return;
    focusAfterLoad.current = false;
    document.getElementById(resultsHeadingId)?.focus();
  }, [loading]);

  // After "Show more", focus the first new group once it is on screen.
  useEffect(() => {
    if (focusIndex.current === null || focusIndex.current >= shown) return;
    document.getElementById(resultLinkId(focusIndex.current))?.focus();
    focusIndex.current = null;
  }, [shown]);

  async function showMore() {
    focusIndex.current = shown;
    const first = await results.loadMore();
    if (first === null) focusIndex.current = null;
  }

  const empty = !results.loading && !results.error && results.groups.length === 0;
  return (
    <section className="results" aria-labelledby={resultsHeadingId} aria-busy={results.loading}>
      <h2 id={resultsHeadingId} tabIndex={-1} className="visually-hidden">
        {t('directory.results')}
      </h2>
      <p role="status" className="results__status">
        {statusText(results, filters.radius)}
      </p>
      {results.notice && <Alert tone="info">{results.notice}</Alert>}
      {results.error && <Alert tone="error">{results.error}</Alert>}
      {results.groups.length > 0 && (
        <ul className={results.loading ? 'results__list results__list--stale' : 'results__list'}>
          {results.groups.map((group, index) => (
            <li key={`${group.id}-${index}`}>
              <ResultCard group={group} index={index} now={now} />
            </li>
          ))}
        </ul>
      )}
      {empty && (
        <EmptyState
          filters={filters}
          taxonomy={taxonomy}
          onChoose={() => {
            focusAfterLoad.current = true;
          }}
        />
      )}
      {results.hasMore && !results.loading && (
        <p className="results__more">
          <Button
            variant="secondary"
            busy={results.loadingMore}
            busyLabel={t('directory.loadingMore')}
            onClick={() => void showMore()}
          >
            {t('directory.showMore')}
          </Button>
        </p>
      )}
    </section>
  );
}
