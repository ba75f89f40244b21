import type { Actor } from './actor';
import { groupPolicy, type GroupFacts } from './group.policy';

// Who may follow groups, so their meetings come into a personal calendar. Following is open to
// anyone signed in, for any group they can see that still meets or may meet again; closed
// (archived) groups take no new followers. Leaving is always possible for one's own follows.
export const followPolicy = {
  follow: (actor: Actor, group: GroupFacts) =>
    actor.user !== null && group.status !== 'archived' && groupPolicy.view(actor, group),
};
