// Every calendar we serve, read by ical.js as a calendar app would, must put each meeting on the
// instant src/domain/schedule computes: the next 10 of every event, across both DST changes, for
// every kind of recurrence, with cancellations (EXDATE) and moved dates (RECURRENCE-ID).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail, ScheduleInput } from '../../../contracts/groups';
import { testClock } from '../../../../test/helpers/clock';
import { weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { testDialect } from '../../../../test/helpers/test-db';
import { createGroup } from '../../routes/groups/groups.test-helpers';
import { compareWithDomain, expandCalendar, veventsOf } from './ical-expand.test-helpers';

/** Fri 20 Feb 2026, noon in Chicago (CST): ten weekly meetings cross the 8 March change. */
const LATE_FEBRUARY = new Date('2026-02-20T18:00:00.000Z');
/** Fri 23 Oct 2026, noon in Chicago (CDT): ten weekly meetings cross the 1 November change. */
const LATE_OCTOBER = new Date('2026-10-23T17:00:00.000Z');

describe(`iCalendar expansion matches the domain on ${testDialect}`, () => {
  const clock = testClock(LATE_FEBRUARY);
  let ctx: TestContext;
  let admin: TestUser;
  const groups: GroupDetail[] = [];

  beforeAll(async () => {
    ctx = await createTestContext({ deps: { clock } });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  async function group(name: string, schedules: ScheduleInput[]): Promise<GroupDetail> {
    const created = await createGroup(ctx, admin, { name, schedules });
    groups.push(created);
    return created;
  }

  async function calendarOf(slug: string): Promise<string> {
    const res = await ctx.request({ method: 'GET', url: `/groups/${slug}/calendar.ics` });
    expect(res.statusCode, res.body).toBe(200);
    return res.body;
  }

  const compare = (text: string, detail: GroupDetail, count = 10) =>
    compareWithDomain(text, detail, clock.now(), count);

  /** Same meetings; `count` of them unless the series has fewer left (`all: false`). */
  function expectSame(text: string, detail: GroupDetail, count = 10, all = true): void {
    for (const { fromCalendar, fromDomain } of compare(text, detail, count)) {
      if (all) expect(fromDomain).toHaveLength(count);
      expect(fromCalendar).toEqual(fromDomain);
    }
  }

  it('weekly in America/Chicago across the March change, with a cancellation and a move', async () => {
    const g = await group('Tuesday and Thursday circle', [
      weeklySchedule({
        recurrence: { kind: 'weekly', days: [2, 4] },
        exceptions: [
          { date: '2026-03-10', kind: 'cancelled', note: 'Library closed' },
          {
            date: '2026-03-17',
            kind: 'moved',
            start: '2026-03-18T18:00',
            end: '2026-03-18T19:30',
            note: 'Room change',
          },
        ],
      }),
    ]);
    const text = await calendarOf(g.slug);
    expectSame(text, g);
    const starts = compare(text, g)[0]?.fromCalendar.map((o) => o.start) ?? [];
    // 7 pm CST is 01:00Z the next day; after 8 March, 7 pm CDT is 00:00Z.
    expect(starts[0]).toBe('2026-02-25T01:00:00.000Z');
    expect(starts).toContain('2026-03-06T01:00:00.000Z');
    expect(starts).toContain('2026-03-13T00:00:00.000Z');
    // Cancelled: gone. Moved: only at its new time.
    expect(starts).not.toContain('2026-03-11T00:00:00.000Z');
    expect(starts).not.toContain('2026-03-18T00:00:00.000Z');
    expect(starts).toContain('2026-03-18T23:00:00.000Z');
    expect(text).toContain('EXDATE;TZID=America/Chicago:20260310T190000');
    expect(text).toContain('RECURRENCE-ID;TZID=America/Chicago:20260317T190000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU,TH');
    expect(text.replace(/\r\n /g, '')).toContain(
      'DESCRIPTION:Moved from Tuesday\\, March 17\\, 2026\\, 7:00 pm. Room change',
    );
  });

  it('monthly: first and third Tuesday, last Friday, and the 31st', async () => {
    const g = await group('Monthly circles', [
      weeklySchedule({ recurrence: { kind: 'monthly-nth', weekday: 2, nths: [1, 3] } }),
      weeklySchedule({ recurrence: { kind: 'monthly-nth', weekday: 5, nths: [-1] } }),
      weeklySchedule({ recurrence: { kind: 'monthly-day', dayOfMonth: 31 } }),
    ]);
    const text = await calendarOf(g.slug);
    expectSame(text, g);
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=1TU,3TU');
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYDAY=-1FR');
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=31');
  });

  it('every other week, starting on the anchor-aligned week, and bounded series', async () => {
    // On-weeks from 5 Jan 2026: the first after 20 Feb is the week of 2 March, not 23 Feb.
    const g = await group('Every other Monday', [
      weeklySchedule({ recurrence: { kind: 'biweekly', days: [1], anchorDate: '2026-01-05' } }),
      weeklySchedule({
        recurrence: { kind: 'biweekly', days: [0, 6], anchorDate: '2026-01-10' },
        start: '10:00',
        end: '11:00',
      }),
    ]);
    const text = await calendarOf(g.slug);
    expectSame(text, g);
    expect(text).toContain('DTSTART;TZID=America/Chicago:20260302T190000');
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU');

    const bounded = await group('Spring series', [
      weeklySchedule({ startsOn: '2026-03-01', endsOn: '2026-04-07' }),
    ]);
    const boundedText = await calendarOf(bounded.slug);
    // Six Tuesdays from 3 March to 7 April, the last one included by UNTIL.
    expectSame(boundedText, bounded, 6);
    expect(expandCalendar(boundedText, clock.now(), 10).values().next().value).toHaveLength(6);
    expect(boundedText).toContain('UNTIL=20260408T045959Z');
  });

  it('one-time meetings, including overnight ones and other zones', async () => {
    const g = await group('Special sessions', [
      weeklySchedule({ recurrence: { kind: 'once', date: '2026-04-02' } }),
      weeklySchedule({
        recurrence: { kind: 'weekly', days: [6] },
        timeZone: 'Australia/Sydney',
        start: '23:00',
        end: '00:30',
      }),
      weeklySchedule({
        recurrence: { kind: 'weekly', days: [0] },
        timeZone: 'America/Mexico_City',
      }),
    ]);
    const text = await calendarOf(g.slug);
    const [once, ...weekly] = compare(text, g);
    expect(once?.fromCalendar).toEqual(once?.fromDomain);
    expect(once?.fromCalendar).toHaveLength(1);
    const onceEvents = veventsOf(text, `${g.scheduleDetails[0]?.id ?? ''}@localhost`);
    expect(onceEvents).toHaveLength(1);
    expect(onceEvents[0]).not.toContain('RRULE');
    for (const w of weekly) expect(w.fromCalendar).toEqual(w.fromDomain);
    // Mexico City keeps standard time all year since 2022: no DAYLIGHT block for it.
    const mexico = /BEGIN:VTIMEZONE\r\nTZID:America\/Mexico_City[^]*?END:VTIMEZONE/.exec(text);
    expect(mexico?.[0]).not.toContain('DAYLIGHT');
  });

  it('weekly across the November change, for new and older series', async () => {
    clock.advance(LATE_OCTOBER.getTime() - clock.now().getTime());
    admin = await ctx.newUser({ role: 'admin' }); // sessions from February have expired
    const g = await group('Thursday evening', [
      weeklySchedule({ recurrence: { kind: 'weekly', days: [4] }, start: '18:00', end: '19:00' }),
    ]);
    const text = await calendarOf(g.slug);
    expectSame(text, g);
    const starts = compare(text, g)[0]?.fromCalendar.map((o) => o.start) ?? [];
    // 6 pm CDT is 23:00Z; after 1 November, 6 pm CST is 00:00Z the next day.
    expect(starts[0]).toBe('2026-10-29T23:00:00.000Z');
    expect(starts[1]).toBe('2026-11-06T00:00:00.000Z');
    // Series that began in February still land right, eight months and two changes later.
    for (const earlier of groups.slice(0, 3)) expectSame(await calendarOf(earlier.slug), earlier);
  });

  it('a personal calendar carries the same meetings for every followed group', async () => {
    const member = await ctx.newUser();
    for (const g of groups) {
      const res = await ctx.request({
        method: 'PUT',
        url: `/api/groups/${g.slug}/follow`,
        as: member,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const created = await ctx.request({ method: 'POST', url: '/api/me/calendar', as: member });
    const url = new URL(created.json<{ url: string }>().url);
    const res = await ctx.request({ method: 'GET', url: url.pathname });
    expect(res.statusCode, res.body).toBe(200);
    for (const g of groups) {
      // Compared now, in October: some series have ended, the one-time meeting is past.
      expectSame(res.body, g, 10, false);
    }
  });
});
