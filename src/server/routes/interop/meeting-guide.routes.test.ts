import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupInput } from '../../../contracts/groups';
import { MINUTE, testClock, type TestClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import type { MeetingGuideMeeting } from '../../interop/meeting-guide/export';
import { createGroup, setStatus, WED_NOON_CHICAGO } from '../groups/groups.test-helpers';

// GET /api/meeting-guide.json: the directory as a Meeting Guide feed. "Now" is Wed 4 June 2025,
// 12:00 in Chicago.
const FEED = '/api/meeting-guide.json';
const TYPES = '/api/meeting-guide/types.json';
const SECRET_URL = 'https://zoom.us/j/9990001112?pwd=never-in-the-feed';
const SECRET_PHONE = '+1 312 555 0199,,4242#';

describe('Meeting Guide feed', () => {
  let ctx: TestContext;
  let clock: TestClock;
  let admin: TestUser;
  let editedId: string;

  const make = (slug: string, overrides: Partial<GroupInput>) =>
    createGroup(ctx, admin, { slug, name: slug.replaceAll('-', ' '), ...overrides });

  beforeAll(async () => {
    clock = testClock(WED_NOON_CHICAGO);
    ctx = await createTestContext({
      config: {
        rateLimits: relaxedRateLimits,
        publicUrl: new URL('https://groups.example.org'),
      },
      deps: { clock },
    });
    // The demo organization was seeded with the real clock; put it before "now".
    await ctx.db
      .updateTable('organization')
      .set({ updated_at: '2025-05-01T00:00:00.000Z' })
      .execute();
    admin = await ctx.newUser({ role: 'admin' });
    const edited = await make('weekly-multi', {
      schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [3, 1] } })],
    });
    editedId = edited.id;
    await make('every-other-week', {
      schedules: [
        weeklySchedule({ recurrence: { kind: 'biweekly', days: [2], anchorDate: '2025-05-27' } }),
      ],
    });
    await make('monthly-nth', {
      schedules: [
        weeklySchedule({ recurrence: { kind: 'monthly-nth', weekday: 2, nths: [1, 3] } }),
      ],
    });
    await make('monthly-day', {
      schedules: [weeklySchedule({ recurrence: { kind: 'monthly-day', dayOfMonth: 15 } })],
    });
    await make('one-time', {
      schedules: [weeklySchedule({ recurrence: { kind: 'once', date: '2025-06-14' } })],
    });
    await make('online-open', {
      schedules: [onlineSchedule({ online: { joinUrl: 'https://zoom.us/j/1234567890' } })],
    });
    await make('hybrid-open', {
      schedules: [
        weeklySchedule({
          mode: 'hybrid',
          online: { joinUrl: 'https://meet.google.com/abc-defg-hij', dialIn: '+1 (630) 555-0123' },
        }),
      ],
    });
    const paused = await make('paused-group', {
      schedules: [onlineSchedule({ online: { joinUrl: SECRET_URL } })],
    });
    await setStatus(ctx, admin, paused.id, 'paused');
    const archived = await make('archived-group', {});
    await setStatus(ctx, admin, archived.id, 'archived');
    await make('members-group', {
      attendance: 'members-only',
      schedules: [onlineSchedule({ online: { joinUrl: SECRET_URL, dialIn: SECRET_PHONE } })],
    });
    await make('shared-online', {
      attendance: 'shared-experience',
      schedules: [onlineSchedule({ online: { joinUrl: SECRET_URL, dialIn: SECRET_PHONE } })],
    });
    await make('family-hybrid', {
      attendance: 'family-friends',
      schedules: [
        weeklySchedule({ mode: 'hybrid', online: { joinUrl: SECRET_URL, dialIn: SECRET_PHONE } }),
      ],
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    ctx.request({ method: 'GET', url, headers });
  const feed = async () => {
    const res = await get(FEED);
    expect(res.statusCode, res.body).toBe(200);
    return { res, meetings: res.json<MeetingGuideMeeting[]>() };
  };
  const bySlug = (meetings: MeetingGuideMeeting[], slug: string) => {
    const m = meetings.find((x) => x.slug === slug);
    if (!m) throw new Error(`no meeting ${slug} in ${meetings.map((x) => x.slug).join(', ')}`);
    return m;
  };

  it('is a bare array with one record per schedule and weekday of every public group', async () => {
    const { meetings } = await feed();
    expect(meetings.map((m) => m.slug).sort()).toEqual(
      [
        'every-other-week',
        'family-hybrid',
        'hybrid-open',
        'monthly-day',
        'monthly-nth',
        'one-time',
        'online-open',
        'paused-group',
        'shared-online',
        'weekly-multi-monday-1900',
        'weekly-multi-wednesday-1900',
      ].sort(),
    );
    expect(bySlug(meetings, 'weekly-multi-monday-1900')).toMatchObject({
      name: 'weekly multi',
      day: 1,
      time: '19:00',
      end_time: '20:30',
      timezone: 'America/Chicago',
      location: 'Warrenville Public Library',
      formatted_address: '28W751 Stafford Pl, Warrenville, IL 60555, USA',
      latitude: 41.8178,
      longitude: -88.1731,
      approximate: 'no',
      regions: ['Warrenville'],
      group: 'weekly multi',
      group_id: 'weekly-multi',
      url: 'https://groups.example.org/groups/weekly-multi',
      updated: '2025-06-04 17:00:00',
      entity: 'Prairie Path Behavioral Health',
      entity_url: 'https://groups.example.org',
      entity_location: 'Warrenville, IL, USA',
      types: ['O', 'EN', 'KD-T-ANXIETY', 'KD-C-MENTAL-HEALTH', 'KD-L-PEER'],
    });
    expect(bySlug(meetings, 'weekly-multi-wednesday-1900').day).toBe(3);
  });

  it('writes what the weekly format cannot say into notes', async () => {
    const { meetings } = await feed();
    expect(bySlug(meetings, 'every-other-week')).toMatchObject({
      day: 2,
      notes: 'Every other week (next: June 10, 2025)',
    });
    expect(bySlug(meetings, 'monthly-nth')).toMatchObject({
      day: 2,
      notes: 'First and third Tuesday of the month',
    });
    const monthlyDay = bySlug(meetings, 'monthly-day');
    expect(monthlyDay).not.toHaveProperty('day');
    expect(monthlyDay.notes).toBe('On the 15th of each month at 7:00 pm');
    expect(bySlug(meetings, 'one-time')).toMatchObject({
      day: 6,
      notes: 'One time only: Saturday, June 14, 2025',
    });
  });

  it('marks online, hybrid and paused meetings the way TSML reads them', async () => {
    const { meetings } = await feed();
    expect(bySlug(meetings, 'online-open')).toMatchObject({
      day: 4,
      approximate: 'yes',
      formatted_address: 'Warrenville, IL, USA',
      conference_url: 'https://zoom.us/j/1234567890',
    });
    expect(bySlug(meetings, 'online-open').types).toEqual(expect.arrayContaining(['O', 'ONL']));
    expect(bySlug(meetings, 'online-open')).not.toHaveProperty('latitude');
    expect(bySlug(meetings, 'hybrid-open')).toMatchObject({
      approximate: 'no',
      location: 'Warrenville Public Library',
      conference_url: 'https://meet.google.com/abc-defg-hij',
      conference_phone: '+16305550123',
    });
    expect(bySlug(meetings, 'hybrid-open').types).toContain('ONL');
    const paused = bySlug(meetings, 'paused-group');
    expect(paused.types).toContain('TC');
    expect(paused.types).not.toContain('ONL');
    expect(bySlug(meetings, 'shared-online').types).toEqual(expect.arrayContaining(['C', 'ONL']));
    expect(bySlug(meetings, 'family-hybrid').types).toContain('KD-FAMILY');
  });

  it('never carries join details of groups that are not open, nor members-only groups', async () => {
    const { res, meetings } = await feed();
    expect(res.body).not.toContain('9990001112');
    expect(res.body).not.toContain('never-in-the-feed');
    expect(res.body).not.toContain('0199');
    expect(res.body).not.toContain('members-group');
    expect(res.body).not.toContain('archived-group');
    for (const slug of ['shared-online', 'family-hybrid', 'paused-group']) {
      const m = bySlug(meetings, slug);
      expect(m).not.toHaveProperty('conference_url');
      expect(m).not.toHaveProperty('conference_phone');
    }
    expect(bySlug(meetings, 'shared-online').notes).toMatch(/shared privately/);
  });

  it('answers any origin, with a preflight, as JSON that caches may keep five minutes', async () => {
    const { res } = await feed();
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-expose-headers']).toBe('ETag');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.vary).toBe('accept-encoding');
    expect(res.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(res.headers['last-modified']).toBe('Wed, 04 Jun 2025 17:00:00 GMT');

    const preflight = await ctx.request({
      method: 'OPTIONS',
      url: FEED,
      headers: {
        origin: 'https://aa-district.example.net',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers['access-control-allow-headers']).toBe('if-none-match');

    const head = await ctx.request({ method: 'HEAD', url: FEED });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(res.headers.etag);
  });

  it('answers 304 to a matching If-None-Match or a current If-Modified-Since', async () => {
    const { res } = await feed();
    const etag = String(res.headers.etag);
    const lastModified = String(res.headers['last-modified']);

    const byTag = await get(FEED, { 'if-none-match': etag });
    expect(byTag.statusCode).toBe(304);
    expect(byTag.body).toBe('');
    expect(byTag.headers.etag).toBe(etag);
    expect(byTag.headers['access-control-allow-origin']).toBe('*');
    expect(byTag.headers['cache-control']).toBe('public, max-age=300');
    // Weak comparison, and a list.
    const strong = etag.replace(/^W\//, '');
    expect((await get(FEED, { 'if-none-match': `"nope", ${strong}` })).statusCode).toBe(304);
    expect((await get(FEED, { 'if-none-match': '"nope"' })).statusCode).toBe(200);

    expect((await get(FEED, { 'if-modified-since': lastModified })).statusCode).toBe(304);
    const later = new Date(Date.parse(lastModified) + 3_600_000).toUTCString();
    expect((await get(FEED, { 'if-modified-since': later })).statusCode).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await get(FEED, { 'if-modified-since': earlier })).statusCode).toBe(200);
    expect((await get(FEED, { 'if-modified-since': 'yesterday' })).statusCode).toBe(200);
    // If-None-Match decides when both are sent.
    const both = await get(FEED, { 'if-none-match': '"nope"', 'if-modified-since': lastModified });
    expect(both.statusCode).toBe(200);
  });

  it('compresses with brotli or gzip as the client accepts, same bytes once decoded', async () => {
    const { res } = await feed();
    const plain = res.rawPayload;

    const br = await get(FEED, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(plain.length);
    expect(zlib.brotliDecompressSync(br.rawPayload).equals(plain)).toBe(true);

    const gz = await get(FEED, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).equals(plain)).toBe(true);

    const preferGzip = await get(FEED, { 'accept-encoding': 'br;q=0.5, gzip;q=1' });
    expect(preferGzip.headers['content-encoding']).toBe('gzip');

    const deflate = await get(FEED, { 'accept-encoding': 'deflate' });
    expect(deflate.headers['content-encoding']).toBe('deflate');
    expect(zlib.inflateSync(deflate.rawPayload).equals(plain)).toBe(true);

    const identity = await get(FEED, { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.rawPayload.equals(plain)).toBe(true);

    const notModified = await get(FEED, {
      'accept-encoding': 'br',
      'if-none-match': String(res.headers.etag),
    });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.rawPayload.length).toBe(0);
  });

  it('rebuilds after a group is edited: new content, new ETag, later Last-Modified', async () => {
    const before = await feed();
    const etag = String(before.res.headers.etag);
    clock.advance(MINUTE);
    const res = await ctx.request({
      method: 'PUT',
      url: `/api/manage/groups/${editedId}`,
      as: admin,
      payload: {
        name: 'weekly multi renamed',
        slug: 'weekly-multi',
        description: 'A calm, welcoming group for people living with anxiety.',
        topics: ['anxiety'],
        leadership: 'peer',
        attendance: 'open',
        languages: ['en'],
        cost: 'free',
        schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [3, 1] } })],
      } satisfies GroupInput,
    });
    expect(res.statusCode, res.body).toBe(200);

    const after = await feed();
    expect(after.res.headers.etag).not.toBe(etag);
    expect(after.res.headers['last-modified']).toBe('Wed, 04 Jun 2025 17:01:00 GMT');
    expect(bySlug(after.meetings, 'weekly-multi-monday-1900')).toMatchObject({
      name: 'weekly multi renamed',
      updated: '2025-06-04 17:01:00',
    });
    expect((await get(FEED, { 'if-none-match': etag })).statusCode).toBe(200);
    expect((await get(FEED, { 'if-none-match': String(after.res.headers.etag) })).statusCode).toBe(
      304,
    );

    // A status change counts too.
    clock.advance(MINUTE);
    await setStatus(ctx, admin, editedId, 'archived');
    const archived = await feed();
    expect(archived.res.body).not.toContain('weekly-multi');
  });

  it('serves labels of the custom codes in the shape of TSML UI strings', async () => {
    const res = await get(TYPES);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const body = res.json<Record<'en' | 'es', { types: Record<string, string> }>>();
    expect(Object.keys(body)).toEqual(['en', 'es']);
    expect(body.en.types['KD-T-ANXIETY']).toBe('Anxiety');
    expect(body.es.types['KD-T-ANXIETY']).toBe('Ansiedad');
    expect(body.en.types['KD-L-PEER']).toBe('Peer-led');
    expect(body.es.types['KD-FAMILY']).toBe('Para familiares y amigos');
    // Every custom code in the feed has a label, or TSML UI would drop it.
    const { meetings } = await feed();
    for (const code of new Set(meetings.flatMap((m) => m.types))) {
      if (code.startsWith('KD-')) expect(body.en.types[code], code).toBeTruthy();
    }
    const cached = await get(TYPES, { 'if-none-match': String(res.headers.etag) });
    expect(cached.statusCode).toBe(304);
    expect((await ctx.request({ method: 'OPTIONS', url: TYPES })).statusCode).toBe(204);
  });

  it('is announced on /help for feed readers', async () => {
    const res = await get('/help');
    expect(res.body).toContain(
      '<link rel="alternate" type="application/json" title="Meetings Feed" href="/api/meeting-guide.json">',
    );
  });
});
