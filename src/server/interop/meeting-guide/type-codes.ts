// Meeting Guide `types` codes ⇄ Kindred group attributes, both ways.
//
// Spec codes are used where one means the same thing (taxonomy options carry their code as
// `meetingGuide`). Everything else Kindred knows becomes a custom code under `KD-`, which is
// longer than any ISO 639 code and contains a hyphen, so it can never collide with a spec code
// or a language code:
//   KD-T-<TOPIC>  KD-C-<CATEGORY>  KD-L-<LEADERSHIP>  KD-A-<AUDIENCE>  KD-X-<ACCESSIBILITY>
//   KD-LANG-<ISO 639-1>  KD-FAMILY (family and friends)  KD-MEMBERS (members only)
// Slugs are [a-z0-9-], so upper-casing them is reversible.
import { getTypesForLanguage } from '@code4recovery/spec';
import ISO6391 from 'iso-639-1';
import type { Locale } from '../../../domain/schedule/types';
import {
  ACCESSIBILITY_FEATURES,
  ATTENDANCE_OPTIONS,
  AUDIENCES,
  CATEGORIES,
  LEADERSHIP_MODELS,
  TOPICS,
} from '../../../domain/taxonomy/taxonomy';

export const CUSTOM_PREFIX = 'KD-';

const TOPIC_PREFIX = `${CUSTOM_PREFIX}T-`;
const CATEGORY_PREFIX = `${CUSTOM_PREFIX}C-`;
const LEADERSHIP_PREFIX = `${CUSTOM_PREFIX}L-`;
const AUDIENCE_PREFIX = `${CUSTOM_PREFIX}A-`;
const ACCESSIBILITY_PREFIX = `${CUSTOM_PREFIX}X-`;
const LANGUAGE_PREFIX = `${CUSTOM_PREFIX}LANG-`;

/** Online: removed from the spec in 2022 but still emitted and read by TSML. */
export const ONLINE_CODE = 'ONL';
/** Location Temporarily Closed. */
export const TEMPORARILY_CLOSED_CODE = 'TC';

/**
 * ISO 639-1 → the spec's language code, read off the spec's own English labels rather than
 * copied: a spec type is a language when its label is that language's English name (ICU's, or
 * iso-639-1's: ICU says Filipino for tl where the spec says Tagalog). Mostly the upper-cased ISO
 * code, but the spec keeps legacy codes for some languages (S is Spanish; ITA, KOR, POL, POR,
 * PUN, RUS, TUR), and upper-cased ISO codes such as BE, BI, NB, SM, ST and TR are other spec types
 * (Newcomer, Bisexual, Non-Binary, ...), so the code is never guessed from the ISO code.
 */
export const SPEC_LANGUAGE_CODES: Readonly<Record<string, string>> = specLanguageCodes();

function specLanguageCodes(): Record<string, string> {
  const english = getTypesForLanguage('en') as Record<string, string>;
  const codeByLabel = new Map(Object.entries(english).map(([code, label]) => [label, code]));
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const codes: Record<string, string> = {};
  for (const iso of ISO6391.getAllCodes()) {
    const code = codeByLabel.get(names.of(iso) ?? '') ?? codeByLabel.get(ISO6391.getName(iso));
    if (code !== undefined) codes[iso] = code;
  }
  return codes;
}

/**
 * Seed topics that a spec code describes exactly. Only Dual Diagnosis does: the spec's other
 * codes are meeting formats (Speaker, Big Book, ...) that Kindred does not model.
 */
const TOPIC_SPEC_CODES: Readonly<Record<string, string>> = { 'dual-diagnosis': 'DD' };

const FAMILY_CODE = `${CUSTOM_PREFIX}FAMILY`;
const MEMBERS_CODE = `${CUSTOM_PREFIX}MEMBERS`;
const ATTENDANCE_CUSTOM: Readonly<Record<string, string>> = {
  'family-friends': FAMILY_CODE,
  'members-only': MEMBERS_CODE,
};

type MgOptions = readonly { slug: string; meetingGuide?: string }[];

const invert = (map: Readonly<Record<string, string>>): Map<string, string> =>
  new Map(Object.entries(map).map(([k, v]) => [v, k]));

