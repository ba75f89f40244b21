// The HTML shell of /groups/:slug carries the group's title, description and Open Graph tags,
// so a shared link previews well even though the page itself renders in the browser.
import { escapeHtml } from '../help/help-page';

export interface PageMeta {
  title: string;
  description: string;
  url: string;
  alternates?: { type: string; title: string; href: string }[];
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
  ].join('\n    ');
  return indexHtml
    .replace(/<title>[^<]*<\/title>/, '')
    .replace(/<meta\s+name="description"[^>]*\/>/s, '')
    .replace('</head>', `    ${tags}\n  </head>`);
}
