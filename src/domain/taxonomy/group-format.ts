// A group's format is derived from its schedules, never entered, so it cannot drift from them
// (Meeting Guide derives attendance_option the same way).
import type { GroupFormat, MeetingMode } from './attributes';

/** 'hybrid' if any schedule is hybrid or both in-person and online exist; null when none. */
export function deriveFormat(schedules: readonly { mode: MeetingMode }[]): GroupFormat | null {
  const modes = new Set(schedules.map((s) => s.mode));
  if (modes.size === 0) return null;
  if (modes.has('hybrid') || (modes.has('in-person') && modes.has('online'))) return 'hybrid';
  return modes.has('online') ? 'online' : 'in-person';
}
