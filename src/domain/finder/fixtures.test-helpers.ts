// Builders for finder tests: a plain online peer group on Tuesdays at 7 pm, and neutral answers.
import type { FinderAnswers, FinderCandidate } from './types';

export const WARRENVILLE = { lat: 41.8178, lng: -88.1731 };
export const CHICAGO_LOOP = { lat: 41.8781, lng: -87.6298 };
/** Tuesday 10 March 2026, 10:00 in Chicago. */
export const NOW = new Date('2026-03-10T15:00:00Z');

export function group(id: string, over: Partial<FinderCandidate> = {}): FinderCandidate {
  return {
    id,
    slug: id,
    name: id,
    topics: [],
    categories: [],
    leadership: 'peer',
    attendance: 'open',
    audiences: [],
    languages: ['en'],
    cost: 'free',
    format: 'online',
    meetings: [{ days: [2], startMinutes: 19 * 60, mode: 'online' }],
    scheduleDescription: 'Every Tuesday, 7:00–8:30 pm',
    topicLabels: {},
    ...over,
  };
}

export function answers(over: Partial<FinderAnswers> = {}): FinderAnswers {
  return {
    topics: [],
    forWhom: 'self',
    format: 'either',
    days: [],
    timesOfDay: [],
    language: 'en',
    preferences: {},
    ...over,
  };
}

export const ids = (result: { matches: { groupId: string }[] }) =>
  result.matches.map((m) => m.groupId);
