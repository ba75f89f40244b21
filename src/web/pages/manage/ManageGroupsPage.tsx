// /manage/groups: the groups this person may edit, with their status and next meeting.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api, messageFor } from '../../api/client';
import type { ManagedGroupList } from '../../api/groupTypes';
import { Alert } from '../../components/Alert';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../features/admin/formatDate';
import { TableRegion } from '../../features/admin/TableRegion';
import { attributeLabel } from '../../features/groups/labels';
import { t } from '../../i18n';
import { ManageAccess } from './ManageAccess';

type Loaded = { list: ManagedGroupList } | { error: string } | null;

function GroupTable({ list }: { list: ManagedGroupList }) {
  if (list.groups.length === 0) return <p>{t('manage.none')}</p>;
  return (
    <TableRegion label={t('manage.caption')}>
      <table>
        <caption>{t('manage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manage.col.name')}</th>
            <th scope="col">{t('manage.col.status')}</th>
            <th scope="col">{t('manage.col.format')}</th>
            <th scope="col">{t('manage.col.next')}</th>
            <th scope="col">{t('manage.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {list.groups.map((group) => (
            <tr key={group.id}>
              <th scope="row" className="cell--wrap">
                <Link to={`/groups/${encodeURIComponent(group.slug)}`}>{group.name}</Link>
              </th>
              <td>{t(`manage.status.${group.status}`)}</td>
              <td>{group.format ? attributeLabel('format', group.format) : ''}</td>
              <td>
                {group.nextStartAt ? (
                  <time dateTime={group.nextStartAt}>{formatDateTime(group.nextStartAt)}</time>
                ) : (
                  t('manage.noNext')
                )}
              </td>
              <td>
                <Link
                  to={`/manage/groups/${encodeURIComponent(group.id)}/edit`}
                  aria-label={t('manage.editNamed', { name: group.name })}
                >
                  {t('manage.edit')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function ManagedGroups() {
  const [loaded, setLoaded] = useState<Loaded>(null);
  useEffect(() => {
    let active = true;
    api.managedGroups().then(
      (list) => {
        if (active) setLoaded({ list });
      },
      (error: unknown) => {
        if (active) setLoaded({ error: messageFor(error) });
      },
    );
    return () => {
      active = false;
    };
  }, []);

  return (
    <Page title={t('manage.title')} heading={t('manage.heading')}>
      <div className="admin">
        <p>{t('manage.lead')}</p>
        {loaded === null && (
          <p role="status" className="loading">
            {t('app.loading')}
          </p>
        )}
        {loaded && 'error' in loaded && <Alert tone="error">{loaded.error}</Alert>}
        {loaded && 'list' in loaded && (
          <>
            {loaded.list.abilities.create && (
              <p>
                <Link className="button button--primary" to="/manage/groups/new">
                  {t('manage.new')}
                </Link>
              </p>
            )}
            <GroupTable list={loaded.list} />
          </>
        )}
      </div>
    </Page>
  );
}

export function ManageGroupsPage() {
  return (
    <ManageAccess>
      <ManagedGroups />
    </ManageAccess>
  );
}
