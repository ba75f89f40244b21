// Scores one candidate against the answers. Topic fit is tiered so it outranks everything else
// together: a topic match (200+) beats a same-category group (100), which beats an unrelated one,
// whatever their schedule (≤ 20), preferences (≤ 44, penalties ≥ -14) and distance (≤ 5). So
// nobody looking for grief support sees a better-timed anxiety group first. Below topics, the
// per-item weights descend as the product asks: schedule fit, then each preference, then distance.
import { DateTime } from 'luxon';
import type { Locale, Weekday } from '../schedule/types';
import { categoryBySlug, categoryOfTopic, topicBySlug } from '../taxonomy/taxonomy';
import { finderMessages } from './messages';
import { bestMeeting, checkMeeting, qualifyingMeetings, type MeetingCheck } from './meetings';
import type { FinderAnswers, FinderCandidate, Relaxation } from './types';

export const WEIGHTS = {
  topic: 200,
  extraTopic: 10,
  category: 100,
  days: 12,
  times: 8,
  preference: 6,
  family: 8,
  distance: 5,
} as const;

export interface Evaluation {
  score: number;
  reasons: string[];
  mismatches: string[];
}

/** Filters no fallback relaxes: who the group is for and the language it runs in. */
function passesFixedFilters(answers: FinderAnswers, c: FinderCandidate): boolean {
  const lang = answers.language.trim().toLowerCase();
  if (lang && !c.languages.some((l) => l.toLowerCase() === lang)) return false;
  const { womenOnly, menOnly } = answers.preferences;
  if (womenOnly && c.audiences.includes('men')) return false;
  if (menOnly && c.audiences.includes('women')) return false;
  // Looking for support as family or a friend: groups only for people with the experience
  // themselves are not for them, unless they are family/caregiver groups.
  if (answers.forWhom === 'someone-else' && !c.categories.includes('family-caregivers')) {
    return c.attendance === 'open' || c.attendance === 'family-friends';
  }
  return true;
}

function topicLabel(slug: string, c: FinderCandidate, locale: Locale): string {
  return topicBySlug(slug)?.label[locale] ?? c.topicLabels[slug] ?? slug;
}

function scoreTopics(
  answers: FinderAnswers,
  c: FinderCandidate,
  locale: Locale,
  out: Evaluation,
): void {
  if (answers.topics.length === 0) return;
  const t = finderMessages(locale);
  const matched = answers.topics.filter((s) => c.topics.includes(s));
  const missing = answers.topics.filter((s) => !c.topics.includes(s));
  if (matched.length > 0) {
    out.score += WEIGHTS.topic + WEIGHTS.extraTopic * (matched.length - 1);
    for (const slug of matched) {
      const known = topicBySlug(slug);
      out.reasons.push(known ? known.forWhom[locale] : t.aboutTopic(topicLabel(slug, c, locale)));
    }
  } else {
    const related = answers.topics
      .map((s) => categoryOfTopic(s)?.slug)
      .find((cat) => cat !== undefined && c.categories.includes(cat));
    const category = related ? categoryBySlug(related) : undefined;
    if (category) {
      out.score += WEIGHTS.category;
      out.reasons.push(t.relatedTo(category.label[locale]));
    }
  }
  if (missing.length > 0)
    out.mismatches.push(t.notAbout(missing.map((s) => topicLabel(s, c, locale))));
}

function scoreSchedule(
  answers: FinderAnswers,
  usable: readonly MeetingCheck[],
  out: Evaluation,
): void {
  const fits = usable.filter((m) => m.dayOk && m.timeOk);
  const chosen = answers.days;
  const covered = (list: readonly MeetingCheck[]) =>
    chosen.filter((d) => list.some((m) => m.meeting.days.includes(d))).length /
    (chosen.length || 1);
  if (fits.length > 0) {
    // More of the chosen days covered = more chances to go.
    if (chosen.length > 0) out.score += WEIGHTS.days * covered(fits);
    if (answers.timesOfDay.length > 0) out.score += WEIGHTS.times;
    return;
  }
  // Only reachable once time is relaxed: half credit for getting the day or the time right.
  if (chosen.length > 0) out.score += (WEIGHTS.days / 2) * covered(usable);
  if (answers.timesOfDay.length > 0 && usable.some((m) => m.timeOk)) out.score += WEIGHTS.times / 2;
}

