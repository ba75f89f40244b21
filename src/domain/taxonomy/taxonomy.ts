// Entry point for the taxonomy: the data, its types and lookups by slug.
import type { Locale } from '../schedule/types';
import {
  CATEGORIES,
  type Category,
  type CategorySlug,
  type Topic,
  type TopicSlug,
} from './categories';

export * from './attributes';
export * from './categories';
export { deriveFormat } from './group-format';
export { labelOf, type Label, type Option } from './label';

export const TOPICS: readonly Topic[] = CATEGORIES.flatMap((c): readonly Topic[] => c.topics);

const topicIndex = new Map<string, Topic>(TOPICS.map((t) => [t.slug, t]));
const categoryIndex = new Map<string, Category>(CATEGORIES.map((c) => [c.slug, c]));
const categoryOfTopicIndex = new Map<string, Category>(
  CATEGORIES.flatMap((c) => c.topics.map((t: Topic) => [t.slug, c] as const)),
);

export function isTopicSlug(slug: string): slug is TopicSlug {
  return topicIndex.has(slug);
}

export function isCategorySlug(slug: string): slug is CategorySlug {
  return categoryIndex.has(slug);
}

export function topicBySlug(slug: string): Topic | undefined {
  return topicIndex.get(slug);
}

export function categoryBySlug(slug: string): Category | undefined {
  return categoryIndex.get(slug);
}

/** The category a seed topic belongs to (undefined for unknown, e.g. organization-added, slugs). */
export function categoryOfTopic(slug: string): Category | undefined {
  return categoryOfTopicIndex.get(slug);
}

/** Label of any slug in a list of options, falling back to the slug itself. */
export function optionLabel(
  options: readonly { slug: string; label: Readonly<Record<Locale, string>> }[],
  slug: string,
  locale: Locale,
): string {
  return options.find((o) => o.slug === slug)?.label[locale] ?? slug;
}
