// Words for the slugs groups are described with. Taxonomy labels are data (en/es) shared with
// the server; language names come from the browser (Intl.DisplayNames), so no list ships.
import {
  bucketRanges,
  timeOfDayLabels,
  type TimeOfDay,
} from '../../../domain/directory/time-of-day';
import { formatClock, weekdayName } from '../../../domain/schedule/format';
import type { Weekday } from '../../../domain/schedule/types';
import {
  ACCESSIBILITY_FEATURES,
  ATTENDANCE_OPTIONS,
  AUDIENCES,
  COST_OPTIONS,
  FORMATS,
  LEADERSHIP_MODELS,
  optionLabel,
  type Label,
} from '../../../domain/taxonomy/taxonomy';
import type { Choice } from '../../components/ChoiceGroup';
import { currentLocale, t } from '../../i18n';

export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

export const attributeOptions = {
  format: FORMATS,
  leadership: LEADERSHIP_MODELS,
  attendance: ATTENDANCE_OPTIONS,
  audience: AUDIENCES,
  access: ACCESSIBILITY_FEATURES,
  cost: COST_OPTIONS,
} as const;

export type AttributeKind = keyof typeof attributeOptions;

export function attributeLabel(kind: AttributeKind, slug: string): string {
  return optionLabel(attributeOptions[kind], slug, currentLocale());
}

type SlugOf<K extends AttributeKind> = (typeof attributeOptions)[K][number]['slug'];

/** Options for a checkbox group or a select, typed by the kind's slugs. */
export function attributeChoices<K extends AttributeKind>(
  kind: K,
): { value: SlugOf<K>; label: string }[] {
  const options: readonly { slug: SlugOf<K>; label: Label }[] = attributeOptions[kind];
  return options.map((o) => ({ value: o.slug, label: o.label[currentLocale()] }));
}

export function labelText(label: Label): string {
  return label[currentLocale()];
}

export function dayName(day: number): string {
  return weekdayName(day as Weekday, currentLocale());
}

export function dayChoices(): Choice[] {
  return WEEKDAYS.map((day) => ({ value: String(day), label: dayName(day) }));
}

/** "4 am to 12 pm": the start hours a time-of-day bucket covers. */
function bucketHint(bucket: TimeOfDay): string {
  const locale = currentLocale();
  const ranges = bucketRanges[bucket];
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return '';
  // Night wraps midnight (8 pm–midnight, then midnight–5 am): first start to last end.
  return t('groups.timeRange', {
    from: formatClock(first.from, locale, true),
    to: formatClock(last.to, locale, true),
  });
}

export function timeOfDayLabel(bucket: TimeOfDay): string {
  return timeOfDayLabels[bucket][currentLocale()];
}

export function timeOfDayChoices(): Choice[] {
  return (Object.keys(bucketRanges) as TimeOfDay[]).map((bucket) => ({
    value: bucket,
    label: timeOfDayLabel(bucket),
    hint: bucketHint(bucket),
  }));
}

let names: Intl.DisplayNames | null | undefined;

/** "Spanish" for "es"; the code itself if the browser cannot name it. */
export function languageName(code: string): string {
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([currentLocale()], { type: 'language' });
    } catch {
      names = null;
    }
  }
  const name = names?.of(code);
  return name ? name.charAt(0).toLocaleUpperCase() + name.slice(1) : code;
}

export function languageChoices(codes: readonly string[]): Choice[] {
  return codes.map((code) => ({ value: code, label: languageName(code) }));
}

/**
 * The language a group's own text (name, description) is written in, when it is not the page's:
 * a group that meets only in Spanish. Screen readers then switch voice for it.
 */
export function contentLang(group: { languages: readonly string[] }): string | undefined {
  const [only] = group.languages;
  return group.languages.length === 1 && only !== currentLocale() ? only : undefined;
}
