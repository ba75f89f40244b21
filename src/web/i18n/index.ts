// A tiny message lookup. English only for now; to add Spanish, write es.ts with the same keys
// (typed as Catalog) and add it to `catalogs`.
import { en, type MessageKey } from './en';

export type { MessageKey };
export type Catalog = Record<MessageKey, string>;
export type AppLocale = 'en';

const catalogs: Record<AppLocale, Catalog> = { en };
const current: AppLocale = 'en';

/** Locales content (taxonomy labels, schedule wording) can be shown in. */
export type ContentLocale = 'en' | 'es';

/** The locale the app is shown in (also picks taxonomy labels and schedule wording). */
export function currentLocale(): ContentLocale {
  return current;
}

/** The message for `key`, with `{placeholder}`s filled from `vars`. */
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const message = catalogs[current][key];
  if (vars === undefined) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
