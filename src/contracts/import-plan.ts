// What an import's preview promises and its apply holds it to: every report carries the planId
// (a digest of what would be written), and the apply over HTTP must send back the planId the
// person saw, so that what is written is exactly what was previewed. Kept beside ./imports.ts
// rather than in it so the CLI's report type stays as it was.
import { z } from 'zod';
import { importBodySchema, importReportSchema, removedGroupSchema } from './imports';

/** sha256 hex: 64 lowercase hexadecimal characters. */
export const planIdSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'Check the import first: apply sends the planId of its preview');

export const importPlanReportSchema = importReportSchema.extend({
  /** Digest of the plan: source, and the added, changed and archived groups with their values. */
  planId: planIdSchema,
  /**
   * Groups of the same source the file does not list but that are NOT archived, because some
   * records could not be read (no records at all, or records without a slug): archiving them
   * on a broken file would take a whole intergroup's meetings down.
   */
  kept: z.array(removedGroupSchema),
});
export type ImportPlanReport = z.infer<typeof importPlanReportSchema>;

/** The apply's body: the preview's body and the planId its report answered. */
export const importApplyBodySchema = importBodySchema.safeExtend({ planId: planIdSchema });
export type ImportApplyBody = z.infer<typeof importApplyBodySchema>;
