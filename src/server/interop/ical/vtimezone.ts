// VTIMEZONE blocks built from the runtime's tz data: the same data src/domain/schedule expands
// occurrences with, so a calendar app that reads our VTIMEZONE (Outlook, ical.js) lands every
// meeting on the instant the directory shows. Packaged VTIMEZONE sets go stale (one still had
// Mexico City on summer time after Mexico abolished it in 2022); the runtime's data is the truth.
//
// Each offset change in [fromYear, toYear] is found by stepping a week at a time and bisecting to
// the minute. Changes of one kind (same offsets) become one observance listed with RDATEs, and
// when their latest years follow a yearly nth-weekday rule still in force at the end of the
// range, that run becomes an open-ended RRULE, so the block stays right for years to come.
// Zones whose rules are not nth-weekday ones (Jerusalem, Santiago, Casablanca) are listed to the
// end of the range, which callers set years ahead.
import { DateTime } from 'luxon';
import { offsetAt } from '../../../domain/schedule/resolve';

const MINUTE = 60_000;
const WEEK = 7 * 24 * 60 * MINUTE;
const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

interface Change {
  /** The instant of the change. */
  at: number;
  from: number;
  to: number;
  dst: boolean;
  name: string;
  /** Wall clock just before the change (in the `from` offset), as UTC fields. */
  local: Date;
}

function offset(ms: number, zone: string): number {
  return offsetAt(new Date(ms), zone);
}

function describeChange(at: number, from: number, to: number, zone: string): Change {
  const after = DateTime.fromMillis(at, { zone });
  return {
    at,
    from,
    to,
    dst: after.isInDST,
    // "CDT", "GMT"; numeric names ("GMT+11") say nothing TZOFFSETTO does not.
    name: /^(GMT|UTC)[+-]/.test(after.offsetNameShort ?? '') ? '' : (after.offsetNameShort ?? ''),
    local: new Date(at + from * MINUTE),
  };
}

/** Every offset change of `zone` in [from, to), to the minute. */
export function offsetChanges(zone: string, from: number, to: number): Change[] {
  const changes: Change[] = [];
  let lo = from;
  let before = offset(lo, zone);
  while (lo < to) {
    const hi = Math.min(lo + WEEK, to);
    const after = offset(hi, zone);
    if (after !== before) {
      let a = lo;
      let b = hi;
      while (b - a > MINUTE) {
        const mid = a + Math.max(1, Math.floor((b - a) / 2 / MINUTE)) * MINUTE;
        if (offset(mid, zone) === before) a = mid;
        else b = mid;
      }
      changes.push(describeChange(b, before, offset(b, zone), zone));
      before = offset(b, zone);
      lo = b;
      continue;
    }
    lo = hi;
  }
  return changes;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYYMMDDTHHMMSS" of UTC fields (the caller has already shifted to local time). */
function stamp(d: Date): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** The yearly rule a change follows: month, weekday, nth (or -1 for last) and time of day. */
function ruleOf(c: Change): { key: string; month: number; byDay: string } {
  const d = c.local;
  const day = d.getUTCDate();
  const month = d.getUTCMonth() + 1;
  const daysInMonth = new Date(Date.UTC(d.getUTCFullYear(), month, 0)).getUTCDate();
  const weekday = DAYS[d.getUTCDay()] ?? 'SU';
  const nth = day + 7 > daysInMonth ? -1 : Math.ceil(day / 7);
  const time = d.getUTCHours() * 60 + d.getUTCMinutes();
  return { key: `${month}|${weekday}|${nth}|${time}`, month, byDay: `${nth}${weekday}` };
}

/**
 * How many of the latest changes (same kind, one a year) follow one yearly rule. A "last Sunday"
 * that is also the 4th in some years is read as -1 throughout by ruleOf, so runs stay whole.
 */
function yearlyRunLength(changes: Change[]): number {
  let run = 1;
  for (let i = changes.length - 1; i > 0; i--) {
    const cur = changes[i];
    const prev = changes[i - 1];
    if (!cur || !prev) break;
    const consecutive = cur.local.getUTCFullYear() - prev.local.getUTCFullYear() === 1;
    if (!consecutive || ruleOf(cur).key !== ruleOf(prev).key) break;
    run++;
  }
  return run;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', c: Change, extra: string[]): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${stamp(c.local)}`,
    ...extra,
    `TZOFFSETFROM:${formatOffset(c.from)}`,
    `TZOFFSETTO:${formatOffset(c.to)}`,
    ...(c.name === '' ? [] : [`TZNAME:${c.name}`]),
    `END:${kind}`,
  ];
}

/**
 * Years a rule must have held, in a row, to be trusted as open-ended: "the Friday on or after
 * the 23rd" (Jerusalem) is the last Friday in at most five years running, never eight.
 */
const MIN_RULE_YEARS = 8;

function observancesOf(changes: Change[], lastYear: number): string[] {
  const kind = changes[0]?.dst ? 'DAYLIGHT' : 'STANDARD';
  const last = changes[changes.length - 1];
  const run = yearlyRunLength(changes);
  // A rule still in force at the end of the range is open-ended; other changes are listed.
  const openEnded =
    last !== undefined && run >= MIN_RULE_YEARS && last.local.getUTCFullYear() >= lastYear - 1;
  const listed = openEnded ? changes.slice(0, changes.length - run) : changes;
  const lines: string[] = [];
  if (listed[0]) {
    // One RDATE per change, the first one too: RFC 5545 allows both, and ical.js reads only
    // the first value of each RDATE and skips DTSTART when RDATEs are present.
    lines.push(
      ...observance(
        kind,
        listed[0],
        listed.map((c) => `RDATE:${stamp(c.local)}`),
      ),
    );
  }
  const start = changes[changes.length - run];
  if (openEnded && start) {
    const rule = ruleOf(start);
    lines.push(
      ...observance(kind, start, [`RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.byDay}`]),
    );
  }
  return lines;
}

const cache = new Map<string, string>();

/** A VTIMEZONE component for `zone`, right for [fromYear, toYear] and, where rules hold, after. */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const key = `${zone}|${fromYear}|${toYear}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const from = Date.UTC(fromYear, 0, 1) - 2 * 24 * 60 * MINUTE;
  const to = Date.UTC(toYear + 1, 0, 1);
  const changes = offsetChanges(zone, from, to);
  const initial = offset(from, zone);
  const opening = describeChange(from, initial, initial, zone);
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    // The offset in force when the range opens, for instants before its first change.
    ...observance(opening.dst ? 'DAYLIGHT' : 'STANDARD', opening, []),
  ];
  const kinds = new Map<string, Change[]>();
  for (const c of changes) {
    const k = `${c.from}|${c.to}|${String(c.dst)}`;
    kinds.set(k, [...(kinds.get(k) ?? []), c]);
  }
  for (const group of kinds.values()) lines.push(...observancesOf(group, toYear));
  lines.push('END:VTIMEZONE');
  const text = lines.join('\r\n');
  if (cache.size >= 200) cache.clear();
  cache.set(key, text);
  return text;
}
