// Groups and their schedules: what admins and facilitators write, and what the directory and
// group pages read. Slugs of enums come from the domain taxonomy, one source for server and web.
import ISO6391 from 'iso-639-1';
import { z } from 'zod';
import { validateCoordinates } from '../domain/directory/distance';
import { TIMES_OF_DAY } from '../domain/directory/time-of-day';
import type { Schedule } from '../domain/schedule/types';
import { validateExceptions, validateSchedule } from '../domain/schedule/validate';
import {
  ACCESSIBILITY_FEATURES,
  ATTENDANCE_OPTIONS,
  AUDIENCES,
  COST_OPTIONS,
  FORMATS,
  LEADERSHIP_MODELS,
} from '../domain/taxonomy/taxonomy';

const slugsOf = <S extends string>(options: readonly { slug: S }[]) =>
  options.map((o) => o.slug) as [S, ...S[]];

export const leadershipSchema = z.enum(slugsOf(LEADERSHIP_MODELS));
export const attendanceSchema = z.enum(slugsOf(ATTENDANCE_OPTIONS));
export const audienceSchema = z.enum(slugsOf(AUDIENCES));
export const accessibilitySchema = z.enum(slugsOf(ACCESSIBILITY_FEATURES));
export const costSchema = z.enum(slugsOf(COST_OPTIONS));
export const formatSchema = z.enum(slugsOf(FORMATS));
export const groupStatusSchema = z.enum(['active', 'paused', 'archived']);
export const timeOfDaySchema = z.enum(TIMES_OF_DAY as ['morning', 'midday', 'evening', 'night']);
export type GroupStatus = z.infer<typeof groupStatusSchema>;

export const slugSchema = z
  .string()
  .trim()
  .min(2, 'Use at least 2 characters')
  .max(64, 'Use at most 64 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens');

export const languageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((code) => ISO6391.validate(code), 'Use a two-letter ISO 639-1 code such as en or es');

const weekdaySchema = z.number().int().min(0).max(6);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD');

export const recurrenceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekly'),
    days: z.array(weekdaySchema).min(1, 'Choose at least one day'),
  }),
  z.object({
    kind: z.literal('biweekly'),
    days: z.array(weekdaySchema).min(1, 'Choose at least one day'),
    anchorDate: localDate,
  }),
  z.object({ kind: z.literal('monthly-day'), dayOfMonth: z.number().int().min(1).max(31) }),
  z.object({
    kind: z.literal('monthly-nth'),
    weekday: weekdaySchema,
    nths: z
      .array(
        z.union([
          z.literal(1),
          z.literal(2),
          z.literal(3),
          z.literal(4),
          z.literal(5),
          z.literal(-1),
        ]),
      )
      .min(1),
  }),
  z.object({ kind: z.literal('once'), date: localDate }),
]);

export const exceptionSchema = z.discriminatedUnion('kind', [
  z.object({
    date: localDate,
    kind: z.literal('cancelled'),
    note: z.string().trim().max(300).optional(),
  }),
  z.object({
    date: localDate,
    kind: z.literal('moved'),
    start: z.string(),
    end: z.string(),
    note: z.string().trim().max(300).optional(),
  }),
]);

export const placeSchema = z.object({
  name: z.string().trim().min(1, 'Name the place').max(200),
  address: z.string().trim().min(3, 'Give the street address').max(300),
  latitude: z.number(),
  longitude: z.number(),
  notes: z.string().trim().max(500).optional(),
});

const httpsUrl = z
  .url({ protocol: /^https$/, error: 'Join links must start with https://' })
  .max(500);

