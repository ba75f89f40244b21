import { describe, expect, it } from 'vitest';
import {
  ACCESSIBILITY_FEATURES,
  ATTENDANCE_OPTIONS,
  AUDIENCES,
  CATEGORIES,
  COST_OPTIONS,
  FORMATS,
  LEADERSHIP_MODELS,
  TOPICS,
  categoryOfTopic,
  deriveFormat,
  isTopicSlug,
  labelOf,
  optionLabel,
  topicBySlug,
} from './taxonomy';

const slugs = (list: readonly { slug: string }[]) => list.map((x) => x.slug);

describe('seed taxonomy', () => {
  it('has the agreed categories and topic slugs (slugs are stored: never change them)', () => {
    expect(Object.fromEntries(CATEGORIES.map((c) => [c.slug, slugs(c.topics)]))).toEqual({
      'mental-health': [
        'anxiety',
        'depression',
        'bipolar',
        'trauma-ptsd',
        'ocd',
        'eating-disorders',
        'psychosis',
        'emotional-support',
      ],
      'substance-use': [
        'twelve-step',
        'secular-mutual-help',
        'harm-reduction',
        'dual-diagnosis',
        'gambling-behaviours',
      ],
      'family-caregivers': [
        'families-addiction',
        'families-mental-illness',
        'caregivers-chronic-illness-dementia',
        'parents',
      ],
      specialized: [
        'grief-loss',
        'suicide-loss',
        'chronic-illness-pain',
        'divorce',
        'new-parents',
        'retirement',
        'job-loss',
        'moving',
        'veterans',
      ],
    });
  });

  it('has the agreed attribute slugs', () => {
    expect(slugs(LEADERSHIP_MODELS)).toEqual(['professional', 'peer', 'self-guided']);
    expect(slugs(ATTENDANCE_OPTIONS)).toEqual([
      'open',
      'shared-experience',
      'family-friends',
      'members-only',
    ]);
    expect(slugs(AUDIENCES)).toEqual([
      'adults',
      'young-adults',
      'teens',
      'women',
      'men',
      'lgbtq',
      'veterans',
      'older-adults',
      'bipoc',
      'parents',
    ]);
    expect(slugs(ACCESSIBILITY_FEATURES)).toEqual([
      'wheelchair',
      'asl',
      'captions',
      'fragrance-free',
      'child-care',
      'hearing-loop',
      'large-print',
    ]);
    expect(slugs(COST_OPTIONS)).toEqual(['free', 'donation', 'sliding-scale', 'fee']);
    expect(slugs(FORMATS)).toEqual(['in-person', 'online', 'hybrid']);
  });

  it('uses URL-safe, unique slugs and labels every entry in English and Spanish', () => {
    const lists = [
      CATEGORIES,
      TOPICS,
      LEADERSHIP_MODELS,
      ATTENDANCE_OPTIONS,
      AUDIENCES,
      ACCESSIBILITY_FEATURES,
      COST_OPTIONS,
      FORMATS,
    ];
    for (const list of lists) {
      expect(new Set(slugs(list)).size).toBe(list.length);
      for (const entry of list) {
        expect(entry.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(entry.label.en.trim(), entry.slug).not.toBe('');
        expect(entry.label.es.trim(), entry.slug).not.toBe('');
      }
    }
    for (const t of TOPICS) expect(t.forWhom.en, t.slug).toMatch(/^for /);
    for (const t of TOPICS) expect(t.forWhom.es, t.slug).toMatch(/^para /);
  });

  it('maps attributes to Meeting Guide codes where the meaning matches', () => {
    const code = (list: readonly { slug: string; meetingGuide?: string }[], slug: string) =>
      list.find((o) => o.slug === slug)?.meetingGuide;
    expect(code(ATTENDANCE_OPTIONS, 'open')).toBe('O');
    expect(code(ATTENDANCE_OPTIONS, 'shared-experience')).toBe('C');
    expect(code(ATTENDANCE_OPTIONS, 'members-only')).toBeUndefined();
    expect(code(AUDIENCES, 'women')).toBe('W');
    expect(code(ACCESSIBILITY_FEATURES, 'wheelchair')).toBe('X');
  });

  it('looks topics and categories up by slug', () => {
    expect(topicBySlug('grief-loss')?.label).toEqual({
      en: 'Grief and loss',
      es: 'Duelo y pérdida',
    });
    expect(categoryOfTopic('grief-loss')?.slug).toBe('specialized');
    expect(categoryOfTopic('parents')?.slug).toBe('family-caregivers');
    expect(categoryOfTopic('knitting')).toBeUndefined();
    expect(isTopicSlug('ocd')).toBe(true);
    expect(isTopicSlug('mental-health')).toBe(false);
    expect(labelOf(FORMATS[1], 'es')).toBe('En línea');
    expect(optionLabel(COST_OPTIONS, 'sliding-scale', 'en')).toBe('Sliding scale');
    expect(optionLabel(COST_OPTIONS, 'barter', 'en')).toBe('barter');
  });
});

describe('deriveFormat', () => {
  it.each([
    [[], null],
    [['in-person'], 'in-person'],
    [['online', 'online'], 'online'],
    [['in-person', 'online'], 'hybrid'],
    [['in-person', 'hybrid'], 'hybrid'],
    [['hybrid'], 'hybrid'],
  ] as const)('%j → %s', (modes, expected) => {
    expect(deriveFormat(modes.map((mode) => ({ mode })))).toBe(expected);
  });
});
