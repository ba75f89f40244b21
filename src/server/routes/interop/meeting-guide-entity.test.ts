// The feed's entity fields follow the organization's settings: entity_email and entity_phone
// only when set (the phone as apps dial it), entity_url the organization's website or else
// PUBLIC_URL's origin. A settings change reaches the cached feed at once (the cache key holds
// the organization's updated_at). "Now" is Wed 4 June 2025, 12:00 in Chicago.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTE, testClock, type TestClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import type { MeetingGuideMeeting } from '../../interop/meeting-guide/export';
import { createGroup, WED_NOON_CHICAGO } from '../groups/groups.test-helpers';

const FEED = '/api/meeting-guide.json';

describe('Meeting Guide feed: the organization as entity', () => {
  let ctx: TestContext;
  let clock: TestClock;
  let admin: TestUser;

  beforeAll(async () => {
    clock = testClock(WED_NOON_CHICAGO);
    ctx = await createTestContext({
      config: { publicUrl: new URL('https://groups.example.org') },
      deps: { clock },
    });
    // The demo organization was seeded with the real clock; put it before "now".
    await ctx.db
      .updateTable('organization')
      .set({ updated_at: '2025-05-01T00:00:00.000Z' })
      .execute();
    admin = await ctx.newUser({ role: 'admin' });
    await createGroup(ctx, admin, { slug: 'at-the-library', schedules: [weeklySchedule()] });
    await createGroup(ctx, admin, { slug: 'online-circle', schedules: [onlineSchedule()] });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const feed = async () => {
    const res = await ctx.request({ method: 'GET', url: FEED });
    expect(res.statusCode, res.body).toBe(200);
    const meetings = res.json<MeetingGuideMeeting[]>();
    expect(meetings.length).toBeGreaterThanOrEqual(2);
    return { res, meetings };
  };
  /** Settings change a minute later, so the organization's updated_at moves. */
  const setContact = async (payload: object) => {
    clock.advance(MINUTE);
    const res = await ctx.request({
      method: 'PATCH',
      url: '/api/admin/organization',
      as: admin,
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const entityOf = (m: MeetingGuideMeeting) =>
    Object.fromEntries(Object.entries(m).filter(([key]) => key.startsWith('entity')));

  it('without a public contact: no email or phone, and the app origin as entity_url', async () => {
    const { meetings } = await feed();
    for (const m of meetings) {
      expect(entityOf(m), m.slug).toEqual({
        entity: 'Prairie Path Behavioral Health',
        entity_url: 'https://groups.example.org',
        entity_location: 'Warrenville, IL, USA',
      });
    }
  });

  it('publishes the contact once set, on every record, with a new ETag and date', async () => {
    const before = await feed();
    await setContact({
      contactEmail: 'hello@prairiepath.example.org',
      contactPhone: '+1 (630) 555-0142',
      website: 'https://prairiepath.example.org/groups',
    });
    const after = await feed();
    expect(after.res.headers.etag).not.toBe(before.res.headers.etag);
    expect(after.res.headers['last-modified']).toBe('Wed, 04 Jun 2025 17:01:00 GMT');
    for (const m of after.meetings) {
      expect(entityOf(m), m.slug).toEqual({
        entity: 'Prairie Path Behavioral Health',
        entity_email: 'hello@prairiepath.example.org',
        entity_phone: '+16305550142',
        entity_url: 'https://prairiepath.example.org/groups',
        entity_location: 'Warrenville, IL, USA',
      });
    }
    // The group pages stay on Kindred; only the entity's own link moves.
    expect(after.meetings.map((m) => m.url)).toContain(
      'https://groups.example.org/groups/at-the-library',
    );
  });

  it('follows each change, and leaves out what is cleared', async () => {
    await setContact({ contactPhone: '630.555.0199,,2' });
    for (const m of (await feed()).meetings) {
      expect(entityOf(m), m.slug).toMatchObject({
        entity_email: 'hello@prairiepath.example.org',
        entity_phone: '6305550199,,2',
      });
    }

    await setContact({ contactEmail: '', contactPhone: null, website: '' });
    const { meetings } = await feed();
    for (const m of meetings) {
      expect(m).not.toHaveProperty('entity_email');
      expect(m).not.toHaveProperty('entity_phone');
      expect(m.entity_url).toBe('https://groups.example.org');
    }
  });

  it('keeps its date when a settings change leaves it as it was', async () => {
    const before = await feed();
    await setContact({
      crisisResources: {
        en: [{ name: 'Call or text 988', phone: '988' }],
        es: [{ name: 'Llama o envía un texto al 988', phone: '988' }],
      },
    });
    const after = await feed();
    expect(after.res.body).toBe(before.res.body);
    expect(after.res.headers.etag).toBe(before.res.headers.etag);
    expect(after.res.headers['last-modified']).toBe(before.res.headers['last-modified']);
    const cached = await ctx.request({
      method: 'GET',
      url: FEED,
      headers: { 'if-modified-since': String(before.res.headers['last-modified']) },
    });
    expect(cached.statusCode).toBe(304);
  });
});
