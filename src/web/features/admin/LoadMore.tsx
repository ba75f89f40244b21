// The "Load more" control and list status shared by the admin lists.
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { t } from '../../i18n';
import type { PagedList } from './usePagedList';

export function ListStatus<T>({ list }: { list: PagedList<T> }) {
  return (
    <>
      {list.loading && (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
      )}
      {list.error && <Alert tone="error">{list.error}</Alert>}
      {!list.loading && !list.error && list.items.length === 0 && <p>{t('admin.empty')}</p>}
    </>
  );
}

export function LoadMore<T>({ list }: { list: PagedList<T> }) {
  if (!list.hasMore) return null;
  return (
    <p>
      <Button
        variant="secondary"
        busy={list.loadingMore}
        busyLabel={t('admin.loadingMore')}
        onClick={() => void list.loadMore()}
      >
        {t('admin.loadMore')}
      </Button>
    </p>
  );
}
