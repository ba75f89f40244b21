import { z } from 'zod';
import { isValidTimeZone } from '../domain/time-zone';

export const locales = ['en', 'es'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const crisisResourceSchema = z.object({
  name: z.string().trim().min(1, 'Give the resource a name').max(120),
  description: z.string().trim().max(500).default(''),
  /** Digits and + only, as dialled; shown as a tel: link. */
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9]{3,15}$/, 'Use digits only, for example 988 or 18006624357')
    .optional(),
  /** Number to text, with an optional keyword ("text HOME to 741741"). */
  sms: z
    .string()
    .trim()
    .regex(/^[0-9]{3,15}$/, 'Use digits only')
    .optional(),
  smsKeyword: z.string().trim().max(20).optional(),
  url: z
    .url({ protocol: /^https$/, error: 'Use an https:// link' })
    .max(500)
    .optional(),
});
export type CrisisResource = z.infer<typeof crisisResourceSchema>;
export type CrisisResourceInput = z.input<typeof crisisResourceSchema>;

export const crisisResourcesByLocaleSchema = z.object({
  en: z.array(crisisResourceSchema).max(20),
  es: z.array(crisisResourceSchema).max(20),
});
export type CrisisResourcesByLocale = z.infer<typeof crisisResourcesByLocaleSchema>;

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isValidTimeZone, 'Choose a time zone such as America/Chicago');

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  locale: localeSchema,
  crisisResources: crisisResourcesByLocaleSchema,
  updatedAt: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const updateOrganizationBodySchema = z
  .object({
    name: z.string().trim().min(2, 'Use at least 2 characters').max(120),
    timeZone: timeZoneSchema,
    locale: localeSchema,
    crisisResources: crisisResourcesByLocaleSchema,
  })
  .partial();
export type UpdateOrganizationBody = z.input<typeof updateOrganizationBodySchema>;

/** What anyone, signed in or not, may know about the organization. */
export const publicOrganizationSchema = z.object({
  name: z.string(),
  locale: localeSchema,
  /** Default zone for new schedules and for showing times. */
  timeZone: z.string(),
});
