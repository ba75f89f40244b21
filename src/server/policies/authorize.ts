import { AppError } from '../errors';
import type { Actor } from './actor';

/** Signed-out callers get 401; signed-in callers the policy refuses get 403. */
export function authorize(actor: Actor, allowed: (actor: Actor) => boolean): void {
  if (actor.user === null) throw new AppError('unauthenticated');
  if (!allowed(actor)) throw new AppError('forbidden');
}

export function requireUser(actor: Actor): NonNullable<Actor['user']> {
  if (actor.user === null) throw new AppError('unauthenticated');
  return actor.user;
}
