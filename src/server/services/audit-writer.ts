import { newId } from '../lib/ids';
import type { Actor } from '../policies/actor';
import type { Repositories } from '../repositories/index';

export type AuditAction =
  | 'user.signed_up'
  | 'user.signed_in'
  | 'user.sign_in_failed'
  | 'user.signed_out'
  | 'user.password_reset_requested'
  | 'user.password_reset'
  | 'user.display_name_changed'
  | 'user.role_changed'
  | 'user.created_by_cli'
  | 'organization.settings_changed'
  | 'group.created'
  | 'group.updated'
  | 'group.status_changed'
  | 'group.facilitators_changed'
  | 'taxonomy.topic_added'
  | 'interop.imported'
  | 'calendar.subscription_created'
  | 'calendar.subscription_revoked';

/**
 * Writes a security event through the same repositories (and so the same transaction) as the
 * change it records. Details never hold passwords, tokens or message bodies.
 */
export async function writeAudit(
  repos: Repositories,
  at: Date,
  event: {
    action: AuditAction;
    actor: Actor;
    organizationId: string | null;
    subject?: { type: string; id: string };
    detail?: Record<string, unknown>;
    actorIdOverride?: string;
  },
): Promise<void> {
  await repos.audit.insert({
    id: newId(),
    organizationId: event.organizationId,
    actorId: event.actorIdOverride ?? event.actor.user?.id ?? null,
    action: event.action,
    subjectType: event.subject?.type ?? null,
    subjectId: event.subject?.id ?? null,
    ip: event.actor.ip || null,
    detail: event.detail ?? {},
    createdAt: at.toISOString(),
  });
}
