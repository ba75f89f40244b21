// The guided finder's ranking: hard filters, then tiered scoring (see score.ts), then a stable
// order. When nothing passes, the fallback relaxes filters one at a time (time, then distance,
// then format) so a person in need always gets something to try, clearly marked as partial.
import type { Locale } from '../schedule/types';
import { evaluate, type Evaluation } from './score';
import type {
  FinderAnswers,
  FinderCandidate,
  FinderResult,
  RankContext,
  RankedGroup,
  Relaxation,
} from './types';

/** The order the fallback gives things up: a different time is easier than a longer trip. */
export const RELAXATION_STEPS: readonly (readonly Relaxation[])[] = [
  ['time'],
  ['time', 'distance'],
  ['time', 'distance', 'format'],
];

export const DEFAULT_FALLBACK_LIMIT = 5;

function compareRanked(a: Scored, b: Scored): number {
  return (
    b.evaluation.score - a.evaluation.score ||
    a.candidate.name.localeCompare(b.candidate.name, 'en') ||
    (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0)
  );
}

interface Scored {
  candidate: FinderCandidate;
  evaluation: Evaluation;
}

function rankWith(
  answers: FinderAnswers,
  candidates: readonly FinderCandidate[],
  relaxed: readonly Relaxation[],
  now: Date,
  locale: Locale,
): RankedGroup[] {
  const relaxedSet = new Set(relaxed);
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    const evaluation = evaluate(answers, candidate, relaxedSet, now, locale);
    if (evaluation) scored.push({ candidate, evaluation });
  }
  return scored.sort(compareRanked).map(({ candidate, evaluation }) => ({
    groupId: candidate.id,
    ...evaluation,
    partial: relaxed.length > 0,
  }));
}

/**
 * Best partial matches when nothing passes every hard filter: relax time, then also distance,
 * then also format, stopping at the first step that finds anything. Language, who the group is
 * for, and women-/men-only exclusions are never relaxed.
 */
export function fallbackMatches(
  answers: FinderAnswers,
  candidates: readonly FinderCandidate[],
  context: RankContext,
): FinderResult {
  const limit = context.limit ?? DEFAULT_FALLBACK_LIMIT;
  for (const step of RELAXATION_STEPS) {
    const matches = rankWith(answers, candidates, step, context.now, context.locale);
    if (matches.length > 0) return { matches: matches.slice(0, limit), relaxed: [...step] };
  }
  return { matches: [], relaxed: [...(RELAXATION_STEPS.at(-1) ?? [])] };
}

/** Ranked full matches, or the fallback's partial matches when there are none. */
export function rankGroups(
  answers: FinderAnswers,
  candidates: readonly FinderCandidate[],
  context: RankContext,
): FinderResult {
  const matches = rankWith(answers, candidates, [], context.now, context.locale);
  if (matches.length === 0) return fallbackMatches(answers, candidates, context);
  return {
    matches: context.limit === undefined ? matches : matches.slice(0, context.limit),
    relaxed: [],
  };
}
