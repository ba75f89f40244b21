// Calendars: a person's secret subscription URL and the groups they follow (whose meetings it
// carries). Shared by the server (validation + OpenAPI) and the web app (types).
import { z } from 'zod';
import { groupStatusSchema } from './groups';

/** The personal calendar URL, or null when the person has none (never made, or revoked). */
export const calendarSubscriptionSchema = z.object({ url: z.string().nullable() });
export type CalendarSubscription = z.infer<typeof calendarSubscriptionSchema>;

export const followedGroupSchema = z.object({
  slug: z.string(),
  name: z.string(),
  status: groupStatusSchema,
  followedAt: z.string(),
});
export type FollowedGroup = z.infer<typeof followedGroupSchema>;

export const followsReplySchema = z.object({ follows: z.array(followedGroupSchema) });
export type FollowsReply = z.infer<typeof followsReplySchema>;

export const followStateSchema = z.object({ slug: z.string(), following: z.boolean() });
export type FollowState = z.infer<typeof followStateSchema>;
