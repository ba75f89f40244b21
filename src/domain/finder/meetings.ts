// Per-meeting checks for the finder's hard filters. A group passes when one of its meetings
// passes them all together: "Tuesday evening" must be one meeting, not a Tuesday morning
// meeting plus a Friday evening one.
import { distanceMiles } from '../directory/distance';
import { timeOfDayBucketsForMinutes } from '../directory/time-of-day';
import type { CandidateMeeting, FinderAnswers, Relaxation } from './types';

export interface MeetingCheck {
  meeting: CandidateMeeting;
  formatOk: boolean;
  distanceOk: boolean;
  dayOk: boolean;
  timeOk: boolean;
  /** Miles from the origin, when both are known and the meeting has a place. */
  miles?: number;
}

function attendsInPerson(answers: FinderAnswers, meeting: CandidateMeeting): boolean {
  // A hybrid meeting is joined online unless the person asked for in-person.
  return (
    meeting.mode === 'in-person' || (meeting.mode === 'hybrid' && answers.format === 'in-person')
  );
}

export function checkMeeting(answers: FinderAnswers, meeting: CandidateMeeting): MeetingCheck {
  const formatOk =
    answers.format === 'either' || meeting.mode === 'hybrid' || meeting.mode === answers.format;
  const miles =
    answers.origin && meeting.location && meeting.mode !== 'online'
      ? distanceMiles(answers.origin, meeting.location)
      : undefined;
  const radiusApplies =
    answers.origin !== undefined &&
    answers.maxMiles !== undefined &&
    attendsInPerson(answers, meeting);
  const distanceOk =
    !radiusApplies || (miles !== undefined && miles <= (answers.maxMiles ?? Infinity));
  const dayOk = answers.days.length === 0 || meeting.days.some((d) => answers.days.includes(d));
  const buckets = timeOfDayBucketsForMinutes(meeting.startMinutes);
  const timeOk =
    answers.timesOfDay.length === 0 || buckets.some((b) => answers.timesOfDay.includes(b));
  return { meeting, formatOk, distanceOk, dayOk, timeOk, ...(miles !== undefined && { miles }) };
}

/** Meetings passing every filter that is not relaxed. */
export function qualifyingMeetings(
  checks: readonly MeetingCheck[],
  relaxed: ReadonlySet<Relaxation>,
): MeetingCheck[] {
  return checks.filter(
    (c) =>
      (relaxed.has('format') || c.formatOk) &&
      (relaxed.has('distance') || c.distanceOk) &&
      (relaxed.has('time') || (c.dayOk && c.timeOk)),
  );
}

const rank = (ok: boolean) => (ok ? 0 : 1);

/**
 * The meeting to describe: fits the time, then the format, then the distance; then nearest,
 * then earliest in the week. Deterministic for equal meetings.
 */
export function bestMeeting(checks: readonly MeetingCheck[]): MeetingCheck | undefined {
  return [...checks].sort(
    (a, b) =>
      rank(a.dayOk && a.timeOk) - rank(b.dayOk && b.timeOk) ||
      rank(a.formatOk) - rank(b.formatOk) ||
      rank(a.distanceOk) - rank(b.distanceOk) ||
      (a.miles ?? Infinity) - (b.miles ?? Infinity) ||
      Math.min(...a.meeting.days, 7) - Math.min(...b.meeting.days, 7) ||
      a.meeting.startMinutes - b.meeting.startMinutes,
  )[0];
}
