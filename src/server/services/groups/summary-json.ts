// A directory page is JSON assembled from summaries serialized once each, when they are built.
// Checking and serializing twenty nested summaries against the reply schema on every request was
// a quarter of a cached page's time and most of its garbage; the check now runs once per summary
// instead, with the same schema, so nothing the schema does not name can reach a page.
import {
  directoryReplySchema,
  groupSummarySchema,
  occurrenceViewSchema,
  type DirectoryReply,
  type GroupSummary,
} from '../../../contracts/groups';

const fixedSchema = groupSummarySchema.omit({ next: true, distanceMiles: true });
const nextSchema = occurrenceViewSchema.nullable();
const restSchema = directoryReplySchema.omit({ groups: true });

/** A summary as JSON: everything but the next meeting and the distance, and the next meeting. */
export interface SummaryJson {
  /** The fixed fields as a JSON object without its closing brace. */
  head: string;
  /** The next meeting as JSON (`null` when none is coming). */
  next: string;
}

/** Checks a freshly built summary against the reply schema and serializes it. */
export function toSummaryJson(summary: GroupSummary): SummaryJson {
  const { next, distanceMiles: _distance, ...fixed } = summary;
  const head = JSON.stringify(fixedSchema.encode(fixed));
  return { head: head.slice(0, -1), next: JSON.stringify(nextSchema.encode(next)) };
}

/** One group of a page: its summary with the next meeting and this search's distance. */
export function pageSummaryJson(parts: SummaryJson, distanceMiles: number | null): string {
  return `${parts.head},"next":${parts.next},"distanceMiles":${JSON.stringify(distanceMiles)}}`;
}

/** A directory reply around summaries already serialized. */
export function directoryReplyJson(groups: string[], rest: Omit<DirectoryReply, 'groups'>): string {
  // The place a search resolved carries more than the reply names; the schema keeps it out.
  const tail = JSON.stringify(restSchema.encode(rest));
  return `{"groups":[${groups.join(',')}],${tail.slice(1)}`;
}
