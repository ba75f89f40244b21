// Every screen and its address. The admin area is loaded on demand so that people who never
// open it do not download it. /help is not here: the server renders it (it works without JS).
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { Layout } from './components/Layout';
import { AccountPage } from './pages/AccountPage';
import { ErrorPage } from './pages/ErrorPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SignInPage } from './pages/SignInPage';
import { SignUpPage } from './pages/SignUpPage';
import { t } from './i18n';

function Loading() {
  return (
    <p role="status" className="loading">
      {t('app.loading')}
    </p>
  );
}

const adminRoutes: RouteObject = {
  path: 'admin',
  lazy: async () => ({ Component: (await import('./pages/admin/AdminLayout')).AdminLayout }),
  children: [
    { index: true, element: <Navigate to="settings" replace /> },
    {
      path: 'settings',
      lazy: async () => ({ Component: (await import('./pages/admin/SettingsPage')).SettingsPage }),
    },
    {
      path: 'people',
      lazy: async () => ({ Component: (await import('./pages/admin/PeoplePage')).PeoplePage }),
    },
    {
      path: 'import',
      lazy: async () => ({ Component: (await import('./pages/admin/ImportPage')).ImportPage }),
    },
    {
      path: 'outbox',
      lazy: async () => ({ Component: (await import('./pages/admin/OutboxPage')).OutboxPage }),
    },
    {
      path: 'audit',
      lazy: async () => ({ Component: (await import('./pages/admin/AuditPage')).AuditPage }),
    },
  ],
};

// The directory, finder and group pages share one chunk (they need the schedule and time-zone
// code); management is separate, for the few who edit groups.
const groupRoutes: RouteObject[] = [
  {
    path: 'groups',
    lazy: async () => ({ Component: (await import('./pages/GroupsPage')).GroupsPage }),
  },
  {
    path: 'groups/:slug',
    lazy: async () => ({ Component: (await import('./pages/GroupPage')).GroupPage }),
  },
  {
    path: 'find',
    lazy: async () => ({ Component: (await import('./pages/FinderPage')).FinderPage }),
  },
];

const manageRoutes: RouteObject = {
  path: 'manage/groups',
  children: [
    {
      index: true,
      lazy: async () => ({
        Component: (await import('./pages/manage/ManageGroupsPage')).ManageGroupsPage,
      }),
    },
    {
      path: 'new',
      lazy: async () => ({
        Component: (await import('./pages/manage/GroupEditorPage')).NewGroupPage,
      }),
    },
    {
      path: ':id/edit',
      lazy: async () => ({
        Component: (await import('./pages/manage/GroupEditorPage')).EditGroupPage,
      }),
    },
  ],
};

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    HydrateFallback: Loading,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'signup', element: <SignUpPage /> },
          { path: 'signin', element: <SignInPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'account', element: <AccountPage /> },
          ...groupRoutes,
          manageRoutes,
          adminRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
