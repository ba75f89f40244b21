// Each screen's frame: sets document.title and renders its single <h1>. The h1 can take focus
// (tabIndex -1) so Layout can move focus there after a route change.
import { useEffect, type ReactNode } from 'react';
import { t } from '../i18n';

export const pageHeadingId = 'page-heading';

interface PageProps {
  /** Short title for the browser tab ("Sign in" becomes "Sign in · Kindred"). */
  title: string;
  /** The visible h1; defaults to the title. */
  heading?: string;
  /** The heading's language when it differs from the page's (a group named in Spanish). */
  headingLang?: string | undefined;
  children?: ReactNode;
}

export function Page({ title, heading, headingLang, children }: PageProps) {
  useEffect(() => {
    document.title = `${title}${t('app.titleSuffix')}`;
  }, [title]);
  return (
    <>
      <h1 id={pageHeadingId} tabIndex={-1} lang={headingLang}>
        {heading ?? title}
      </h1>
      {children}
    </>
  );
}
