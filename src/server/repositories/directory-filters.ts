// What a directory search asks for, and what it answers: shared by the SQL search and the
// in-memory directory index, which must agree on every one of these.
import type { TimeOfDay } from '../../domain/directory/time-of-day';
import type { GroupTagKind } from '../db/schema';
import type { GroupRecord } from './group-rows';

export interface DirectoryFilters {
  text?: string;
  tags: Partial<Record<GroupTagKind, string[]>>;
  days?: number[];
  times?: TimeOfDay[];
  formats?: string[];
  leadership?: string[];
  attendance?: string[];
  costs?: string[];
  near?: { latitude: number; longitude: number; radiusMiles: number; includeOnline: boolean };
  sort: 'relevance' | 'next' | 'nearest' | 'name';
  offset: number;
  limit: number;
  nowIso: string;
}

export interface DirectoryRow {
  group: GroupRecord;
  /** Squared equirectangular distance in degrees² (for ordering only), when near is given. */
  nearness: number | null;
}

/** Miles per degree of latitude (and of longitude at the equator). */
export const MILES_PER_DEGREE = 69.0934;

/** Online attendance is possible at hybrid groups too, and in-person attendance as well. */
export function formatsMatching(formats: string[]): string[] {
  const out = new Set<string>();
  for (const f of formats) {
    out.add(f);
    if (f === 'online' || f === 'in-person') out.add('hybrid');
  }
  return [...out];
}
