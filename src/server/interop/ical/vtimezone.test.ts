// Our VTIMEZONE blocks, read by ical.js, must give the offsets the runtime's tz data gives (the
// data src/domain/schedule expands meetings with), in zones with every kind of history: regular
// northern and southern DST, DST abolished (São Paulo 2019, Mexico City 2022), none at all,
// 45-minute offsets, irregular rules (Casablanca's Ramadan changes, Jerusalem's Friday rule) and
// changes at midnight (Santiago).
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { vtimezone } from './vtimezone';

/** Zones, and whether their current rules are yearly nth-weekday ones (open-ended RRULEs). */
const ZONES: [string, boolean][] = [
  ['America/Chicago', true],
  ['Europe/London', true],
  ['Australia/Sydney', true],
  ['America/Sao_Paulo', true],
  ['America/Mexico_City', true],
  ['Asia/Tokyo', true],
  ['Pacific/Chatham', true],
  ['Africa/Casablanca', false],
  ['Asia/Jerusalem', false],
  ['America/Santiago', false],
  ['UTC', true],
];
const FROM_YEAR = 2016;
const TO_YEAR = 2036;
const HOUR = 3_600_000;

function zoneOf(text: string): ICAL.Timezone {
  const component = new ICAL.Component(
    ICAL.parse(`BEGIN:VCALENDAR\r\n${text}\r\nEND:VCALENDAR`) as unknown[],
  );
  const vtimezone = component.getFirstSubcomponent('vtimezone');
  if (!vtimezone) throw new Error('no VTIMEZONE');
  return new ICAL.Timezone(vtimezone);
}

/** The instants at which the wall clock in `zone` reads `fields`: one, or two in a repeated hour. */
function instantsOf(fields: Record<string, number>, zone: string): number[] {
  const asUtc = DateTime.fromObject(fields, { zone: 'UTC' }).toMillis();
  const found = new Set<number>();
  for (const probe of [asUtc - 30 * HOUR, asUtc + 30 * HOUR]) {
    const instant = asUtc - DateTime.fromMillis(probe, { zone }).offset * 60_000;
    const back = DateTime.fromMillis(instant, { zone });
    if (back.hour === fields.hour && back.minute === fields.minute && back.day === fields.day) {
      found.add(instant);
    }
  }
  return [...found];
}

describe('VTIMEZONE from the runtime tz data', () => {
  for (const [zone, regular] of ZONES) {
    it(`agrees with the runtime for ${zone} (${regular ? 'rules' : 'listed'})`, () => {
      const tz = zoneOf(vtimezone(zone, FROM_YEAR, TO_YEAR));
      const mismatches: string[] = [];
      // Wall clock → instant, the way a calendar app reads DTSTART;TZID=…: the local time of an
      // instant every 11 hours (so every hour of the day comes round), read back through our
      // VTIMEZONE. (ical.js's own instant → local conversion misplaces the hours before each
      // change, so it is not what is checked.) For zones with yearly rules, also five years past
      // the range, where only open-ended rules can still be right.
      const end = Date.UTC(TO_YEAR + (regular ? 6 : 1), 0, 1);
      for (let ms = Date.UTC(FROM_YEAR, 0, 1); ms < end; ms += 11 * HOUR) {
        const wall = DateTime.fromMillis(ms, { zone });
        const fields = {
          year: wall.year,
          month: wall.month,
          day: wall.day,
          hour: wall.hour,
          minute: wall.minute,
        };
        // A wall time that happens twice (the hour repeated in autumn) is ambiguous: skipped.
        if (instantsOf(fields, zone).length > 1) continue;
        const read = new ICAL.Time(fields, tz).toJSDate().getTime();
        if (read !== ms) {
          mismatches.push(`${wall.toISO() ?? ''} read as ${new Date(read).toISOString()}`);
        }
      }
      expect(mismatches.slice(0, 5)).toEqual([]);
    });
  }

  it('uses open-ended yearly rules where they hold, and lists irregular changes', () => {
    const chicago = vtimezone('America/Chicago', 2026, 2036);
    expect(chicago).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(chicago).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    expect(chicago).toContain('TZNAME:CDT');
    expect(vtimezone('America/Mexico_City', 2026, 2036)).not.toContain('DAYLIGHT');
    expect(vtimezone('Africa/Casablanca', 2026, 2036)).toContain('RDATE:');
  });
});
