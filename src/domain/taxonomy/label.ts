// A label in every supported locale. Kept as data (not i18n catalog keys) so the server, the
// web app and feeds all read the same words for the same slug.
import type { Locale } from '../schedule/types';

export type Label = Readonly<Record<Locale, string>>;

export interface Option<S extends string = string> {
  slug: S;
  label: Label;
}

export function option<S extends string>(slug: S, en: string, es: string): Option<S> {
  return { slug, label: { en, es } };
}

export function labelOf(entry: { label: Label }, locale: Locale): string {
  return entry.label[locale];
}
