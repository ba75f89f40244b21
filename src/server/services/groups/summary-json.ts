// A directory page is JSON assembled from summaries serialized once each, when they are built.
// Checking and serializing twenty nested summaries against the reply schema on every request was
// a quarter of a cached page's time and most of its garbage; the check now runs once per summary
// instead, with the same schema, so nothing the schema does not name can reach a page. Summaries
// are kept as UTF-8 bytes: outside the JavaScript heap (tens of thousands of them cost the garbage
// collector nothing to trace or move), and a page is one copy of them, never re-encoded.
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

/** A summary as JSON: everything but the distance, which each search adds. */
export interface SummaryJson {
  /** The fields but the next meeting and the distance: a JSON object without its closing brace. */
  head: Buffer;
  /** `,"next":` and the next meeting (`null` when none is coming). */
  next: Buffer;
}

/** Checks a freshly built summary against the reply schema and serializes it. */
export function toSummaryJson(summary: GroupSummary): SummaryJson {
  const { next, distanceMiles: _distance, ...fixed } = summary;
  const head = JSON.stringify(fixedSchema.encode(fixed));
  return {
    head: Buffer.from(head.slice(0, -1)),
    next: Buffer.from(`,"next":${JSON.stringify(nextSchema.encode(next))}`),
  };
}

const OPEN = Buffer.from('{"groups":[');
const COMMA = Buffer.from(',');

/** A directory reply around summaries already serialized, each with this search's distance. */
export function directoryReplyJson(
  groups: { json: SummaryJson; distanceMiles: number | null }[],
  rest: Omit<DirectoryReply, 'groups'>,
): Buffer {
  const parts: Buffer[] = [OPEN];
  for (const [i, g] of groups.entries()) {
    if (i > 0) parts.push(COMMA);
    const distance = `,"distanceMiles":${String(g.distanceMiles)}}`;
    parts.push(g.json.head, g.json.next, Buffer.from(distance));
  }
  // The place a search resolved carries more than the reply names; the schema keeps it out.
  parts.push(Buffer.from(`],${JSON.stringify(restSchema.encode(rest)).slice(1)}`));
  return Buffer.concat(parts);
}
