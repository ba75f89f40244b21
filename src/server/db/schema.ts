// Table types for Kysely. Timestamps are ISO-8601 UTC strings on both dialects so values
// round-trip identically; JSON columns are stored as text and parsed in repositories.
export type Role = 'admin' | 'facilitator' | 'member';

export interface OrganizationTable {
  id: string;
  name: string;
  time_zone: string;
  locale: string;
  /** JSON: { [locale]: CrisisResource[] } */
  crisis_resources: string;
  /** Public contact, published in the Meeting Guide feed (entity_*); null when not set. */
  contact_email: string | null;
  contact_phone: string | null;
  /** The organization's own website (https), the feed's entity_url when set. */
  website: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserTable {
  id: string;
  organization_id: string;
  email: string;
  password_hash: string;
  display_name: string;
  role: Role;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** HMAC of the cookie token: a database leak does not leak live sessions. */
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface PasswordResetTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OutboxMessageTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  created_at: string;
}

export interface AuditEventTable {
  id: string;
  organization_id: string | null;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  ip: string | null;
  /** JSON object with non-sensitive details (never passwords, tokens or message bodies). */
  detail: string;
  created_at: string;
}

export interface CategoryTable {
  id: string;
  slug: string;
  position: number;
  label_en: string;
  label_es: string;
}

export interface TopicTable {
  id: string;
  category_id: string;
  slug: string;
  position: number;
  label_en: string;
  label_es: string;
}

export interface SupportGroupTable {
  id: string;
  organization_id: string;
  slug: string;
  name: string;
  description: string;
  first_meeting: string;
  leadership: string;
  attendance: string;
  cost: string;
  capacity: number | null;
  status: string;
  /** Derived from the schedules on every write; never typed in. */
  format: string | null;
  /** JSON arrays, for display; filters use group_tag. */
  languages: string;
  audiences: string;
  accessibility: string;
  topics: string;
  /** Description, topics and places, for full-text search. */
  search_text: string;
  next_start_at: string | null;
  next_end_at: string | null;
  /** How far ahead occurrences are materialized; a job extends it. */
  occurrences_until: string | null;
  source: string | null;
  /** JSON array: type codes of an imported feed that Kindred does not model, given back in its feed. */
  kept_types: string;
  created_at: string;
  updated_at: string;
}

export type GroupTagKind = 'topic' | 'category' | 'audience' | 'language' | 'access';

export interface GroupTagTable {
  group_id: string;
  kind: GroupTagKind;
  value: string;
}

export interface GroupFacilitatorTable {
  group_id: string;
  user_id: string;
}

export interface ScheduleTable {
  id: string;
  group_id: string;
  position: number;
  /** JSON of the domain Recurrence. */
  recurrence: string;
  start_time: string;
  end_time: string;
  time_zone: string;
  starts_on: string | null;
  ends_on: string | null;
  mode: string;
  place_name: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  place_notes: string | null;
  join_url: string | null;
  dial_in: string | null;
  online_notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface ScheduleExceptionTable {
  id: string;
  schedule_id: string;
  original_date: string;
  kind: string;
  new_start: string | null;
  new_end: string | null;
  note: string | null;
}

export interface OccurrenceTable {
  schedule_id: string;
  group_id: string;
  start_at: string;
  end_at: string;
  local_weekday: number;
  local_minutes: number;
  status: string;
}

/** A person follows a group: its meetings appear in their personal calendar. */
export interface GroupFollowTable {
  user_id: string;
  group_id: string;
  created_at: string;
}

/** One personal calendar URL per person; the token is kept only as a keyed hash. */
export interface CalendarSubscriptionTable {
  user_id: string;
  token_hash: string;
  /** Random; the token is derived from it under the server secret, so the URL can be shown again. */
  nonce: string;
  created_at: string;
}

/**
 * SQLite only: the FTS5 index of each group's name and search text. Its rowid is the group's
 * `search_rowid`, and triggers keep it in step with `support_group` (migration 0005), so nothing
 * writes it directly. The search columns of each dialect (`search_rowid` on SQLite, the
 * `name_vector` and `text_vector` tsvectors on PostgreSQL) are left out of `SupportGroupTable`:
 * only the directory's dialect-specific SQL reads them.
 */
export interface SupportGroupFtsTable {
  rowid: number;
  name: string;
  search_text: string;
}

/** SQLite only: the FTS5 index of the names alone, kept like `support_group_fts`. */
export interface SupportGroupNameFtsTable {
  rowid: number;
  name: string;
}

export interface Database {
  organization: OrganizationTable;
  app_user: UserTable;
  session: SessionTable;
  password_reset: PasswordResetTable;
  outbox_message: OutboxMessageTable;
  audit_event: AuditEventTable;
  category: CategoryTable;
  topic: TopicTable;
  support_group: SupportGroupTable;
  support_group_fts: SupportGroupFtsTable;
  support_group_name_fts: SupportGroupNameFtsTable;
  group_tag: GroupTagTable;
  group_facilitator: GroupFacilitatorTable;
  schedule: ScheduleTable;
  schedule_exception: ScheduleExceptionTable;
  occurrence: OccurrenceTable;
  group_follow: GroupFollowTable;
  calendar_subscription: CalendarSubscriptionTable;
}
