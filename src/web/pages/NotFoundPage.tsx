import { Link } from 'react-router';
import { Page } from '../components/Page';
import { t } from '../i18n';

export function NotFoundPage() {
  return (
    <Page title={t('notFound.title')} heading={t('notFound.heading')}>
      <p>{t('notFound.body')}</p>
      <ul className="link-list">
        <li>
          <Link to="/">{t('notFound.home')}</Link>
        </li>
        <li>
          <a href="/help">{t('notFound.help')}</a>
        </li>
      </ul>
    </Page>
  );
}
