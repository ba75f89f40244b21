// What the import pipeline passes between its steps: the issues it collects (each naming the
// record's index, slug and field), the meetings it read, and the groups it made of them.
import type { GroupData, ScheduleData } from '../../../contracts/groups';
import type { ImportIssue } from '../../../contracts/imports';
import { slugSchema } from '../../../contracts/groups';

/** Errors (the record is not imported) and warnings (imported, but worth a look). */
export class ImportIssues {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];

  /** `lines`: for CSV, the file line of each record, so people can find the row. */
  constructor(private readonly lines?: readonly number[]) {}

  private issue(index: number, slug: string | null, field: string, message: string): ImportIssue {
    const line = this.lines?.[index];
    return { index, ...(line === undefined ? {} : { line }), slug, field, message };
  }

  error(index: number, slug: string | null, field: string, message: string): void {
    this.errors.push(this.issue(index, slug, field, message));
  }

  warn(index: number, slug: string | null, field: string, message: string): void {
    this.warnings.push(this.issue(index, slug, field, message));
  }

  /** Issues sorted by record, then in the order found: reports read top to bottom. */
  sorted(): { errors: ImportIssue[]; warnings: ImportIssue[] } {
    const byIndex = (a: ImportIssue, b: ImportIssue) => a.index - b.index;
    return {
      errors: [...this.errors].sort(byIndex),
      warnings: [...this.warnings].sort(byIndex),
    };
  }
}

/** What a record's `types` say about its group, already checked against the taxonomy. */
export interface TypeFacts {
  attendance: GroupData['attendance'] | undefined;
  audiences: GroupData['audiences'];
  accessibility: GroupData['accessibility'];
  languages: string[];
  topics: string[];
  /** True when the feed named topics itself (KD-T- codes), so no default topic is added. */
  namedTopics: boolean;
  leadership: GroupData['leadership'] | undefined;
  /** The spec codes as written, for comparing the records of one group. */
  codes: string[];
  /** Codes Kindred does not model, kept so the group's feed gives them back. */
  kept: string[];
}

/** One valid record of the feed, read into Kindred's terms. */
export interface MeetingDraft {
  index: number;
  /** The record's slug in our rules (made to fit when the file's does not). */
  slug: string;
  /** The slug as the file writes it: what issues name, so people can find the record. */
  fileSlug: string;
  groupId: string | undefined;
  groupName: string | undefined;
  name: string;
  notes: string | undefined;
  groupNotes: string | undefined;
  updated: string | undefined;
  types: TypeFacts;
  /** One weekly schedule per day; empty when by appointment or when it cannot be attended. */
  schedules: ScheduleData[];
  /** "By appointment": no day or time. */
  appointment: boolean;
  /**
   * Why the meeting cannot be attended as listed: temporarily closed (TC without ONL), or
   * neither an exact address nor a way to join online. Null when it can.
   */
  inactive: 'closed' | 'unreachable' | null;
}

/** A group the feed describes, valid and ready to compare with what is stored. */
export interface GroupCandidate {
  slug: string;
  data: GroupData;
  /** Indexes and slugs of the records it was made of, in feed order. */
  indexes: number[];
  recordSlugs: string[];
  updated: string | null;
  /** Type codes of its records that Kindred does not model, in the order first seen. */
  keptTypes: string[];
}

const SLUG_MAX = 64;

/** Lowercase letters, digits and single hyphens, at most 64 characters ("" when nothing is left). */
export function slugify(text: string): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (base.length <= SLUG_MAX) return base;
  const cut = base.slice(0, SLUG_MAX);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > SLUG_MAX / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

export const isSlug = (text: string): boolean => slugSchema.safeParse(text).success;

/** A group_id that can be our slug as it is: slug-shaped and not just digits (TSML post ids). */
export const slugLikeGroupId = (id: string): boolean => isSlug(id) && /[a-z]/.test(id);
