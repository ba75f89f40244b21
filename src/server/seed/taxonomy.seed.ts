import type { Kysely } from 'kysely';
import { CATEGORIES } from '../../domain/taxonomy/taxonomy';
import type { Database } from '../db/schema';
import { newId } from '../lib/ids';
import { TaxonomyRepository } from '../repositories/taxonomy.repository';

/** Seeds the topic taxonomy; idempotent, so admins' own additions are kept. */
export async function seedTaxonomy(db: Kysely<Database>): Promise<void> {
  const repo = new TaxonomyRepository(db);
  let position = 0;
  for (const category of CATEGORIES) {
    position += 1;
    await repo.insertCategory({
      id: newId(),
      slug: category.slug,
      position,
      label_en: category.label.en,
      label_es: category.label.es,
    });
    const categoryId = await repo.categoryIdBySlug(category.slug);
    if (categoryId === undefined) continue;
    let topicPosition = 0;
    for (const topic of category.topics) {
      topicPosition += 1;
      await repo.insertTopic({
        id: newId(),
        category_id: categoryId,
        slug: topic.slug,
        position: topicPosition,
        label_en: topic.label.en,
        label_es: topic.label.es,
      });
    }
  }
}
