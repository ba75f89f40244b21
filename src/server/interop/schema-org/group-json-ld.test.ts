import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupInput } from '../../../contracts/groups';
import { testClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { testDialect } from '../../../../test/helpers/test-db';
import { createGroup, WED_NOON_CHICAGO } from '../../routes/groups/groups.test-helpers';

const shell = `<!doctype html>
<html lang="en">
  <head>
    <title>Kindred</title>
    <script type="module" src="/assets/app.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

const S = 'https://schema.org/';
const LD = /<script type="application\/ld\+json">([^]*?)<\/script>/g;
type Json = Record<string, unknown>;

describe(`schema.org JSON-LD on group pages on ${testDialect}`, () => {
  let ctx: TestContext;
  let webDir: string;
  let admin: TestUser;

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'kindred-web-'));
    writeFileSync(path.join(webDir, 'index.html'), shell);
    ctx = await createTestContext({
      config: { webDir },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  async function page(overrides: Partial<GroupInput>): Promise<{ html: string; data: Json }> {
    const group = await createGroup(ctx, admin, overrides);
    const res = await ctx.request({ method: 'GET', url: `/groups/${group.slug}` });
    expect(res.statusCode).toBe(200);
    const blocks = [...res.body.matchAll(LD)];
    expect(blocks).toHaveLength(1);
    const head = res.body.slice(0, res.body.indexOf('</head>'));
    expect(head).toContain('<script type="application/ld+json">');
    return { html: res.body, data: JSON.parse(blocks[0]?.[1] ?? '') as Json };
  }

  it('describes an in-person group as an EventSeries with place, schedule and next date', async () => {
    const { data } = await page({ name: 'Tuesday circle', cost: 'free', languages: ['en', 'es'] });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'EventSeries',
      name: 'Tuesday circle',
      description: 'A calm, welcoming group for people living with anxiety.',
      eventStatus: `${S}EventScheduled`,
      eventAttendanceMode: `${S}OfflineEventAttendanceMode`,
      location: {
        '@type': 'Place',
        name: 'Warrenville Public Library',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '28W751 Stafford Pl, Warrenville, IL 60555',
        },
        geo: { '@type': 'GeoCoordinates', latitude: 41.8178, longitude: -88.1731 },
      },
      organizer: {
        '@type': 'Organization',
        name: 'Prairie Path Behavioral Health',
        url: 'http://localhost:3000/',
      },
      // Tuesday 10 June 2025, 7 pm in Chicago (CDT).
      startDate: '2025-06-10T19:00:00-05:00',
      endDate: '2025-06-10T20:30:00-05:00',
      eventSchedule: {
        '@type': 'Schedule',
        repeatFrequency: 'P1W',
        byDay: `${S}Tuesday`,
        startTime: '19:00:00',
        endTime: '20:30:00',
        scheduleTimezone: 'America/Chicago',
      },
      isAccessibleForFree: true,
      inLanguage: ['en', 'es'],
    });
    expect(data.url).toMatch(/^http:\/\/localhost:3000\/groups\/test-group-/);
  });

  it('says online or mixed attendance, and names a join link only for open groups', async () => {
    const online = await page({
      schedules: [onlineSchedule({ online: { joinUrl: 'https://meet.example.org/open-42' } })],
    });
    expect(online.data.eventAttendanceMode).toBe(`${S}OnlineEventAttendanceMode`);
    expect(online.data.location).toEqual({
      '@type': 'VirtualLocation',
      url: 'https://meet.example.org/open-42',
    });

    const hidden = await page({
      attendance: 'members-only',
      cost: 'fee',
      schedules: [
        weeklySchedule({
          mode: 'hybrid',
          online: { joinUrl: 'https://meet.example.org/private-77', dialIn: '+1 312 555 0142' },
        }),
      ],
    });
    expect(hidden.data.eventAttendanceMode).toBe(`${S}MixedEventAttendanceMode`);
    expect(hidden.data.location).toEqual([
      expect.objectContaining({ '@type': 'Place' }),
      { '@type': 'VirtualLocation', url: hidden.data.url },
    ]);
    expect(hidden.data.isAccessibleForFree).toBe(false);
    expect(hidden.html).not.toContain('private-77');
    expect(hidden.html).not.toContain('555 0142');
  });

  it('marks a cancelled next date, and describes monthly schedules', async () => {
    const { data } = await page({
      schedules: [
        weeklySchedule({ exceptions: [{ date: '2025-06-10', kind: 'cancelled' }] }),
        weeklySchedule({ recurrence: { kind: 'monthly-nth', weekday: 5, nths: [-1, 3] } }),
      ],
    });
    const [first, second] = data.subEvent as Json[];
    expect(first).toMatchObject({
      '@type': 'Event',
      startDate: '2025-06-10T19:00:00-05:00',
      eventStatus: `${S}EventCancelled`,
    });
    expect(second?.eventStatus).toBe(`${S}EventScheduled`);
    // The series itself goes on: its next date is the next one that takes place.
    expect(data.eventStatus).toBe(`${S}EventScheduled`);
    expect(data.startDate).toBe('2025-06-17T19:00:00-05:00');
    expect((data.eventSchedule as Json[])[1]).toMatchObject({
      repeatFrequency: 'P1M',
      byDay: `${S}Friday`,
      byMonthWeek: [3, -1],
    });
  });

  it('calls a group taking a break postponed, without dates', async () => {
    const { data } = await page({ status: 'paused' });
    expect(data.eventStatus).toBe(`${S}EventPostponed`);
    expect(data.startDate).toBeUndefined();
    expect(data.subEvent).toBeUndefined();
  });

  it('escapes a group name that tries to close the script element', async () => {
    const name = 'Grief </script><script>alert(1)</script> & <b>circle</b>';
    const { html, data } = await page({ name });
    expect(data.name).toBe(name);
    expect(html).not.toContain('</script><script>alert(1)');
    const block = [...html.matchAll(LD)][0]?.[1] ?? '';
    expect(block).not.toMatch(/[<>]/);
    expect(block).toContain('\\u003c/script\\u003e');
  });

  it('keeps the strict CSP: the data block needs no script-src exception', async () => {
    const group = await createGroup(ctx, admin, {});
    const res = await ctx.request({ method: 'GET', url: `/groups/${group.slug}` });
    const csp = String(res.headers['content-security-policy']);
    expect(/script-src [^;]*/.exec(csp)?.[0]).toBe("script-src 'self'");
  });
});
