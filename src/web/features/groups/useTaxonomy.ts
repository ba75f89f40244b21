// Categories and topics for filters, the finder and the editor. The seed taxonomy ships with the
// app, so forms render at once; the server's list (which may add topics) replaces it when it
// arrives. Fetched once per visit.
import { useEffect, useState } from 'react';
import { CATEGORIES } from '../../../domain/taxonomy/taxonomy';
import { api } from '../../api/client';
import type { TaxonomyReply } from '../../api/groupTypes';

const seed: TaxonomyReply = {
  languages: ['en', 'es'],
  categories: CATEGORIES.map((category) => ({
    slug: category.slug,
    label: category.label,
    topics: category.topics.map((topic) => ({ slug: topic.slug, label: topic.label })),
  })),
};

let loaded: TaxonomyReply | null = null;
let pending: Promise<TaxonomyReply> | null = null;

function load(): Promise<TaxonomyReply> {
  pending ??= api.taxonomy().then(
    (reply) => {
      loaded = reply.categories.length > 0 ? reply : seed;
      return loaded;
    },
    () => {
      pending = null; // try again next time; meanwhile the seed list is good enough
      return seed;
    },
  );
  return pending;
}

export function useTaxonomy(): TaxonomyReply {
  const [taxonomy, setTaxonomy] = useState<TaxonomyReply>(loaded ?? seed);
  useEffect(() => {
    if (loaded) return;
    let active = true;
    void load().then((reply) => {
      if (active) setTaxonomy(reply);
    });
    return () => {
      active = false;
    };
  }, []);
  return taxonomy;
}

/** The label of a topic slug in the current taxonomy (the slug itself if unknown). */
export function findTopic(taxonomy: TaxonomyReply, slug: string) {
  for (const category of taxonomy.categories) {
    const topic = category.topics.find((candidate) => candidate.slug === slug);
    if (topic) return topic;
  }
  return undefined;
}
