import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { OrganizationProvider } from './features/organization/OrganizationContext';
import { SessionProvider } from './features/session/SessionContext';
import { createRouter } from './routes';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('Missing #root element');

const router = createRouter();

createRoot(container).render(
  <StrictMode>
    <SessionProvider>
      <OrganizationProvider>
        <RouterProvider router={router} />
      </OrganizationProvider>
    </SessionProvider>
  </StrictMode>,
);
