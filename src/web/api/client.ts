// The typed client for Kindred's same-origin JSON API. Types come from src/contracts, so the
// web app and the server agree at compile time. Failures throw ApiError (see ./problem.ts).
import type { AuditEvent, OutboxMessage, PersonList } from '../../contracts/admin';
import type {
  Role,
  SessionReply,
  SignInBody,
  SignUpBody,
  ResetConfirmBody,
  ResetRequestBody,
  UpdateMeBody,
  User,
} from '../../contracts/auth';
import type { CalendarSubscription, FollowsReply, FollowState } from '../../contracts/calendar';
import type { DirectoryReply, GroupDetail, GroupInput, GroupStatus } from '../../contracts/groups';
import type { ImportApplyBody, ImportBody, ImportReport } from '../../contracts/imports';
import type {
  Organization,
  publicOrganizationSchema,
  UpdateOrganizationBody,
} from '../../contracts/organization';
import type { z } from 'zod';
import type {
  FinderBody,
  FinderReply,
  ManagedGroupList,
  ManagedGroupReply,
  TaxonomyReply,
} from './groupTypes';
import { currentLocale } from '../i18n';
import { networkError, problemFrom } from './problem';

export { ApiError, messageFor } from './problem';

export type PublicOrganization = z.infer<typeof publicOrganizationSchema>;

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204 || response.status === 202) {
    // 202 replies carry a message we do not show; 204 has no body.
    return undefined as T;
  }
  return (await response.json()) as T;
}

function withCursor(path: string, cursor: string | null | undefined): string {
  return cursor ? `${path}?cursor=${encodeURIComponent(cursor)}` : path;
}

/** Schedules and labels come back in the app's language, not the browser's. */
function withLang(query: string): string {
  const lang = `lang=${currentLocale()}`;
  return query ? `${query}&${lang}` : lang;
}

const manage = (id: string) => `/api/manage/groups/${encodeURIComponent(id)}`;

export const api = {
  session: () => request<SessionReply>('GET', '/api/session'),
  signUp: (body: SignUpBody) => request<SessionReply>('POST', '/api/auth/sign-up', body),
  signIn: (body: SignInBody) => request<SessionReply>('POST', '/api/auth/sign-in', body),
  signOut: () => request<undefined>('POST', '/api/auth/sign-out'),
  requestPasswordReset: (body: ResetRequestBody) =>
    request<undefined>('POST', '/api/auth/password-reset', body),
  confirmPasswordReset: (body: ResetConfirmBody) =>
    request<undefined>('POST', '/api/auth/password-reset/confirm', body),
  updateMe: (body: UpdateMeBody) => request<User>('PATCH', '/api/me', body),
  publicOrganization: () => request<PublicOrganization>('GET', '/api/organization'),

  organization: () => request<Organization>('GET', '/api/admin/organization'),
  updateOrganization: (body: UpdateOrganizationBody) =>
    request<Organization>('PATCH', '/api/admin/organization', body),
  people: (cursor?: string | null) =>
    request<PersonList>('GET', withCursor('/api/admin/people', cursor)),
  changeRole: (id: string, role: Role) =>
    request<User>('PATCH', `/api/admin/people/${encodeURIComponent(id)}`, { role }),
  outbox: (cursor?: string | null) =>
    request<{ messages: OutboxMessage[]; nextCursor: string | null }>(
      'GET',
      withCursor('/api/admin/outbox', cursor),
    ),
  auditEvents: (cursor?: string | null) =>
    request<{ events: AuditEvent[]; nextCursor: string | null }>(
      'GET',
      withCursor('/api/admin/audit-events', cursor),
    ),
  previewImport: (body: ImportBody) =>
    request<ImportReport>('POST', '/api/admin/imports/preview', body),
  applyImport: (body: ImportApplyBody) =>
    request<ImportReport>('POST', '/api/admin/imports/apply', body),

  taxonomy: () => request<TaxonomyReply>('GET', '/api/taxonomy'),
  /** `query` is the directory's search string without "?" (see features/directory/filters). */
  groups: (query: string) => request<DirectoryReply>('GET', `/api/groups?${withLang(query)}`),
  group: (slug: string) =>
    request<GroupDetail>('GET', `/api/groups/${encodeURIComponent(slug)}?${withLang('')}`),
  finder: (body: FinderBody) => request<FinderReply>('POST', '/api/finder', body),
  managedGroups: () => request<ManagedGroupList>('GET', '/api/manage/groups'),
  managedGroup: (id: string) => request<ManagedGroupReply>('GET', manage(id)),
  createGroup: (body: GroupInput) => request<GroupDetail>('POST', '/api/manage/groups', body),
  updateGroup: (id: string, body: GroupInput) => request<GroupDetail>('PUT', manage(id), body),
  changeGroupStatus: (id: string, status: GroupStatus) =>
    request<GroupDetail>('PATCH', `${manage(id)}/status`, { status }),

  myCalendar: () => request<CalendarSubscription>('GET', '/api/me/calendar'),
  /** Creates the personal calendar link, or replaces it (the old one stops working). */
  rotateMyCalendar: () => request<CalendarSubscription>('POST', '/api/me/calendar'),
  revokeMyCalendar: () => request<undefined>('DELETE', '/api/me/calendar'),
  myFollows: () => request<FollowsReply>('GET', '/api/me/follows'),
  follow: (slug: string) =>
    request<FollowState>('PUT', `/api/groups/${encodeURIComponent(slug)}/follow`),
  unfollow: (slug: string) =>
    request<FollowState>('DELETE', `/api/groups/${encodeURIComponent(slug)}/follow`),
};
