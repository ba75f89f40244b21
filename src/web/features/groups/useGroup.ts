// Loads one group page by slug. "missing" covers both a group that does not exist and one the
// viewer may not see (the server answers 404 for both).
import { useEffect, useState } from 'react';
import type { GroupDetail } from '../../../contracts/groups';
import { api, ApiError, messageFor } from '../../api/client';

export type GroupState =
  | { status: 'loading' }
  | { status: 'ready'; group: GroupDetail }
  | { status: 'missing' }
  | { status: 'error'; message: string };

export function useGroup(slug: string): GroupState {
  const [loaded, setLoaded] = useState<{ slug: string; state: GroupState } | null>(null);

  useEffect(() => {
    let active = true;
    api.group(slug).then(
      (group) => {
        if (active) setLoaded({ slug, state: { status: 'ready', group } });
      },
      (error: unknown) => {
        if (!active) return;
        const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
        setLoaded({
          slug,
          state: missing ? { status: 'missing' } : { status: 'error', message: messageFor(error) },
        });
      },
    );
    return () => {
      active = false;
    };
  }, [slug]);

  return loaded?.slug === slug ? loaded.state : { status: 'loading' };
}