const specCodes = (options: MgOptions): Map<string, string> =>
  new Map(options.flatMap((o) => (o.meetingGuide ? [[o.slug, o.meetingGuide] as const] : [])));

const attendanceCodes = new Map([
  ...specCodes(ATTENDANCE_OPTIONS),
  ...Object.entries(ATTENDANCE_CUSTOM),
]);
const audienceCodes = specCodes(AUDIENCES);
const accessibilityCodes = specCodes(ACCESSIBILITY_FEATURES);

const attendanceBySpec = invert(Object.fromEntries(attendanceCodes));
const audienceBySpec = invert(Object.fromEntries(audienceCodes));
const accessibilityBySpec = invert(Object.fromEntries(accessibilityCodes));
const languageBySpec = invert(SPEC_LANGUAGE_CODES);
const topicBySpec = invert(TOPIC_SPEC_CODES);

const upper = (slug: string) => slug.toUpperCase();

export function attendanceCode(slug: string): string {
  return attendanceCodes.get(slug) ?? `${CUSTOM_PREFIX}ATT-${upper(slug)}`;
}
export function audienceCode(slug: string): string {
  return audienceCodes.get(slug) ?? AUDIENCE_PREFIX + upper(slug);
}
export function accessibilityCode(slug: string): string {
  return accessibilityCodes.get(slug) ?? ACCESSIBILITY_PREFIX + upper(slug);
}
export function languageCode(iso: string): string {
  const code = iso.toLowerCase();
  return SPEC_LANGUAGE_CODES[code] ?? LANGUAGE_PREFIX + upper(code);
}
export function topicCode(slug: string): string {
  return TOPIC_SPEC_CODES[slug] ?? TOPIC_PREFIX + upper(slug);
}
export function categoryCode(slug: string): string {
  return CATEGORY_PREFIX + upper(slug);
}
export function leadershipCode(slug: string): string {
  return LEADERSHIP_PREFIX + upper(slug);
}

export interface TypedGroup {
  attendance: string;
  audiences: string[];
  accessibility: string[];
  languages: string[];
  topics: string[];
  categories: string[];
  leadership: string;
  status: string;
}

export interface TypedSchedule {
  mode: 'in-person' | 'online' | 'hybrid';
  hasConference: boolean;
}

/**
 * The `types` of one meeting of a group, without duplicates, in a stable order. A paused group
 * gets TC and never ONL: to TSML, TC + ONL means "the room is closed but the meeting goes on
 * online", while a paused Kindred group does not meet at all.
 */
export function typesForMeeting(group: TypedGroup, schedule: TypedSchedule): string[] {
  const types = [
    attendanceCode(group.attendance),
    ...group.audiences.map(audienceCode),
    ...group.accessibility.map(accessibilityCode),
    ...group.languages.map(languageCode),
    ...group.topics.map(topicCode),
    ...group.categories.map(categoryCode),
    leadershipCode(group.leadership),
  ];
  if (group.status === 'paused') types.push(TEMPORARILY_CLOSED_CODE);
  else if (schedule.mode !== 'in-person' && schedule.hasConference) types.push(ONLINE_CODE);
  return [...new Set(types)];
}

export interface TypeFields {
  attendance?: string;
  audiences: string[];
  accessibility: string[];
  languages: string[];
  topics: string[];
  leadership?: string;
  online: boolean;
  temporarilyClosed: boolean;
  /** Codes that mean nothing to Kindred (Speaker, Big Book, ...), for the importer to report. */
  unknown: string[];
}

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug after a custom prefix, or undefined when the rest is not a slug. */
function customSlug(code: string, prefix: string): string | undefined {
  if (!code.startsWith(prefix)) return undefined;
  const slug = code.slice(prefix.length).toLowerCase();
  return SLUG_RE.test(slug) ? slug : undefined;
}

const push = (list: string[], value: string) => {
  if (!list.includes(value)) list.push(value);
};

/**
 * The inverse of typesForMeeting: `fieldsFromTypes(typesForMeeting(g, s))` gives back g's
 * attendance, audiences, accessibility, languages, topics and leadership. Category codes are
 * recognised but dropped (a group's categories are derived from its topics). When a feed
 * carries two attendance codes (O and C), the first wins and the other is reported as unknown.
 */
