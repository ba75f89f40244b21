// Shown inside the layout if a screen throws while rendering. Deliberately simple.
import { Page } from '../components/Page';
import { t } from '../i18n';

export function ErrorPage() {
  return (
    <Page title={t('error.crashTitle')}>
      <p>{t('error.crashBody')}</p>
      <ul className="link-list">
        <li>
          <a href={window.location.pathname}>{t('error.reload')}</a>
        </li>
        <li>
          <a href="/help">{t('app.getHelp')}</a>
        </li>
      </ul>
    </Page>
  );
}
