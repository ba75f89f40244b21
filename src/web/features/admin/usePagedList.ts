// Loads the first page of a cursor-paginated list on mount; loadMore() appends the next page.
import { useCallback, useEffect, useState } from 'react';
import { messageFor } from '../../api/client';

export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  items: T[];
  /** True until the first page arrives (or fails). */
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error: string | null;
  loadMore: () => Promise<void>;
  /** Replace one item in place (after an edit). */
  replace: (match: (item: T) => boolean, next: T) => void;
}

/** `fetchPage` must be stable (a module-level function or a memoized callback). */
export function usePagedList<T>(
  fetchPage: (cursor: string | null) => Promise<PageOf<T>>,
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    fetchPage(null).then(
      (page) => {
        if (!active) return;
        setItems(page.items);
        setCursor(page.nextCursor);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!active) return;
        setError(messageFor(failure));
        setLoading(false);
      },
    );
    return () => {
      active = false;
    };
  }, [fetchPage]);

  const loadMore = useCallback(async () => {
    if (cursor === null || loadingMore) return;
    setLoadingMore(true);
    setError(null);
    try {
      const page = await fetchPage(cursor);
      setItems((previous) => [...previous, ...page.items]);
      setCursor(page.nextCursor);
    } catch (failure) {
      setError(messageFor(failure));
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, fetchPage, loadingMore]);

  const replace = useCallback((match: (item: T) => boolean, next: T) => {
    setItems((previous) => previous.map((item) => (match(item) ? next : item)));
  }, []);

  return { items, loading, loadingMore, hasMore: cursor !== null, error, loadMore, replace };
}
