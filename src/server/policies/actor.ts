import type { Role } from '../db/schema';

/** Who is asking: the signed-in person (if any) and where from, for audit events. */
export interface Actor {
  user: { id: string; role: Role; organizationId: string } | null;
  ip: string;
}
