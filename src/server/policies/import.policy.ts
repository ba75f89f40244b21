import type { Actor } from './actor';

// Who may import an intergroup's meetings: organization admins, and only they. One import can
// add, change and archive many groups at once, so it is an organization-level power, like the
// settings; facilitators manage their own groups one by one.
const isAdmin = (actor: Actor): boolean => actor.user?.role === 'admin';

export const importPolicy = {
  importGroups: isAdmin,
};
