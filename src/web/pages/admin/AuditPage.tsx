// The audit log: who did what, when, from where.
import type { AuditEvent } from '../../../contracts/admin';
import { api } from '../../api/client';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../features/admin/formatDate';
import { ListStatus, LoadMore } from '../../features/admin/LoadMore';
import { TableRegion } from '../../features/admin/TableRegion';
import { usePagedList, type PageOf } from '../../features/admin/usePagedList';
import { t } from '../../i18n';
import { RequireAbility } from './AdminLayout';

async function fetchEvents(cursor: string | null): Promise<PageOf<AuditEvent>> {
  const page = await api.auditEvents(cursor);
  return { items: page.events, nextCursor: page.nextCursor };
}

function subjectOf(event: AuditEvent): string {
  return [event.subjectType, event.subjectId].filter(Boolean).join(' ');
}

function AuditTable() {
  const list = usePagedList(fetchEvents);
  return (
    <>
      <ListStatus list={list} />
      {list.items.length > 0 && (
        <TableRegion label={t('audit.caption')}>
          <table>
            <caption>{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.col.when')}</th>
                <th scope="col">{t('audit.col.action')}</th>
                <th scope="col">{t('audit.col.actor')}</th>
                <th scope="col">{t('audit.col.subject')}</th>
                <th scope="col">{t('audit.col.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((event) => (
                <tr key={event.id}>
                  <td>
                    <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                  </td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>{event.actorDisplayName ?? t('audit.system')}</td>
                  <td className="cell--wrap">{subjectOf(event)}</td>
                  <td>{event.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <LoadMore list={list} />
    </>
  );
}

export function AuditPage() {
  return (
    <RequireAbility ability="readAuditLog">
      <Page title={t('audit.title')} heading={t('audit.heading')}>
        <AuditTable />
      </Page>
    </RequireAbility>
  );
}