function scorePreferences(
  answers: FinderAnswers,
  c: FinderCandidate,
  locale: Locale,
  out: Evaluation,
): void {
  const t = finderMessages(locale);
  const p = answers.preferences;
  const family = c.attendance === 'family-friends' || c.categories.includes('family-caregivers');
  if (answers.forWhom === 'someone-else') {
    if (family) out.score += WEIGHTS.family;
    (family ? out.reasons : out.mismatches).push(family ? t.forFamily : t.unmet.family);
  } else if (c.attendance === 'family-friends' && !c.categories.includes('family-caregivers')) {
    out.score -= WEIGHTS.family;
    out.mismatches.push(t.familyOnly);
  }
  out.reasons.push(t.leadership[c.leadership]);
  const prefer = (wanted: boolean | undefined, has: boolean, unmet: string) => {
    if (wanted && has) out.score += WEIGHTS.preference;
    if (wanted && !has) out.mismatches.push(unmet);
  };
  prefer(p.peerLed, c.leadership === 'peer', t.unmet.peerLed);
  prefer(p.professional, c.leadership === 'professional', t.unmet.professional);
  for (const audience of ['women', 'men', 'lgbtq'] as const) {
    // Always said: people need to know a group is a women's or men's group before going.
    if (c.audiences.includes(audience)) out.reasons.push(t.audience[audience]);
  }
  prefer(p.womenOnly, c.audiences.includes('women'), t.unmet.womenOnly);
  prefer(p.menOnly, c.audiences.includes('men'), t.unmet.menOnly);
  prefer(p.lgbtq, c.audiences.includes('lgbtq'), t.unmet.lgbtq);
  const costReason = t.cost[c.cost];
  if (costReason) out.reasons.push(costReason);
  if (p.free) {
    const points = { free: 1, donation: 2 / 3, 'sliding-scale': 1 / 3, fee: -1 }[c.cost];
    out.score += WEIGHTS.preference * points;
    const unmet = t.notFree[c.cost];
    if (unmet) out.mismatches.push(unmet);
  }
}

/** "Meets today at 7 pm" when a weekly meeting with a known zone is still ahead today. */
function meetsTodayReason(
  usable: readonly MeetingCheck[],
  now: Date,
  locale: Locale,
): string | null {
  const today = usable
    .map((m) => m.meeting)
    .filter((m) => m.timeZone && (m.cadence ?? 'weekly') === 'weekly')
    .filter((m) => {
      const local = DateTime.fromJSDate(now, { zone: m.timeZone });
      return (
        local.isValid &&
        m.days.includes((local.weekday % 7) as Weekday) &&
        m.startMinutes > local.hour * 60 + local.minute
      );
    })
    .sort((a, b) => a.startMinutes - b.startMinutes)[0];
  return today ? finderMessages(locale).meetsToday(today.startMinutes) : null;
}

/** null when the candidate fails a hard filter that is not relaxed. */
export function evaluate(
  answers: FinderAnswers,
  c: FinderCandidate,
  relaxed: ReadonlySet<Relaxation>,
  now: Date,
  locale: Locale,
): Evaluation | null {
  if (!passesFixedFilters(answers, c)) return null;
  const usable = qualifyingMeetings(
    c.meetings.map((m) => checkMeeting(answers, m)),
    relaxed,
  );
  const best = bestMeeting(usable);
  if (!best) return null;
  const t = finderMessages(locale);
  const out: Evaluation = { score: 0, reasons: [], mismatches: [] };
  scoreTopics(answers, c, locale, out);
  out.reasons.push(t.schedule(best.meeting));
  const today = meetsTodayReason(usable, now, locale);
  if (today) out.reasons.push(today);
  scoreSchedule(answers, usable, out);
  scorePreferences(answers, c, locale, out);
  if (best.miles !== undefined) {
    out.reasons.push(t.milesAway(best.miles));
    const radius = answers.maxMiles ?? 50; // without a radius, closeness still helps a little
    out.score += WEIGHTS.distance * Math.max(0, 1 - best.miles / radius);
  }
  // Say what was given up when filters were relaxed.
  if (!best.dayOk) out.mismatches.push(t.notOnDays);
  if (!best.timeOk) out.mismatches.push(t.notAtTimes);
  if (!best.distanceOk) out.mismatches.push(t.beyondDistance(best.miles, answers.maxMiles ?? 0));
  if (!best.formatOk) out.mismatches.push(t.onlyMode(best.meeting.mode));
  out.score = Math.round(out.score * 100) / 100;
  return out;
}
