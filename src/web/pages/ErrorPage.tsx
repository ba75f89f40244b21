// Shown if a screen throws while rendering. Deliberately simple: it must not fail itself.
import { Page } from '../components/Page';
import { t } from '../i18n';

export function ErrorPage() {
  return (
    <main id="main" className="site-main">
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
    </main>
  );
}
