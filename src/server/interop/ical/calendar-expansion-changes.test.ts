// Cancelled and moved meetings, read by ical.js as a calendar app would, must land where
// src/domain/schedule puts them for every kind of recurrence, and across DST changes. Also pins
// the one documented difference (docs/interop/calendars.md): a wall time in the spring-forward
// gap, which the domain shifts forward and ical.js backwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail, ScheduleInput } from '../../../contracts/groups';
import { expandOccurrences } from '../../../domain/schedule/recurrence';
import { testClock } from '../../../../test/helpers/clock';
import { weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { testDialect } from '../../../../test/helpers/test-db';
import { createGroup } from '../../routes/groups/groups.test-helpers';
import {
  compareWithDomain,
  domainOf,
  expandCalendar,
  parseCalendar,
  veventsOf,
} from './ical-expand.test-helpers';

/** Fri 20 Feb 2026, noon in Chicago (CST); clocks go forward on Sun 8 March. */
const LATE_FEBRUARY = new Date('2026-02-20T18:00:00.000Z');
/** Fri 23 Oct 2026, noon in Chicago (CDT); clocks go back on Sun 1 November. */
const LATE_OCTOBER = new Date('2026-10-23T17:00:00.000Z');

describe(`iCalendar cancellations and moves match the domain on ${testDialect}`, () => {
  const clock = testClock(LATE_FEBRUARY);
  let ctx: TestContext;
  let admin: TestUser;

  beforeAll(async () => {
    ctx = await createTestContext({ deps: { clock } });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  /** A group with one schedule, and its calendar as served to anyone. */
  async function served(schedule: ScheduleInput): Promise<{ g: GroupDetail; text: string }> {
    const g = await createGroup(ctx, admin, { name: 'Changing circle', schedules: [schedule] });
    const res = await ctx.request({ method: 'GET', url: `/groups/${g.slug}/calendar.ics` });
    expect(res.statusCode, res.body).toBe(200);
    return { g, text: res.body.replace(/\r\n /g, '') };
  }

  /** ical.js and the domain agree on the next `count`; returns ical.js's starts. */
  function expectSame(text: string, g: GroupDetail, count = 10): string[] {
    const [only] = compareWithDomain(text, g, clock.now(), count);
    expect(only?.fromDomain).toHaveLength(count);
    expect(only?.fromCalendar).toEqual(only?.fromDomain);
    return only?.fromCalendar.map((m) => m.start) ?? [];
  }

  it('monthly on the first and third Tuesday: a cancellation and a move', async () => {
    const { g, text } = await served(
      weeklySchedule({
        recurrence: { kind: 'monthly-nth', weekday: 2, nths: [1, 3] },
        exceptions: [
          { date: '2026-03-17', kind: 'cancelled' },
          { date: '2026-04-07', kind: 'moved', start: '2026-04-09T18:00', end: '2026-04-09T19:30' },
        ],
      }),
    );
    const starts = expectSame(text, g);
    // 3 March is CST (01:00Z next day); 7 April would have been CDT (00:00Z next day).
    expect(starts.slice(0, 3)).toEqual([
      '2026-03-04T01:00:00.000Z',
      '2026-04-09T23:00:00.000Z',
      '2026-04-22T00:00:00.000Z',
    ]);
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU');
    expect(text).toContain('EXDATE;TZID=America/Chicago:20260317T190000');
    expect(text).toContain('RECURRENCE-ID;TZID=America/Chicago:20260407T190000');
  });

  it('every other Monday: a cancellation before the change, a move after it', async () => {
    const { g, text } = await served(
      weeklySchedule({
        recurrence: { kind: 'biweekly', days: [1], anchorDate: '2026-01-05' },
        exceptions: [
          { date: '2026-03-02', kind: 'cancelled' },
          { date: '2026-03-16', kind: 'moved', start: '2026-03-19T19:00', end: '2026-03-19T20:30' },
        ],
      }),
    );
    const starts = expectSame(text, g);
    expect(starts.slice(0, 3)).toEqual([
      '2026-03-20T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
      '2026-04-14T00:00:00.000Z',
    ]);
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU');
    expect(text).toContain('EXDATE;TZID=America/Chicago:20260302T190000');
    expect(text).toContain('RECURRENCE-ID;TZID=America/Chicago:20260316T190000');
  });

  it('monthly on the 31st: a cancellation and a move into a month without one', async () => {
    const { g, text } = await served(
      weeklySchedule({
        recurrence: { kind: 'monthly-day', dayOfMonth: 31 },
        exceptions: [
          { date: '2026-03-31', kind: 'moved', start: '2026-04-01T19:00', end: '2026-04-01T20:30' },
          { date: '2026-05-31', kind: 'cancelled' },
        ],
      }),
    );
    const starts = expectSame(text, g);
    expect(starts.slice(0, 3)).toEqual([
      '2026-04-02T00:00:00.000Z',
      '2026-08-01T00:00:00.000Z',
      '2026-09-01T00:00:00.000Z',
    ]);
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=31');
    expect(text).toContain('EXDATE;TZID=America/Chicago:20260531T190000');
    expect(text).toContain('RECURRENCE-ID;TZID=America/Chicago:20260331T190000');
  });

  it('a cancelled one-time meeting stays listed, marked STATUS:CANCELLED, at its time', async () => {
    const schedule = weeklySchedule({
      recurrence: { kind: 'once', date: '2026-04-02' },
      exceptions: [{ date: '2026-04-02', kind: 'cancelled', note: 'Snow day' }],
    });
    const { g, text } = await served(schedule);
    const s = g.scheduleDetails[0];
    if (!s) throw new Error('no schedule');
    // Neither side offers it as a meeting to go to...
    expect(compareWithDomain(text, g, clock.now(), 10)).toEqual([
      { fromCalendar: [], fromDomain: [] },
    ]);
    // ...but both still know it, cancelled, at the same instant.
    const [vevent, ...others] = veventsOf(text, `${s.id}@localhost`);
    expect(others).toEqual([]);
    expect(vevent).toContain('STATUS:CANCELLED');
    expect(vevent).toContain('This meeting is cancelled. Snow day');
    expect(vevent).not.toMatch(/RRULE|EXDATE|RECURRENCE-ID/);
    const event = parseCalendar(text).getFirstSubcomponent('vevent');
    const start = (event?.getFirstPropertyValue('dtstart') as { toJSDate(): Date }).toJSDate();
    const domain = expandOccurrences(domainOf(s), s.exceptions, {
      from: clock.now(),
      to: new Date('2026-05-01T00:00:00.000Z'),
    });
    expect(domain.map((o) => [o.status, o.start.toISOString()])).toEqual([
      ['cancelled', start.toISOString()],
    ]);
    expect(start.toISOString()).toBe('2026-04-03T00:00:00.000Z');
  });

  it('a Tuesday meeting moved from 3 March (CST) to Thursday 12 March (CDT)', async () => {
    const { g, text } = await served(
      weeklySchedule({
        exceptions: [
          { date: '2026-03-03', kind: 'moved', start: '2026-03-12T19:00', end: '2026-03-12T20:30' },
        ],
      }),
    );
    const starts = expectSame(text, g);
    expect(starts.slice(0, 4)).toEqual([
      '2026-02-25T01:00:00.000Z',
      '2026-03-11T00:00:00.000Z',
      '2026-03-13T00:00:00.000Z',
      '2026-03-18T00:00:00.000Z',
    ]);
    expect(text).toContain('RECURRENCE-ID;TZID=America/Chicago:20260303T190000');
    expect(text).toContain('DTSTART;TZID=America/Chicago:20260312T190000');
  });

  it('the skipped hour: Sundays at 2:30 am on 8 March, as documented', async () => {
    const { g, text } = await served(
      weeklySchedule({ recurrence: { kind: 'weekly', days: [0] }, start: '02:30', end: '03:30' }),
    );
    const [only] = compareWithDomain(text, g, clock.now(), 4);
    const gapDay = (m: { start: string }) => m.start.startsWith('2026-03-08');
    // Every other Sunday agrees: 2:30 CST is 08:30Z, 2:30 CDT is 07:30Z.
    expect(only?.fromCalendar.filter((m) => !gapDay(m))).toEqual(
      only?.fromDomain.filter((m) => !gapDay(m)),
    );
    expect(only?.fromDomain.map((m) => m.start)).toEqual([
      '2026-02-22T08:30:00.000Z',
      '2026-03-01T08:30:00.000Z',
      '2026-03-08T08:30:00.000Z',
      '2026-03-15T07:30:00.000Z',
    ]);
    // 2:30 does not exist that day. The domain shifts it forward to 3:30 CDT, keeping the hour;
    // ical.js shifts it back to 1:30 CST and keeps the written end, 3:30 CDT.
    expect(only?.fromDomain.find(gapDay)).toEqual({
      start: '2026-03-08T08:30:00.000Z',
      end: '2026-03-08T09:30:00.000Z',
    });
    expect(only?.fromCalendar.find(gapDay)).toEqual({
      start: '2026-03-08T07:30:00.000Z',
      end: '2026-03-08T08:30:00.000Z',
    });
    expect(text).toContain('DTSTART;TZID=America/Chicago:20260222T023000');
  });

  it('moves across the November change, forwards and backwards', async () => {
    clock.advance(LATE_OCTOBER.getTime() - clock.now().getTime());
    admin = await ctx.newUser({ role: 'admin' }); // sessions from February have expired
    const { g, text } = await served(
      weeklySchedule({
        exceptions: [
          { date: '2026-10-27', kind: 'moved', start: '2026-11-04T18:00', end: '2026-11-04T19:30' },
          { date: '2026-11-03', kind: 'moved', start: '2026-10-29T18:00', end: '2026-10-29T19:30' },
        ],
      }),
    );
    const starts = expectSame(text, g);
    // 6 pm CDT on 29 October is 23:00Z; 6 pm CST on 4 November is 00:00Z the next day.
    expect(starts.slice(0, 3)).toEqual([
      '2026-10-29T23:00:00.000Z',
      '2026-11-05T00:00:00.000Z',
      '2026-11-11T01:00:00.000Z',
    ]);
    expect(text).toContain('RECURRENCE-ID;TZID=America/Chicago:20261027T190000');
    expect(text).toContain('RECURRENCE-ID;TZID=America/Chicago:20261103T190000');
    expect(expandCalendar(text, clock.now(), 10).size).toBe(1);
  });
});
