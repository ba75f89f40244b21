import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FinderReply, TaxonomyReply } from '../../../contracts/finder';
import type { GroupDetail } from '../../../contracts/groups';
import { CATEGORIES } from '../../../domain/taxonomy/taxonomy';
import { errorPaths, expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, rowCounts, slugs } from './groups.test-helpers';

const petLoss = {
  categorySlug: 'specialized',
  slug: 'pet-loss',
  labelEn: 'Pet loss',
  labelEs: 'Pérdida de mascotas',
};

describe('taxonomy: GET /api/taxonomy and POST /api/admin/topics', () => {
  let ctx: TestContext;
  let admin: TestUser;
  beforeAll(async () => {
    ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const taxonomy = async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/taxonomy' });
    expect(res.statusCode).toBe(200);
    return res.json<TaxonomyReply>();
  };
  const addTopic = (as: TestUser | undefined, payload: object) =>
    ctx.request({ method: 'POST', url: '/api/admin/topics', payload, ...(as ? { as } : {}) });

  it('lists the four seeded categories with their topics, in both languages', async () => {
    const { categories } = await taxonomy();
    expect(categories.map((c) => c.slug)).toEqual([
      'mental-health',
      'substance-use',
      'family-caregivers',
      'specialized',
    ]);
    for (const [i, c] of categories.entries()) {
      const seed = CATEGORIES[i];
      expect(c.label).toEqual(seed?.label);
      expect(c.topics.map((t) => t.slug)).toEqual(seed?.topics.map((t) => t.slug));
      for (const t of c.topics) {
        expect(t.label.en.length).toBeGreaterThan(0);
        expect(t.label.es.length).toBeGreaterThan(0);
      }
    }
    expect(categories[3]?.topics).toContainEqual({
      slug: 'grief-loss',
      label: { en: 'Grief and loss', es: 'Duelo y pérdida' },
    });
  });

  it('refuses people who are not admins: 401 signed out, 403 member and facilitator', async () => {
    const before = await rowCounts(ctx);
    expectProblem(await addTopic(undefined, petLoss), 401, 'unauthenticated');
    expectProblem(await addTopic(await ctx.newUser(), petLoss), 403, 'forbidden');
    const facilitator = await ctx.newUser({ role: 'facilitator' });
    expectProblem(await addTopic(facilitator, petLoss), 403, 'forbidden');
    const after = await rowCounts(ctx);
    // Only the two sign-ups above were written (account, session, audit).
    expect({ ...after, app_user: 0, session: 0, audit_event: 0 }).toEqual({
      ...before,
      app_user: 0,
      session: 0,
      audit_event: 0,
    });
    expect((await taxonomy()).categories[3]?.topics.map((t) => t.slug)).not.toContain('pet-loss');
  });

  it('lets an admin add a topic, last in its category, audited', async () => {
    const res = await addTopic(admin, petLoss);
    expect(res.statusCode, res.body).toBe(201);
    const specialized = res.json<TaxonomyReply>().categories.find((c) => c.slug === 'specialized');
    expect(specialized?.topics.at(-1)).toEqual({
      slug: 'pet-loss',
      label: { en: 'Pet loss', es: 'Pérdida de mascotas' },
    });
    expect((await taxonomy()).categories[3]?.topics.at(-1)?.slug).toBe('pet-loss');
    const events = await ctx.db
      .selectFrom('audit_event')
      .select(['actor_id', 'subject_type', 'subject_id'])
      .where('action', '=', 'taxonomy.topic_added')
      .execute();
    expect(events).toEqual([{ actor_id: admin.id, subject_type: 'topic', subject_id: 'pet-loss' }]);
  });

  it('makes the new topic usable in groups, filters, search and the finder', async () => {
    const g = await createGroup(ctx, admin, {
      slug: 'pet-loss-circle',
      description: 'For anyone missing a companion animal.',
      topics: ['pet-loss'],
    });
    expect(g.topics).toEqual([{ slug: 'pet-loss', label: 'Pet loss' }]);
    expect(g.categories.map((c) => c.slug)).toEqual(['specialized']);
    const es = await ctx.request({ method: 'GET', url: '/api/groups/pet-loss-circle?lang=es' });
    expect(es.json<GroupDetail>().topics).toEqual([
      { slug: 'pet-loss', label: 'Pérdida de mascotas' },
    ]);
    expect(await slugs(ctx, 'topic=pet-loss')).toEqual(['pet-loss-circle']);
    expect(await slugs(ctx, 'category=specialized')).toEqual(['pet-loss-circle']);
    expect(await slugs(ctx, 'q=mascotas')).toEqual(['pet-loss-circle']);
    const finder = await ctx.request({
      method: 'POST',
      url: '/api/finder',
      payload: { topics: ['pet-loss'], locale: 'es' },
    });
    const match = finder.json<FinderReply>().matches[0];
    expect(match?.group.slug).toBe('pet-loss-circle');
    expect(match?.reasons).toContain('sobre pérdida de mascotas');
  });

  it.each([
    ['a seeded topic', { ...petLoss, slug: 'anxiety' }, 'slug'],
    ['a topic added before', petLoss, 'slug'],
    [
      'an unknown category',
      { ...petLoss, slug: 'new-topic', categorySlug: 'astrology' },
      'categorySlug',
    ],
    ['a slug with spaces', { ...petLoss, slug: 'Pet Loss' }, 'slug'],
    ['an empty category', { ...petLoss, slug: 'new-topic', categorySlug: '' }, 'categorySlug'],
    ['a one-letter label', { ...petLoss, slug: 'new-topic', labelEs: 'P' }, 'labelEs'],
  ])('refuses %s: 400 naming the field, nothing written', async (_, payload, path) => {
    const before = await rowCounts(ctx);
    const res = await addTopic(admin, payload);
    expectProblem(res, 400, 'validation_failed');
    expect(errorPaths(res)).toEqual([path]);
    expect(await rowCounts(ctx)).toEqual(before);
  });
});

describe('taxonomy languages', () => {
  it('lists the languages active groups meet in, and only those', async () => {
    const ctx = await createTestContext({ config: { rateLimits: relaxedRateLimits } });
    try {
      const admin = await ctx.newUser({ role: 'admin' });
      await createGroup(ctx, admin, { languages: ['es', 'en'] });
      await createGroup(ctx, admin, { languages: ['pl'] });
      await createGroup(ctx, admin, { languages: ['de'], status: 'archived' });
      const res = await ctx.request({ method: 'GET', url: '/api/taxonomy' });
      expect(res.json<TaxonomyReply>().languages).toEqual(['en', 'es', 'pl']);
    } finally {
      await ctx.close();
    }
  });
});
