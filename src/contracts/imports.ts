// Importing an intergroup's meetings (Meeting Guide JSON or the 12 Step Meeting List CSV
// template): the request, and the report a dry run or an apply answers with. Shared by the
// routes, the CLI and the admin page. Every report carries the planId (a digest of what would be
// written); the apply over HTTP must send back the planId the person saw, so that what is
// written is exactly what was previewed.
import { z } from 'zod';

/** Files (and fetched feeds) larger than this are refused whole, before parsing. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export const importFormatSchema = z.enum(['meeting-guide', 'csv']);
export type ImportFormat = z.infer<typeof importFormatSchema>;

const httpsFeedUrl = z
  .url({ protocol: /^https$/, error: 'Use a feed address that starts with https://' })
  .max(2000);

export const importBodySchema = z
  .object({
    format: importFormatSchema,
    /** The file's text. Checked against IMPORT_MAX_BYTES by the service, which says so. */
    content: z.string().optional(),
    /** Fetched by the server (https only, bounded in size and time). */
    url: httpsFeedUrl.optional(),
    /** What the imported groups remember; the URL, or the file name, when not given. */
    source: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.content === undefined) === (body.url === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['content'],
        message: 'Upload a file or give a feed address (one of the two)',
      });
    }
    if (body.content !== undefined && body.source === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'Name the source of an uploaded file (its file name will do)',
      });
    }
  });
export type ImportBody = z.infer<typeof importBodySchema>;

/** A problem with one record: where it is (index in the file, 0-based), which slug, which field. */
export const importIssueSchema = z.object({
  index: z.number().int(),
  /** CSV only: the line in the file (the header is line 1). */
  line: z.number().int().optional(),
  slug: z.string().nullable(),
  field: z.string(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.string(),
  after: z.string(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const importedGroupSchema = z.object({
  slug: z.string(),
  name: z.string(),
  /** Slugs of the feed's records that make up this group (several when regrouped). */
  records: z.array(z.string()),
  schedules: z.number().int(),
  /** The newest `updated` of those records, as the feed wrote it. */
  updated: z.string().nullable(),
  /** Field-level differences; empty unless the group changed. */
  changes: z.array(fieldChangeSchema),
});
export type ImportedGroup = z.infer<typeof importedGroupSchema>;

export const removedGroupSchema = z.object({ slug: z.string(), name: z.string() });

export const importCountsSchema = z.object({
  records: z.number().int(),
  groups: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  errors: z.number().int(),
  warnings: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;

/** sha256 hex: 64 lowercase hexadecimal characters. */
export const planIdSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'Check the import first: apply sends the planId of its preview');

export const importReportSchema = z.object({
  /** Digest of the plan: source, and the added, changed and archived groups with their values. */
  planId: planIdSchema,
  format: importFormatSchema,
  source: z.string(),
  /** False for a dry run (nothing written); true when the changes were written. */
  applied: z.boolean(),
  counts: importCountsSchema,
  added: z.array(importedGroupSchema),
  changed: z.array(importedGroupSchema),
  unchanged: z.array(importedGroupSchema),
  /** Groups from the same source that the feed no longer has: archived, never deleted. */
  removed: z.array(removedGroupSchema),
  /**
   * Groups of the same source the file does not list but that are NOT archived, because some
   * records could not be read (no records at all, or records without a slug): archiving them
   * on a broken file would take a whole intergroup's meetings down.
   */
  kept: z.array(removedGroupSchema),
  errors: z.array(importIssueSchema),
  warnings: z.array(importIssueSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** The apply's body: the preview's body and the planId its report answered. */
export const importApplyBodySchema = importBodySchema.safeExtend({ planId: planIdSchema });
export type ImportApplyBody = z.infer<typeof importApplyBodySchema>;
