// The admin area: only for people who may manage the organization. Signed-out visitors are
// sent to sign in; others see a friendly "no access" page.
import { Link, NavLink, Outlet } from 'react-router';
import type { Abilities } from '../../../contracts/auth';
import { Page } from '../../components/Page';
import { RequireSignIn } from '../../features/session/RequireSignIn';
import { useSession } from '../../features/session/SessionContext';
import { t, type MessageKey } from '../../i18n';

const sections: { to: string; label: MessageKey; ability: keyof Abilities }[] = [
  { to: '/admin/settings', label: 'admin.settings', ability: 'manageOrganization' },
  { to: '/admin/people', label: 'admin.people', ability: 'managePeople' },
  { to: '/admin/import', label: 'admin.import', ability: 'manageOrganization' },
  { to: '/admin/outbox', label: 'admin.outbox', ability: 'readOutbox' },
  { to: '/admin/audit', label: 'admin.audit', ability: 'readAuditLog' },
];

function NoAccess() {
  return (
    <Page title={t('admin.noAccessTitle')} heading={t('admin.noAccessHeading')}>
      <p>{t('admin.noAccessBody')}</p>
      <p>
        <Link to="/account">{t('admin.backToAccount')}</Link>
      </p>
    </Page>
  );
}

function AdminArea() {
  const { abilities } = useSession().session;
  if (!abilities.manageOrganization) return <NoAccess />;
  return (
    <div className="admin">
      <nav aria-label={t('admin.nav')} className="admin-nav">
        <ul>
          {sections
            .filter((section) => abilities[section.ability])
            .map((section) => (
              <li key={section.to}>
                <NavLink to={section.to}>{t(section.label)}</NavLink>
              </li>
            ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}

/** Guards a single admin screen that needs one more ability than the area itself. */
export function RequireAbility({
  ability,
  children,
}: {
  ability: keyof Abilities;
  children: React.ReactNode;
}) {
  const { abilities } = useSession().session;
  return abilities[ability] ? children : <NoAccess />;
}

export function AdminLayout() {
  return <RequireSignIn>{() => <AdminArea />}</RequireSignIn>;
}