export function fieldsFromTypes(types: readonly string[]): TypeFields {
  const fields: TypeFields = {
    audiences: [],
    accessibility: [],
    languages: [],
    topics: [],
    online: false,
    temporarilyClosed: false,
    unknown: [],
  };
  for (const raw of types) {
    const code = raw.trim();
    if (code === '') continue;
    const upperCode = code.toUpperCase();
    const attendance = attendanceBySpec.get(code) ?? customSlug(upperCode, `${CUSTOM_PREFIX}ATT-`);
    if (attendance !== undefined && (fields.attendance ?? attendance) === attendance) {
      fields.attendance = attendance;
      continue;
    }
    const audience = audienceBySpec.get(code) ?? customSlug(upperCode, AUDIENCE_PREFIX);
    if (audience !== undefined) {
      push(fields.audiences, audience);
      continue;
    }
    const access = accessibilityBySpec.get(code) ?? customSlug(upperCode, ACCESSIBILITY_PREFIX);
    if (access !== undefined) {
      push(fields.accessibility, access);
      continue;
    }
    const language = languageBySpec.get(code) ?? customSlug(upperCode, LANGUAGE_PREFIX);
    if (language !== undefined && ISO6391.validate(language)) {
      push(fields.languages, language);
      continue;
    }
    const topic = topicBySpec.get(code) ?? customSlug(upperCode, TOPIC_PREFIX);
    if (topic !== undefined) {
      push(fields.topics, topic);
      continue;
    }
    const leadership = customSlug(upperCode, LEADERSHIP_PREFIX);
    if (leadership !== undefined && (fields.leadership ?? leadership) === leadership) {
      fields.leadership = leadership;
      continue;
    }
    if (customSlug(upperCode, CATEGORY_PREFIX) !== undefined) continue;
    if (code === ONLINE_CODE) fields.online = true;
    else if (code === TEMPORARILY_CLOSED_CODE) fields.temporarilyClosed = true;
    else push(fields.unknown, code);
  }
  return fields;
}

export interface TaxonomyLabels {
  categories: readonly {
    slug: string;
    label: Readonly<Record<Locale, string>>;
    topics: readonly { slug: string; label: Readonly<Record<Locale, string>> }[];
  }[];
}

function languageName(iso: string, locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(iso);
    if (name !== undefined && name !== iso) return locale === 'es' ? capitalize(name) : name;
  } catch {
    // Fall through to the English name below.
  }
  return ISO6391.getName(iso) || iso;
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * Labels of every custom code, in the shape of TSML UI's `strings.<lang>.types` (which already
 * labels the spec's codes, and drops ONL on purpose). Seed topics and categories are always labelled; pass the
 * organization's taxonomy to label topics it added too.
 */
export function customTypeLabels(
  locale: Locale,
  taxonomy: TaxonomyLabels = { categories: CATEGORIES },
): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const option of ATTENDANCE_OPTIONS) {
    if (!option.meetingGuide) labels[attendanceCode(option.slug)] = option.label[locale];
  }
  for (const option of AUDIENCES) {
    if (!option.meetingGuide) labels[audienceCode(option.slug)] = option.label[locale];
  }
  for (const option of ACCESSIBILITY_FEATURES) {
    if (!option.meetingGuide) labels[accessibilityCode(option.slug)] = option.label[locale];
  }
  for (const option of LEADERSHIP_MODELS) {
    labels[leadershipCode(option.slug)] = option.label[locale];
  }
  const topics = [...TOPICS, ...taxonomy.categories.flatMap((c) => c.topics)];
  for (const topic of topics) {
    if (!(topic.slug in TOPIC_SPEC_CODES)) labels[topicCode(topic.slug)] = topic.label[locale];
  }
  for (const category of [...CATEGORIES, ...taxonomy.categories]) {
    labels[categoryCode(category.slug)] = category.label[locale];
  }
  for (const iso of ISO6391.getAllCodes()) {
    if (!(iso in SPEC_LANGUAGE_CODES)) labels[languageCode(iso)] = languageName(iso, locale);
  }
  return labels;
}
