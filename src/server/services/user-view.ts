import type { User } from '../../contracts/auth';
import type { UserRecord } from '../repositories/user.repository';

/** The public shape of a person: never the password hash. */
export function toUserView(u: UserRecord): User {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    createdAt: u.createdAt,
  };
}
