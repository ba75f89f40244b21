// The guided finder's answers while someone is answering, the steps they see (the distance
// question only matters for meeting in person) and the request body they become. Answers stay
// in this tab's memory: never sent anywhere but the one search, never stored.
import type { TimeOfDay } from '../../../domain/directory/time-of-day';
import type { FinderPreferences } from '../../../domain/finder/types';
import type { FinderBody } from '../../api/groupTypes';

export type ForWhom = 'self' | 'someone-else';
export type FormatAnswer = 'in-person' | 'online' | 'either';
export type PreferenceKey = keyof FinderPreferences;

export interface FinderAnswers {
  topics: string[];
  forWhom: ForWhom;
  format: FormatAnswer;
  /** 'any' hides the day and time choices and sends none. */
  when: 'any' | 'some';
  days: number[];
  timesOfDay: TimeOfDay[];
  /** ISO 639-1, or '' for any language. */
  language: string;
  preferences: PreferenceKey[];
  near: string;
  maxMiles: string;
}

export const PREFERENCES: readonly PreferenceKey[] = [
  'womenOnly',
  'menOnly',
  'lgbtq',
  'peerLed',
  'professional',
  'free',
];

export const MILES_CHOICES = ['5', '10', '25', '50'] as const;

export function emptyAnswers(): FinderAnswers {
  return {
    topics: [],
    forWhom: 'self',
    format: 'either',
    when: 'any',
    days: [],
    timesOfDay: [],
    language: '',
    preferences: [],
    near: '',
    maxMiles: '10',
  };
}

export type StepId =
  'topics' | 'forWhom' | 'format' | 'when' | 'language' | 'preferences' | 'distance';

const ALL_STEPS: readonly StepId[] = [
  'topics',
  'forWhom',
  'format',
  'when',
  'language',
  'preferences',
  'distance',
];

/** The questions to ask: "How far can you travel?" is skipped for online-only. */
export function stepsFor(answers: FinderAnswers): StepId[] {
  return ALL_STEPS.filter((step) => step !== 'distance' || answers.format !== 'online');
}

export function toBody(answers: FinderAnswers, locale: 'en' | 'es'): FinderBody {
  const someTimes = answers.when === 'some';
  const near = answers.format === 'online' ? '' : answers.near.trim();
  const preferences: FinderPreferences = {};
  for (const key of answers.preferences) preferences[key] = true;
  return {
    topics: answers.topics,
    forWhom: answers.forWhom,
    format: answers.format,
    days: someTimes ? [...answers.days].sort((a, b) => a - b) : [],
    timesOfDay: someTimes ? answers.timesOfDay : [],
    language: answers.language,
    preferences,
    ...(near === '' ? {} : { near, maxMiles: Number(answers.maxMiles) }),
    locale,
  };
}
