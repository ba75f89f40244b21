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

/**
 * One of the organization's public contact fields (published as the Meeting Guide feed's
 * entity_*). Trimmed; an empty string or null clears it (stored as null, left out of the feed),
 * so a form sends an emptied input as it is and an API client may send null. Omitting the field
 * leaves it unchanged, as for every other setting.
 */
function clearable(max: number, isValid: (value: string) => boolean, message: string) {
  return z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .refine((v) => v === '' || isValid(v), message)
    .transform((v) => (v === '' ? null : v))
    .nullable();
}

const isEmail = (v: string) => z.email().safeParse(v).success;
/** Written out in full ("https://…", no spaces): the feed passes it on as it is, as entity_url. */
const isHttpsUrl = (v: string) =>
  /^https:\/\/\S+$/i.test(v) && z.url({ protocol: /^https$/ }).safeParse(v).success;

/**
 * A phone number as people write it ("+1 (630) 555-0142"): the dial-in rule of
 * contracts/groups.ts without `*` and `#`, which only key in meeting ids. At least 7 digits,
 * since the feed keeps digits and `+,` only and drops a number shorter than any real one.
 */
const isContactPhone = (v: string) =>
  /^\+?[0-9 ().,-]+$/.test(v) && (v.match(/[0-9]/g)?.length ?? 0) >= 7;

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
  locale: localeSchema,
  crisisResources: crisisResourcesByLocaleSchema,
  /** Public contact; absent when not set. */
  contactEmail: z.string().optional(),
  contactPhone: z.string().optional(),
  /** The organization's own website, the feed's entity_url (else PUBLIC_URL's origin). */
  website: z.string().optional(),
  updatedAt: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const updateOrganizationBodySchema = z
  .object({
    name: z.string().trim().min(2, 'Use at least 2 characters').max(120),
    timeZone: timeZoneSchema,
    locale: localeSchema,
    crisisResources: crisisResourcesByLocaleSchema,
    contactEmail: clearable(254, isEmail, 'Enter a valid email address'),
    contactPhone: clearable(
      40,
      isContactPhone,
      'Use a phone number with at least 7 digits, like +1 (630) 555-0142',
    ),
    website: clearable(500, isHttpsUrl, 'Use an https:// link'),
  })
  .partial();
export type UpdateOrganizationBody = z.input<typeof updateOrganizationBodySchema>;
/** The body as validated: trimmed, with cleared contact fields as null. */
export type OrganizationChanges = z.output<typeof updateOrganizationBodySchema>;

/** What anyone, signed in or not, may know about the organization. */
export const publicOrganizationSchema = z.object({
  name: z.string(),
  locale: localeSchema,
  /** Default zone for new schedules and for showing times. */
  timeZone: z.string(),
});
