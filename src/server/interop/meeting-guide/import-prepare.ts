// Every record checked, then regrouped: the part of an import that needs no database.
import type { Feed } from './import-file';
import { groupDrafts } from './import-groups';
import { type GroupCandidate, ImportIssues, type MeetingDraft } from './import-model';
import { readRecord, type RecordContext, slugsOfBadRecord } from './import-record';

export interface Prepared {
  records: number;
  candidates: GroupCandidate[];
  /** Slugs the file names but does not import (errors): never archived because of that. */
  untouchable: Set<string>;
  /**
   * Set when the file gives no safe ground for archiving anything: no record could be read, or
   * a bad record has no slug, so we cannot tell which group it meant (and the group it meant
   * must not be archived because its record broke). `index` is the record that says why.
   */
  withholdRemovals: WithheldRemovals | null;
  issues: ImportIssues;
}

export interface WithheldRemovals {
  reason: 'nothing-readable' | 'unslugged';
  index: number;
}

function groupIdOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null || !('group_id' in raw)) return undefined;
  const id = raw.group_id;
  return typeof id === 'string' || typeof id === 'number' ? String(id).trim() : undefined;
}

export function prepareImport(
  feed: Feed,
  ctx: RecordContext & { source: string },
  onProgress?: (done: number, total: number) => void,
): Prepared {
  const issues = new ImportIssues(feed.lines);
  for (const n of feed.notes) issues.warn(n.index, n.slug, n.field, n.message);
  const drafts: MeetingDraft[] = [];
  const firstWithSlug = new Map<string, number>();
  const untouchable = new Set<string>();
  const badGroupIds = new Set<string>();
  let firstUnslugged: number | undefined;
  const total = feed.records.length;
  const step = Math.max(1, Math.floor(total / 100));
  feed.records.forEach((raw, index) => {
    if (onProgress && (index % step === 0 || index === total - 1)) onProgress(index + 1, total);
    const draft = readRecord(raw, index, ctx, issues);
    const bad = () => {
      const slugs = slugsOfBadRecord(raw);
      if (slugs.length === 0) firstUnslugged ??= index;
      for (const slug of slugs) untouchable.add(slug);
      const groupId = groupIdOf(raw);
      if (groupId !== undefined && groupId !== '') badGroupIds.add(groupId);
    };
    if (draft === null) {
      bad();
      return;
    }
    const first = firstWithSlug.get(draft.slug);
    if (first !== undefined) {
      issues.error(
        index,
        draft.fileSlug,
        'slug',
        `Duplicate slug: record #${String(first)} has it too`,
      );
      const groupId = groupIdOf(raw);
      if (groupId !== undefined && groupId !== '') badGroupIds.add(groupId);
      return;
    }
    firstWithSlug.set(draft.slug, index);
    drafts.push(draft);
  });
  const grouped = groupDrafts(drafts, ctx.source, badGroupIds, issues);
  for (const slug of grouped.untouchable) untouchable.add(slug);
  const withholdRemovals: WithheldRemovals | null =
    drafts.length === 0
      ? { reason: 'nothing-readable', index: 0 }
      : firstUnslugged === undefined
        ? null
        : { reason: 'unslugged', index: firstUnslugged };
  return {
    records: total,
    candidates: grouped.candidates,
    untouchable,
    withholdRemovals,
    issues,
  };
}
