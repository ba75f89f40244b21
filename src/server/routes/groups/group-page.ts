// The HTML shell of /groups/:slug carries the group's title, description and Open Graph tags,
// so a shared link previews well even though the page itself renders in the browser.
import { jsonLdScript } from '../../interop/schema-org/json-ld-script';
import { escapeHtml } from '../help/help-page';

export interface PageMeta {
  title: string;
  description: string;
  url: string;
  alternates?: { type: string; title: string; href: string }[];
  /** schema.org JSON-LD, written as an inert data block. */
  structuredData?: unknown;
}

export function injectMeta(indexHtml: string, meta: PageMeta): string {
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(meta.url)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(meta.url)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    ...(meta.alternates ?? []).map(
      (a) =>
        `<link rel="alternate" type="${escapeHtml(a.type)}" title="${escapeHtml(a.title)}" href="${escapeHtml(a.href)}" />`,
    ),
    ...(meta.structuredData === undefined ? [] : [jsonLdScript(meta.structuredData)]),
  ].join('\n    ');
  return (
    indexHtml
      .replace(/<title>[^<]*<\/title>/, '')
      .replace(/<meta\s+name="description"[^>]*\/>/s, '')
      // A function, so "$&" or "$'" in a group's text is never read as a replacement pattern.
      .replace('</head>', () => `    ${tags}\n  </head>`)
  );
}
