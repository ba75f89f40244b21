// The development outbox: emails Kindred "sent" when no mail server is configured.
import type { OutboxMessage } from '../../../contracts/admin';
import { api } from '../../api/client';
import { Page } from '../../components/Page';
import { formatDateTime } from '../../features/admin/formatDate';
import { ListStatus, LoadMore } from '../../features/admin/LoadMore';
import { usePagedList, type PageOf } from '../../features/admin/usePagedList';
import { t } from '../../i18n';
import { RequireAbility } from './AdminLayout';

async function fetchOutbox(cursor: string | null): Promise<PageOf<OutboxMessage>> {
  const page = await api.outbox(cursor);
  return { items: page.messages, nextCursor: page.nextCursor };
}

function OutboxList() {
  const list = usePagedList(fetchOutbox);
  return (
    <>
      <ListStatus list={list} />
      {list.items.length > 0 && (
        <ol className="message-list">
          {list.items.map((message) => (
            <li key={message.id}>
              <article className="message" aria-labelledby={`message-${message.id}`}>
                <h2 id={`message-${message.id}`}>{message.subject}</h2>
                <dl className="details details--inline">
                  <dt>{t('outbox.to')}</dt>
                  <dd>{message.to}</dd>
                  <dt>{t('outbox.sent')}</dt>
                  <dd>
                    <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                  </dd>
                </dl>
                <pre className="message__text">{message.text}</pre>
              </article>
            </li>
          ))}
        </ol>
      )}
      <LoadMore list={list} />
    </>
  );
}

export function OutboxPage() {
  return (
    <RequireAbility ability="readOutbox">
      <Page title={t('outbox.title')} heading={t('outbox.heading')}>
        <p>{t('outbox.lead')}</p>
        <OutboxList />
      </Page>
    </RequireAbility>
  );
}
