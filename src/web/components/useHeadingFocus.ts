// For screens that load before they can show their h1: Layout focused <main> after the route
// change (there was no heading yet); once the content is ready, focus moves to the heading so
// screen readers announce the page. A first page load is left alone.
import { useEffect } from 'react';
import { pageHeadingId } from './Page';
import { mainId } from './SkipLink';

export function useHeadingFocus(ready: boolean): void {
  useEffect(() => {
    if (ready && document.activeElement?.id === mainId) {
      document.getElementById(pageHeadingId)?.focus();
    }
  }, [ready]);
}
