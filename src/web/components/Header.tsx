// The site header: name, the always-present "Get help now" link, the group links and account
// links.
import { Link, NavLink } from 'react-router';
import { useOrganizationName } from '../features/organization/OrganizationContext';
import { useSession } from '../features/session/SessionContext';
import { useSignOut } from '../features/session/useSignOut';
import { t } from '../i18n';
import { Button } from './Button';

function AccountLinks() {
  const { session } = useSession();
  const { signOut, busy } = useSignOut();
  const user = session.user;
  if (!user) {
    return (
      <>
        <li>
          <NavLink to="/signin">{t('app.signIn')}</NavLink>
        </li>
        <li>
          <NavLink to="/signup">{t('app.signUp')}</NavLink>
        </li>
      </>
    );
  }
  return (
    <>
      <li>
        <NavLink to="/account" aria-label={t('app.signedInAs', { name: user.displayName })}>
          {user.displayName}
        </NavLink>
      </li>
      {session.abilities.manageGroups && (
        <li>
          <NavLink to="/manage/groups">{t('app.manageGroups')}</NavLink>
        </li>
      )}
      {session.abilities.manageOrganization && (
        <li>
          <NavLink to="/admin">{t('app.admin')}</NavLink>
        </li>
      )}
      <li>
        <Button
          variant="quiet"
          busy={busy}
          onClick={() => {
            void signOut();
          }}
        >
          {t('app.signOut')}
        </Button>
      </li>
    </>
  );
}

export function Header() {
  const { ready } = useSession();
  const { name } = useOrganizationName();

  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to="/" className="site-header__brand">
          {name ?? t('app.name')}
        </Link>
        {/* A plain link on purpose: /help is server-rendered and must work without the app. */}
        <a href="/help" className="help-link">
          {t('app.getHelp')}
        </a>
        <nav aria-label={t('app.mainNav')} className="site-nav">
          <ul className="site-nav__list">
            <li>
              <NavLink to="/groups">{t('app.groups')}</NavLink>
            </li>
            <li>
              <NavLink to="/find">{t('app.findGroup')}</NavLink>
            </li>
            {ready && <AccountLinks />}
          </ul>
        </nav>
      </div>
    </header>
  );
}
