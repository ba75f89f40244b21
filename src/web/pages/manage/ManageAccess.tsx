// Guards the group management screens: signed-out visitors go to sign in (and come back);
// members see a friendly explanation.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { RequireSignIn } from '../../features/session/RequireSignIn';
import { useSession } from '../../features/session/SessionContext';
import { t } from '../../i18n';

function NoAccess() {
  return (
    <Page title={t('manage.noAccessTitle')} heading={t('manage.noAccessHeading')}>
      <p>{t('manage.noAccessBody')}</p>
      <p>
        <Link to="/groups">{t('group.browse')}</Link>
      </p>
    </Page>
  );
}

function Gate({ children }: { children: ReactNode }) {
  const { session } = useSession();
  return session.abilities.manageGroups ? children : <NoAccess />;
}

export function ManageAccess({ children }: { children: ReactNode }) {
  return <RequireSignIn>{() => <Gate>{children}</Gate>}</RequireSignIn>;
}
