import { Link } from 'react-router';
import { Page } from '../components/Page';
import { useOrganizationName } from '../features/organization/OrganizationContext';
import { useSession } from '../features/session/SessionContext';
import { t } from '../i18n';

export function HomePage() {
  const { name } = useOrganizationName();
  const { session } = useSession();
  return (
    <Page title={t('home.title')} heading={t('home.heading', { name: name ?? t('app.name') })}>
      <p className="lead">{t('home.lead')}</p>
      <p>{t('home.what')}</p>

      <section aria-labelledby="home-find">
        <h2 id="home-find">{t('home.findTitle')}</h2>
        <p>{t('home.findLead')}</p>
        <ul className="actions">
          <li>
            <Link className="button button--primary" to="/groups">
              {t('home.browse')}
            </Link>
          </li>
          <li>
            <Link
              className="button button--secondary"
              to="/find"
              aria-describedby="home-help-choose-hint"
            >
              {t('home.helpChoose')}
            </Link>
          </li>
        </ul>
        <p id="home-help-choose-hint" className="field__hint">
          {t('home.helpChooseHint')}
        </p>
      </section>

      <section aria-labelledby="home-start">
        <h2 id="home-start">{t('home.start')}</h2>
        {session.user ? (
          <p>
            <Link className="button button--primary" to="/account">
              {t('home.yourAccount')}
            </Link>
          </p>
        ) : (
          <ul className="actions">
            <li>
              <Link className="button button--primary" to="/signup">
                {t('home.createAccount')}
              </Link>
            </li>
            <li>
              <Link className="button button--secondary" to="/signin">
                {t('home.haveAccount')}
              </Link>
            </li>
          </ul>
        )}
      </section>

      <p>
        {t('home.helpNote')} <a href="/help">{t('home.helpLink')}</a>.
      </p>
    </Page>
  );
}
