import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail } from '../../../contracts/groups';
import { testClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import { expectProblem } from '../../../../test/helpers/problem';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { testDialect } from '../../../../test/helpers/test-db';
import { parseCalendar } from '../../interop/ical/ical-expand.test-helpers';
import { createGroup, setStatus, WED_NOON_CHICAGO } from '../groups/groups.test-helpers';

const SECRET_LINK = 'https://meet.example.org/private-circle-7f3k';
const SECRET_DIAL_IN = '+1 312 555 0199,,4242#';
const OPEN_LINK = 'https://meet.example.org/open-circle';

describe(`group calendars (.ics) on ${testDialect}`, () => {
  let ctx: TestContext;
  let webDir: string;
  let admin: TestUser;
  let privateGroup: GroupDetail;
  let openGroup: GroupDetail;

  beforeAll(async () => {
    webDir = mkdtempSync(path.join(tmpdir(), 'kindred-web-'));
    writeFileSync(path.join(webDir, 'index.html'), '<html><head><title>K</title></head></html>');
    ctx = await createTestContext({
      config: { webDir },
      deps: { clock: testClock(WED_NOON_CHICAGO) },
    });
    admin = await ctx.newUser({ role: 'admin' });
    privateGroup = await createGroup(ctx, admin, {
      name: 'Members circle',
      attendance: 'members-only',
      schedules: [
        weeklySchedule({
          mode: 'hybrid',
          online: { joinUrl: SECRET_LINK, dialIn: SECRET_DIAL_IN },
        }),
        onlineSchedule({ online: { joinUrl: SECRET_LINK } }),
      ],
    });
    openGroup = await createGroup(ctx, admin, {
      name: 'Open circle',
      schedules: [onlineSchedule({ online: { joinUrl: OPEN_LINK } })],
    });
  });
  afterAll(async () => {
    await ctx.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string, as?: TestUser, headers: Record<string, string> = {}) =>
    ctx.request({ method: 'GET', url, headers, ...(as ? { as } : {}) });

  it('serves text/calendar with a filename, validators and a 304 for a current copy', async () => {
    const res = await get(`/groups/${openGroup.slug}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${openGroup.slug}.ics"`);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    // The same data gives the same bytes: nothing in it depends on when it was asked for.
    expect((await get(`/groups/${openGroup.slug}/calendar.ics`)).body).toBe(res.body);
    const again = await get(`/groups/${openGroup.slug}/calendar.ics`, undefined, {
      'if-none-match': etag,
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const head = await ctx.request({
      method: 'HEAD',
      url: `/groups/${openGroup.slug}/calendar.ics`,
    });
    expect(head.statusCode).toBe(200);

    const calendar = parseCalendar(res.body);
    const event = calendar.getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('uid')).toBe(
      `${openGroup.scheduleDetails[0]?.id}@localhost`,
    );
    expect(event?.getFirstPropertyValue('summary')).toBe('Open circle');
    expect(event?.getFirstPropertyValue('url')).toBe(
      `http://localhost:3000/groups/${openGroup.slug}`,
    );
    expect(String(event?.getFirstPropertyValue('description'))).toContain(
      `Group page: http://localhost:3000/groups/${openGroup.slug}`,
    );
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'America/Chicago',
    );
  });

  it('gives places as LOCATION and GEO, and the schedule in plain words', async () => {
    const calendar = parseCalendar((await get(`/groups/${privateGroup.slug}/calendar.ics`)).body);
    const event = calendar.getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('location')).toBe(
      'Warrenville Public Library, 28W751 Stafford Pl, Warrenville, IL 60555',
    );
    expect(event?.getFirstPropertyValue('geo')).toEqual([41.8178, -88.1731]);
    expect(String(event?.getFirstPropertyValue('description'))).toMatch(
      /^Every Tuesday, 7:00–8:30 pm \(America\/Chicago\)/,
    );
    expect(String(event?.getFirstPropertyValue('description'))).toContain(
      'What to expect at your first meeting:\nArrive a few minutes early',
    );
  });

  it('leaves join links and dial-ins of a members-only group out for anonymous callers', async () => {
    const anonymous = await get(`/groups/${privateGroup.slug}/calendar.ics`);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.body.replace(/\r\n /g, '')).not.toContain('private-circle-7f3k');
    expect(anonymous.body.replace(/\r\n /g, '')).not.toContain('312 555 0199');
    expect(anonymous.body.replace(/\r\n /g, '')).toContain(
      'The link to join online is shared with members',
    );
    const member = await ctx.newUser();
    const otherFacilitator = await ctx.newUser({ role: 'facilitator' });
    for (const who of [member, otherFacilitator]) {
      const res = await get(`/groups/${privateGroup.slug}/calendar.ics`, who);
      expect(res.body.replace(/\r\n /g, '')).not.toContain('private-circle-7f3k');
    }
  });

  // Membership does not exist yet: among the signed in, only those who run the group see them.
  it.each(['shared-experience', 'family-friends'] as const)(
    'keeps join details of a %s group from the public and members, not from its facilitator',
    async (attendance) => {
      const link = `https://meet.example.org/${attendance}-room-5521`;
      const dialIn = '+1 630 555 0123,,9090#';
      const facilitator = await ctx.newUser({ role: 'facilitator' });
      const g = await createGroup(ctx, facilitator, {
        name: `Circle ${attendance}`,
        attendance,
        schedules: [
          onlineSchedule({ online: { joinUrl: link, dialIn } }),
          weeklySchedule({ mode: 'hybrid', online: { joinUrl: link, dialIn } }),
        ],
      });
      const ics = async (as?: TestUser) => {
        const res = await get(`/groups/${g.slug}/calendar.ics`, as);
        expect(res.statusCode).toBe(200);
        return res.body.replace(/\r\n /g, '');
      };
      for (const who of [undefined, await ctx.newUser()]) {
        const text = await ics(who);
        expect(text).toContain(`SUMMARY:Circle ${attendance}`);
        for (const leak of [link, `${attendance}-room`, '630 555 0123', '9090#']) {
          expect(text).not.toContain(leak);
        }
        expect(text).toContain('The link to join online is shared with members');
      }
      for (const who of [facilitator, admin]) {
        const text = await ics(who);
        expect(text).toContain(`Join online: ${link}`);
        expect(text).toContain('Call in: +1 630 555 0123\\,\\,9090#');
      }
    },
  );

  it('gives join details to those who run the group, privately', async () => {
    const res = await get(`/groups/${privateGroup.slug}/calendar.ics`, admin);
    const text = res.body.replace(/\r\n /g, '');
    expect(text).toContain(`Join online: ${SECRET_LINK}`);
    expect(text).toContain('Call in: +1 312 555 0199\\,\\,4242#');
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers.vary).toContain('Cookie');
    // The online-only schedule's LOCATION is its link, for those who may see it.
    expect(text).toContain(`LOCATION:${SECRET_LINK}`);
    const anonymous = await get(`/groups/${privateGroup.slug}/calendar.ics`);
    expect(anonymous.headers.etag).not.toBe(res.headers.etag);
    expect(anonymous.body).toContain('LOCATION:Online');
  });

  it('shows the join link of an open group to everyone', async () => {
    const res = await get(`/groups/${openGroup.slug}/calendar.ics`);
    expect(res.body.replace(/\r\n /g, '')).toContain(`Join online: ${OPEN_LINK}`);
  });

  it('answers missing and archived groups with a 404 problem, except to those who run them', async () => {
    expectProblem(await get('/groups/no-such-group/calendar.ics'), 404, 'not_found');
    const closing = await createGroup(ctx, admin, { name: 'Closing circle' });
    await setStatus(ctx, admin, closing.id, 'archived');
    expectProblem(await get(`/groups/${closing.slug}/calendar.ics`), 404, 'not_found');
    expect((await get(`/groups/${closing.slug}/calendar.ics`, admin)).statusCode).toBe(200);
  });

  it('has no meetings for a group taking a break, and speaks Spanish on request', async () => {
    const resting = await createGroup(ctx, admin, { name: 'Resting circle' });
    await setStatus(ctx, admin, resting.id, 'paused');
    const paused = await get(`/groups/${resting.slug}/calendar.ics`);
    expect(paused.statusCode).toBe(200);
    expect(paused.body).not.toContain('BEGIN:VEVENT');
    const es = await get(`/groups/${openGroup.slug}/calendar.ics?lang=es`);
    expect(es.body.replace(/\r\n /g, '')).toContain('Todos los jueves\\, 18:00–19:00');
  });

  it('keeps the group page and its calendar apart', async () => {
    const page = await get(`/groups/${openGroup.slug}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain(
      `<link rel="alternate" type="text/calendar" title="Open circle" href="http://localhost:3000/groups/${openGroup.slug}/calendar.ics" />`,
    );
    const ics = await get(`/groups/${openGroup.slug}/calendar.ics`);
    expect(ics.headers['content-type']).toContain('text/calendar');
  });
});