export const onlineSchema = z
  .object({
    joinUrl: httpsUrl.optional(),
    dialIn: z
      .string()
      .trim()
      .regex(
        /^\+?[0-9 ().,*#-]{7,40}$/,
        'Use a phone number with digits, spaces, +, *, # or commas',
      )
      .optional(),
    notes: z.string().trim().max(500).optional(),
  })
  .refine((o) => o.joinUrl !== undefined || o.dialIn !== undefined, {
    error: 'Give a join link or a dial-in number',
    path: ['joinUrl'],
  });

export const scheduleModeSchema = z.enum(['in-person', 'online', 'hybrid']);

export const scheduleInputSchema = z
  .object({
    /** Present when editing an existing schedule, so its identity (calendars, history) stays. */
    id: z.string().max(64).optional(),
    recurrence: recurrenceSchema,
    start: z.string().regex(/^\d{2}:\d{2}$/, 'Use HH:MM'),
    end: z.string().regex(/^\d{2}:\d{2}$/, 'Use HH:MM'),
    timeZone: z.string().min(1).max(64),
    startsOn: localDate.optional(),
    endsOn: localDate.optional(),
    mode: scheduleModeSchema,
    place: placeSchema.optional(),
    online: onlineSchema.optional(),
    exceptions: z.array(exceptionSchema).max(200).default([]),
  })
  .superRefine((s, ctx) => {
    const schedule: Schedule = {
      start: s.start,
      end: s.end,
      timeZone: s.timeZone,
      recurrence: s.recurrence as Schedule['recurrence'],
      ...(s.startsOn === undefined ? {} : { startsOn: s.startsOn }),
      ...(s.endsOn === undefined ? {} : { endsOn: s.endsOn }),
    };
    const problems = [...validateSchedule(schedule), ...validateExceptions(s.exceptions, schedule)];
    if (s.mode !== 'online') {
      if (s.place === undefined)
        problems.push({ path: 'place', message: 'In-person meetings need a place' });
      else
        problems.push(
          ...validateCoordinates({ lat: s.place.latitude, lng: s.place.longitude }, 'place').map(
            // The domain names lat/lng; the form's fields are latitude/longitude.
            (e) => ({
              ...e,
              path: e.path.replace(/\.lat$/, '.latitude').replace(/\.lng$/, '.longitude'),
            }),
          ),
        );
    }
    if (s.mode !== 'in-person' && s.online === undefined) {
      problems.push({
        path: 'online',
        message: 'Online meetings need a join link or a dial-in number',
      });
    }
    for (const p of problems) {
      ctx.addIssue({
        code: 'custom',
        message: p.message,
        path: p.path === '' ? [] : p.path.split('.'),
      });
    }
  });
export type ScheduleInput = z.input<typeof scheduleInputSchema>;
export type ScheduleData = z.output<typeof scheduleInputSchema>;

export const groupInputSchema = z.object({
  name: z.string().trim().min(2, 'Use at least 2 characters').max(120),
  slug: slugSchema,
  description: z.string().trim().min(10, 'Describe the group in a sentence or two').max(5000),
  firstMeeting: z.string().trim().max(3000).default(''),
  topics: z.array(z.string().min(1).max(64)).min(1, 'Choose at least one topic').max(12),
  leadership: leadershipSchema,
  attendance: attendanceSchema,
  audiences: z.array(audienceSchema).max(12).default([]),
  languages: z.array(languageSchema).min(1, 'Choose at least one language').max(8),
  accessibility: z.array(accessibilitySchema).max(12).default([]),
  cost: costSchema,
  capacity: z.number().int().min(1).max(10_000).nullable().default(null),
  status: groupStatusSchema.default('active'),
  schedules: z.array(scheduleInputSchema).max(20).default([]),
});
export type GroupInput = z.input<typeof groupInputSchema>;
export type GroupData = z.output<typeof groupInputSchema>;

export const groupStatusBodySchema = z.object({ status: groupStatusSchema });

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    if (v === undefined || v === '') return undefined;
    const values = Array.isArray(v) ? v : [v];
    return values.flatMap((x) => String(x).split(',')).filter((x) => x !== '');
  }, z.array(item).max(20).optional());

export const directorySortSchema = z.enum(['relevance', 'next', 'nearest', 'name']);

