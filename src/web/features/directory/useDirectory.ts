// Loads directory results for the filters in the address; loadMore() appends the next page.
// Results are kept with the query they answer, so a late reply for old filters is ignored and
// "loading" simply means "the results on screen are not for the current filters yet".
import { useCallback, useEffect, useState } from 'react';
import type { DirectoryReply, GroupSummary } from '../../../contracts/groups';
import { api, messageFor } from '../../api/client';
import { apiQuery, type DirectoryFilters } from './filters';

interface Loaded {
  query: string;
  groups: GroupSummary[];
  page: number;
  hasMore: boolean;
  origin: DirectoryReply['origin'];
  notice: string | null;
  error: string | null;
  /** How many the last "Show more" added (null before any), for the announcement. */
  added: number | null;
}

export interface DirectoryResults extends Omit<Loaded, 'query' | 'page'> {
  loading: boolean;
  loadingMore: boolean;
  /** Resolves with the index of the first new group, or null if nothing was added. */
  loadMore: () => Promise<number | null>;
}

function fromReply(query: string, reply: DirectoryReply): Loaded {
  return { query, ...reply, error: null, added: null };
}

export function useDirectory(filters: DirectoryFilters): DirectoryResults {
  const query = apiQuery(filters, 1);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let active = true;
    api.groups(query).then(
      (reply) => {
        if (active) setLoaded(fromReply(query, reply));
      },
      (failure: unknown) => {
        if (!active) return;
        setLoaded({ ...fromReply(query, emptyReply), error: messageFor(failure) });
      },
    );
    return () => {
      active = false;
    };
  }, [query]);

  const loadMore = useCallback(async () => {
    if (loaded?.query !== query || !loaded.hasMore || loadingMore) return null;
    setLoadingMore(true);
    const first = loaded.groups.length;
    try {
      const reply = await api.groups(apiQuery(filters, loaded.page + 1));
      setLoaded((previous) =>
        previous?.query === query
          ? {
              ...previous,
              groups: [...previous.groups, ...reply.groups],
              page: reply.page,
              hasMore: reply.hasMore,
              added: reply.groups.length,
              error: null,
            }
          : previous,
      );
      return reply.groups.length > 0 ? first : null;
    } catch (failure) {
      setLoaded((previous) => previous && { ...previous, error: messageFor(failure) });
      return null;
    } finally {
      setLoadingMore(false);
    }
  }, [filters, loaded, loadingMore, query]);

  const shown = loaded ?? fromReply('', emptyReply);
  return {
    groups: shown.groups,
    hasMore: shown.hasMore,
    origin: shown.origin,
    notice: shown.notice,
    error: shown.error,
    added: shown.added,
    loading: loaded?.query !== query,
    loadingMore,
    loadMore,
  };
}

const emptyReply: DirectoryReply = {
  groups: [],
  page: 1,
  hasMore: false,
  origin: null,
  notice: null,
};
