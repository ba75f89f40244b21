import type { Actor } from './actor';

/** What a policy needs to know about one group. */
export interface GroupFacts {
  attendance: string;
  status: string;
  facilitatorIds: readonly string[];
}

const isAdmin = (actor: Actor) => actor.user?.role === 'admin';
const facilitates = (actor: Actor, group: GroupFacts) =>
  actor.user !== null &&
  actor.user.role !== 'member' &&
  group.facilitatorIds.includes(actor.user.id);

// Who may do what with groups. Admins manage every group of the organization; a facilitator
// creates groups and manages the groups they facilitate; members manage none.
export const groupPolicy = {
  create: (actor: Actor) => isAdmin(actor) || actor.user?.role === 'facilitator',
  manageAny: (actor: Actor) => isAdmin(actor) || actor.user?.role === 'facilitator',
  edit: (actor: Actor, group: GroupFacts) => isAdmin(actor) || facilitates(actor, group),
  changeStatus: (actor: Actor, group: GroupFacts) => isAdmin(actor) || facilitates(actor, group),
  assignFacilitators: (actor: Actor) => isAdmin(actor),
  /** Archived groups keep their history but only their managers still see them. */
  view: (actor: Actor, group: GroupFacts) =>
    group.status !== 'archived' || isAdmin(actor) || facilitates(actor, group),
  /**
   * Join links and dial-ins of groups that are not open to anyone stay private: shown to those
   * who run the group (and, once membership exists, to its members).
   */
  seeJoinDetails: (actor: Actor, group: GroupFacts) =>
    group.attendance === 'open' || isAdmin(actor) || facilitates(actor, group),
};
