// The guided finder: answers in, ranked groups with plain-language reasons out. Answers are
// never stored.
import { z } from 'zod';
import { groupSummarySchema, languageSchema, timeOfDaySchema } from './groups';

export const finderAnswersSchema = z.object({
  topics: z.array(z.string().max(64)).max(30).default([]),
  forWhom: z.enum(['self', 'someone-else']).default('self'),
  format: z.enum(['in-person', 'online', 'either']).default('either'),
  days: z.array(z.number().int().min(0).max(6)).max(7).default([]),
  timesOfDay: z.array(timeOfDaySchema).max(4).default([]),
  language: z.union([languageSchema, z.literal('')]).default(''),
  preferences: z
    .object({
      womenOnly: z.boolean().optional(),
      menOnly: z.boolean().optional(),
      lgbtq: z.boolean().optional(),
      peerLed: z.boolean().optional(),
      professional: z.boolean().optional(),
      free: z.boolean().optional(),
    })
    .default({}),
  near: z.string().trim().max(100).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  maxMiles: z.number().min(1).max(500).optional(),
  locale: z.enum(['en', 'es']).default('en'),
});
export type FinderAnswersInput = z.input<typeof finderAnswersSchema>;

export const finderReplySchema = z.object({
  matches: z.array(
    z.object({ group: groupSummarySchema, reasons: z.array(z.string()), partial: z.boolean() }),
  ),
  relaxed: z.array(z.string()),
  origin: z.object({ label: z.string(), latitude: z.number(), longitude: z.number() }).nullable(),
  notice: z.string().nullable(),
});
export type FinderReply = z.infer<typeof finderReplySchema>;

export const taxonomyReplySchema = z.object({
  /** ISO 639-1 codes of the languages active groups meet in, for the language filter. */
  languages: z.array(z.string()),
  categories: z.array(
    z.object({
      slug: z.string(),
      label: z.object({ en: z.string(), es: z.string() }),
      topics: z.array(
        z.object({ slug: z.string(), label: z.object({ en: z.string(), es: z.string() }) }),
      ),
    }),
  ),
});
export type TaxonomyReply = z.infer<typeof taxonomyReplySchema>;

export const addTopicBodySchema = z.object({
  categorySlug: z.string().min(1).max(64),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens')
    .max(64),
  labelEn: z.string().trim().min(2).max(80),
  labelEs: z.string().trim().min(2).max(80),
});
