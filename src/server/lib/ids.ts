import { v7 as uuidv7 } from 'uuid';

/** Opaque, time-ordered ids (UUIDv7): sortable, never sequential numbers in URLs. */
export function newId(): string {
  return uuidv7();
}
