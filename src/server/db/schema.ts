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

export interface Database {
  organization: OrganizationTable;
  app_user: UserTable;
  session: SessionTable;
  password_reset: PasswordResetTable;
  outbox_message: OutboxMessageTable;
  audit_event: AuditEventTable;
}
