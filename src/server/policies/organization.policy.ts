import type { Abilities } from '../../contracts/auth';
import type { Actor } from './actor';
import { groupPolicy } from './group.policy';

// Who may do what with the organization and its people. Reads like a specification:
// an organization admin manages the organization's settings, its people and their roles,
// and reads the audit log and the dev outbox. Facilitators and members do none of these.
const isAdmin = (actor: Actor): boolean => actor.user?.role === 'admin';

export const organizationPolicy = {
  manageSettings: isAdmin,
  listPeople: isAdmin,
  changeRole: isAdmin,
  readAuditLog: isAdmin,
  readOutbox: isAdmin,
};

export function abilitiesFor(actor: Actor): Abilities {
  return {
    manageOrganization: organizationPolicy.manageSettings(actor),
    managePeople: organizationPolicy.listPeople(actor),
    readAuditLog: organizationPolicy.readAuditLog(actor),
    readOutbox: organizationPolicy.readOutbox(actor),
    manageGroups: groupPolicy.manageAny(actor),
  };
}
