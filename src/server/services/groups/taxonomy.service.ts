import type { TaxonomyReply } from '../../../contracts/finder';
import { AppError } from '../../errors';
import { newId } from '../../lib/ids';
import type { Actor } from '../../policies/actor';
import { authorize, requireUser } from '../../policies/authorize';
import { organizationPolicy } from '../../policies/organization.policy';
import { createRepositories } from '../../repositories/index';
import { writeAudit } from '../audit-writer';
import type { ServiceContext } from '../context';
import type { DirectoryCaches } from './directory-caches';

/** The topic taxonomy: seeded, and extended by organization admins. */
export class TaxonomyService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly caches: DirectoryCaches,
  ) {}

  async list(): Promise<TaxonomyReply> {
    const categories = await this.ctx.repos.taxonomy.list();
    return {
      languages: await this.ctx.repos.taxonomy.activeLanguages(),
      categories: categories.map((c) => ({
        slug: c.slug,
        label: c.label,
        topics: c.topics.map((t) => ({ slug: t.slug, label: t.label })),
      })),
    };
  }

  async addTopic(
    actor: Actor,
    input: { categorySlug: string; slug: string; labelEn: string; labelEs: string },
  ): Promise<TaxonomyReply> {
    authorize(actor, organizationPolicy.manageSettings);
    const me = requireUser(actor);
    const { db, repos, clock } = this.ctx;
    const categoryId = await repos.taxonomy.categoryIdBySlug(input.categorySlug);
    if (categoryId === undefined) {
      throw new AppError('validation_failed', 'categorySlug: Choose a category', [
        { path: 'categorySlug', message: 'Choose a category' },
      ]);
    }
    const existing = (await repos.taxonomy.list()).some((c) =>
      c.topics.some((t) => t.slug === input.slug),
    );
    if (existing) {
      throw new AppError('validation_failed', 'slug: This topic already exists', [
        { path: 'slug', message: 'This topic already exists' },
      ]);
    }
    const now = clock.now();
    await db.transaction().execute(async (trx) => {
      const tx = createRepositories(trx);
      await tx.taxonomy.insertTopic({
        id: newId(),
        category_id: categoryId,
        slug: input.slug,
        position: await tx.taxonomy.nextTopicPosition(categoryId),
        label_en: input.labelEn,
        label_es: input.labelEs,
      });
      await writeAudit(tx, now, {
        action: 'taxonomy.topic_added',
        actor,
        organizationId: me.organizationId,
        subject: { type: 'topic', id: input.slug },
      });
    });
    this.caches.taxonomy.invalidate();
    return this.list();
  }
}
