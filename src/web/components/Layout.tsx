// The frame around every screen: skip link, header, main, footer. After a client-side route
// change it moves focus to the new page's h1 so screen readers announce where you are.
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { t } from '../i18n';
import { Header } from './Header';
import { pageHeadingId } from './Page';
import { mainId, SkipLink } from './SkipLink';

function useFocusOnNavigation(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return; // first render: leave focus where the browser put it
    previous.current = pathname;
    const target = document.getElementById(pageHeadingId) ?? document.getElementById(mainId);
    target?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
}

export function Layout() {
  useFocusOnNavigation();
  return (
    <>
      <SkipLink />
      <Header />
      <main id={mainId} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <a href="/help">{t('app.footerHelp')}</a>
        </p>
      </footer>
    </>
  );
}