export const directoryQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  category: list(z.string().max(64)),
  topic: list(z.string().max(64)),
  day: list(z.coerce.number().int().min(0).max(6)),
  time: list(timeOfDaySchema),
  format: list(formatSchema),
  leadership: list(leadershipSchema),
  attendance: list(attendanceSchema),
  audience: list(audienceSchema),
  language: list(languageSchema),
  access: list(accessibilitySchema),
  cost: list(costSchema),
  near: z.string().trim().max(100).optional(),
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
  radius: z.coerce.number().min(1).max(500).default(25),
  sort: directorySortSchema.optional(),
  page: z.coerce.number().int().min(1).max(500).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type DirectoryQuery = z.output<typeof directoryQuerySchema>;

const labelled = z.object({ slug: z.string(), label: z.string() });

export const occurrenceViewSchema = z.object({
  start: z.string(),
  end: z.string(),
  status: z.enum(['scheduled', 'cancelled', 'moved']),
  note: z.string().optional(),
  timeZone: z.string(),
  mode: scheduleModeSchema,
});
export type OccurrenceView = z.infer<typeof occurrenceViewSchema>;

export const groupSummarySchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  status: groupStatusSchema,
  format: formatSchema.nullable(),
  leadership: leadershipSchema,
  attendance: attendanceSchema,
  cost: costSchema,
  topics: z.array(labelled),
  categories: z.array(labelled),
  audiences: z.array(z.string()),
  languages: z.array(z.string()),
  accessibility: z.array(z.string()),
  schedules: z.array(z.string()),
  next: occurrenceViewSchema.nullable(),
  place: z.string().nullable(),
  distanceMiles: z.number().nullable(),
});
export type GroupSummary = z.infer<typeof groupSummarySchema>;

export const directoryReplySchema = z.object({
  groups: z.array(groupSummarySchema),
  page: z.number(),
  hasMore: z.boolean(),
  origin: z.object({ label: z.string(), latitude: z.number(), longitude: z.number() }).nullable(),
  notice: z.string().nullable(),
});
export type DirectoryReply = z.infer<typeof directoryReplySchema>;

export const scheduleViewSchema = z.object({
  id: z.string(),
  description: z.string(),
  recurrence: recurrenceSchema,
  start: z.string(),
  end: z.string(),
  timeZone: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  mode: scheduleModeSchema,
  place: placeSchema.nullable(),
  /** Null when the viewer may not see how to join (groups not open to the public). */
  online: z
    .object({
      joinUrl: z.string().optional(),
      dialIn: z.string().optional(),
      notes: z.string().optional(),
    })
    .nullable(),
  onlineHidden: z.boolean(),
  exceptions: z.array(exceptionSchema),
});
export type ScheduleView = z.infer<typeof scheduleViewSchema>;

export const groupDetailSchema = groupSummarySchema.extend({
  description: z.string(),
  firstMeeting: z.string(),
  capacity: z.number().nullable(),
  scheduleDetails: z.array(scheduleViewSchema),
  upcoming: z.array(occurrenceViewSchema),
  updatedAt: z.string(),
  abilities: z.object({ edit: z.boolean(), changeStatus: z.boolean() }),
});
export type GroupDetail = z.infer<typeof groupDetailSchema>;

export const managedGroupSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  status: groupStatusSchema,
  format: z.string().nullable(),
  nextStartAt: z.string().nullable(),
});
export type ManagedGroup = z.infer<typeof managedGroupSchema>;

export const managedGroupListSchema = z.object({
  groups: z.array(managedGroupSchema),
  abilities: z.object({ create: z.boolean() }),
});
export type ManagedGroupList = z.infer<typeof managedGroupListSchema>;

/** A group as its editor form needs it: the input shape, schedules with their ids. */
export const groupEditorReplySchema = z.object({
  id: z.string(),
  facilitatorIds: z.array(z.string()),
  group: groupInputSchema,
});
export type GroupEditorReply = z.input<typeof groupEditorReplySchema>;
