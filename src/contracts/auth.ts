// Accounts: sign-up, sign-in, sign-out, session and password reset. Shared by the server
// (validation + OpenAPI) and the web app (types + form checks).
import { z } from 'zod';

export const roles = ['admin', 'facilitator', 'member'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'Email is too long')
  .pipe(z.email({ error: 'Enter a valid email address' }))
  .transform((v) => v.toLowerCase());

/** NIST 800-63B: length over composition rules; a generous maximum keeps hashing bounded. */
export const passwordSchema = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(256, 'Use at most 256 characters');

/**
 * A display name, never a full name: first name + last initial ("Sam R.") or a pseudonym.
 * Letters, digits, spaces and light punctuation only; no email addresses or phone numbers.
 */
export const displayNameSchema = z
  .string()
  .trim()
  .min(2, 'Use at least 2 characters')
  .max(40, 'Use at most 40 characters')
  .refine((v) => !v.includes('@'), 'A display name cannot be an email address')
  .refine((v) => !/\d[\d\s().-]{6,}\d/.test(v), 'A display name cannot be a phone number')
  .refine((v) => /^[\p{L}\p{M}\p{N} .'’_-]+$/u.test(v), "Use letters, numbers, spaces and . ' - _");

export const signUpBodySchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});
export type SignUpBody = z.input<typeof signUpBodySchema>;

export const signInBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(256),
});
export type SignInBody = z.input<typeof signInBodySchema>;

export const resetRequestBodySchema = z.object({ email: emailSchema });
export type ResetRequestBody = z.input<typeof resetRequestBodySchema>;

export const resetConfirmBodySchema = z.object({
  token: z.string().min(20).max(200),
  password: passwordSchema,
});
export type ResetConfirmBody = z.input<typeof resetConfirmBodySchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

/** What the signed-in person may do; the web app never re-derives these rules. */
export const abilitiesSchema = z.object({
  manageOrganization: z.boolean(),
  managePeople: z.boolean(),
  readAuditLog: z.boolean(),
  readOutbox: z.boolean(),
  manageGroups: z.boolean(),
});
export type Abilities = z.infer<typeof abilitiesSchema>;

export const sessionReplySchema = z.object({
  user: userSchema.nullable(),
  abilities: abilitiesSchema,
});
export type SessionReply = z.infer<typeof sessionReplySchema>;

export const acceptedReplySchema = z.object({ message: z.string() });

export const updateMeBodySchema = z.object({ displayName: displayNameSchema });
export type UpdateMeBody = z.input<typeof updateMeBodySchema>;
