import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface TopicRecord {
  id: string;
  slug: string;
  categorySlug: string;
  label: { en: string; es: string };
}

export interface CategoryRecord {
  id: string;
  slug: string;
  label: { en: string; es: string };
  topics: TopicRecord[];
}

export class TaxonomyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<CategoryRecord[]> {
    const categories = await this.db
      .selectFrom('category')
      .selectAll()
      .orderBy('position')
      .execute();
    const topics = await this.db.selectFrom('topic').selectAll().orderBy('position').execute();
    return categories.map((c) => ({
      id: c.id,
      slug: c.slug,
      label: { en: c.label_en, es: c.label_es },
      topics: topics
        .filter((t) => t.category_id === c.id)
        .map((t) => ({
          id: t.id,
          slug: t.slug,
          categorySlug: c.slug,
          label: { en: t.label_en, es: t.label_es },
        })),
    }));
  }

  async insertCategory(row: Database['category']): Promise<void> {
    await this.db
      .insertInto('category')
      .values(row)
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
  }

  async insertTopic(row: Database['topic']): Promise<void> {
    await this.db
      .insertInto('topic')
      .values(row)
      .onConflict((oc) => oc.column('slug').doNothing())
      .execute();
  }

  /** Languages that active groups meet in. */
  async activeLanguages(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('group_tag')
      .innerJoin('support_group', 'support_group.id', 'group_tag.group_id')
      .select('group_tag.value')
      .distinct()
      .where('group_tag.kind', '=', 'language')
      .where('support_group.status', '=', 'active')
      .orderBy('group_tag.value')
      .execute();
    return rows.map((r) => r.value);
  }

  async categoryIdBySlug(slug: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('category')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row?.id;
  }

  async nextTopicPosition(categoryId: string): Promise<number> {
    const row = await this.db
      .selectFrom('topic')
      .select((eb) => eb.fn.max<number | string | null>('position').as('max'))
      .where('category_id', '=', categoryId)
      .executeTakeFirst();
    return Number(row?.max ?? 0) + 1;
  }
}
