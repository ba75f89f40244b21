// Inputs and outputs of the guided finder. Candidates are plain data the server assembles from
// the directory; ranking never looks anything up, so it is pure and the same on server and web.
import type { LatLng } from '../directory/distance';
import type { TimeOfDay } from '../directory/time-of-day';
import type { Locale, Weekday } from '../schedule/types';
import type {
  Attendance,
  Cost,
  GroupFormat,
  LeadershipModel,
  MeetingMode,
} from '../taxonomy/taxonomy';

export interface FinderPreferences {
  womenOnly?: boolean;
  menOnly?: boolean;
  lgbtq?: boolean;
  peerLed?: boolean;
  professional?: boolean;
  free?: boolean;
}

export interface FinderAnswers {
  /** Topic slugs; empty = no topic preference. */
  topics: string[];
  /** 'someone-else' = looking for support as a family member or friend of someone. */
  forWhom: 'self' | 'someone-else';
  format: 'in-person' | 'online' | 'either';
  /** Empty = any day. */
  days: Weekday[];
  /** Empty = any time. */
  timesOfDay: TimeOfDay[];
  /** ISO 639-1; empty string = any language. */
  language: string;
  preferences: FinderPreferences;
  /** Applies to in-person attendance only, and only with an origin. */
  maxMiles?: number;
  origin?: LatLng;
}

export interface CandidateMeeting {
  /** Local weekdays in the meeting's zone. */
  days: Weekday[];
  /** Local start, minutes since midnight. */
  startMinutes: number;
  mode: MeetingMode;
  location?: LatLng;
  /** How often it meets on those days; absent = weekly (the Meeting Guide model). */
  cadence?: 'weekly' | 'biweekly' | 'monthly' | 'once';
  /** The meeting's IANA zone; when given, the finder can say "meets today". */
  timeZone?: string;
}

export interface FinderCandidate {
  id: string;
  slug: string;
  name: string;
  topics: string[];
  categories: string[];
  leadership: LeadershipModel;
  attendance: Attendance;
  audiences: string[];
  languages: string[];
  cost: Cost;
  format: GroupFormat;
  meetings: CandidateMeeting[];
  /** English schedule text for display; the finder writes its own localized schedule reason. */
  scheduleDescription: string;
  /** Labels (in the requested locale) for topic slugs the seed taxonomy does not know. */
  topicLabels: Record<string, string>;
}

export interface RankContext {
  now: Date;
  locale: Locale;
  /** Most results to return; fallback results default to 5. */
  limit?: number;
}

/** Hard filters the fallback may relax, in the order it relaxes them. */
export type Relaxation = 'time' | 'distance' | 'format';

export interface RankedGroup {
  groupId: string;
  score: number;
  reasons: string[];
  mismatches: string[];
  /** True when the group only passed after relaxing some filters. */
  partial: boolean;
}

export interface FinderResult {
  matches: RankedGroup[];
  /** Filters relaxed to produce `matches` (empty for full matches). */
  relaxed: Relaxation[];
}
