// Renders its children only for a signed-in person; otherwise sends them to sign in and back.
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { User } from '../../../contracts/auth';
import { t } from '../../i18n';
import { useSession } from './SessionContext';

export function RequireSignIn({ children }: { children: (user: User) => ReactNode }) {
  const { ready, session } = useSession();
  const location = useLocation();
  if (!ready) {
    return (
      <p role="status" className="loading">
        {t('app.loading')}
      </p>
    );
  }
  if (session.user === null) {
    return (
      <Navigate to="/signin" replace state={{ flash: 'signInNeeded', from: location.pathname }} />
    );
  }
  return children(session.user);
}
