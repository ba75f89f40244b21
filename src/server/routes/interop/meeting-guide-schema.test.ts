import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { getTypesForLanguage } from '@code4recovery/spec';
import { Ajv2020 } from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantToLocal } from '../../../domain/schedule/resolve';
import { testClock } from '../../../../test/helpers/clock';
import { createTestContext, type TestContext } from '../../../../test/helpers/test-app';
import type { MeetingGuideMeeting } from '../../interop/meeting-guide/export';
import {
  generateGroups,
  insertGenerated,
} from '../../interop/meeting-guide/export-fixtures.test-helpers';
import { seedDemoGroups } from '../../seed/demo-groups.seed';
import { WED_NOON_CHICAGO } from '../groups/groups.test-helpers';

// The feed against test/meeting-guide.schema.json, a JSON Schema written from the Meeting Guide
// spec (no official one exists): for the demo data, and for 10,000 generated meetings.
const schema = JSON.parse(
  readFileSync(new URL('../../../../test/meeting-guide.schema.json', import.meta.url), 'utf8'),
) as object;
const validate = new Ajv2020({ allErrors: true }).compile<MeetingGuideMeeting[]>(schema);

interface SchemaWithDefs {
  $defs: { specType: { enum: string[] } };
}

describe('test/meeting-guide.schema.json', () => {
  it('lists exactly the codes of the spec package, plus ONL', () => {
    // The schema is written from the spec: if the package gains or drops a code, say so here.
    const codes = Object.keys(getTypesForLanguage('en'));
    expect([...(schema as SchemaWithDefs).$defs.specType.enum].sort()).toEqual(
      [...codes, 'ONL'].sort(),
    );
  });
});

function expectValid(meetings: unknown): asserts meetings is MeetingGuideMeeting[] {
  const ok = validate(meetings);
  expect(validate.errors?.slice(0, 5) ?? [], 'schema errors').toEqual([]);
  expect(ok).toBe(true);
}

function expectSound(meetings: MeetingGuideMeeting[]) {
  expect(meetings.length).toBeGreaterThan(0);
  const slugs = meetings.map((m) => m.slug);
  expect(new Set(slugs).size).toBe(slugs.length);
  for (const m of meetings) {
    for (const n of [m.latitude, m.longitude]) {
      if (n !== undefined) expect(Math.abs(n * 1e5 - Math.round(n * 1e5))).toBeLessThan(1e-6);
    }
    // TSML UI skips meetings without an address or a time zone; always say if it is approximate.
    expect(m.formatted_address, m.slug).toBeTruthy();
    expect(m.timezone, m.slug).toBeTruthy();
    expect(['yes', 'no']).toContain(m.approximate);
  }
}

describe('the schema itself', () => {
  it('accepts a real TSML export and refuses what the spec does not allow', () => {
    const tsml = [
      {
        name: 'Early Sunday Morning',
        slug: 'early-sunday-morning',
        day: 0,
        time: '09:00',
        end_time: '10:00',
        types: ['C', 'D'],
        formatted_address: '5881 Old Bascomb Rd, Acworth, GA 30102, USA',
        approximate: 'no',
        latitude: 34.0993,
        longitude: -84.57944,
        regions: ['Acworth'],
        group_id: 65299,
        attendance_option: 'in_person',
        updated: '2024-03-08 01:55:57',
      },
    ];
    expectValid(tsml);
    const bad = (change: Record<string, unknown>) => validate([{ ...tsml[0], ...change }]);
    expect(bad({ day: '1' })).toBe(false); // the spec says int; TSML UI is lenient, we are not
    expect(bad({ day: 7 })).toBe(false);
    expect(bad({ time: '7pm' })).toBe(false);
    expect(bad({ types: ['EN', 'EN'] })).toBe(false);
    expect(bad({ types: ['ZH'] })).toBe(false); // an ISO 639 code, not a spec code
    expect(bad({ types: ['KD-T-GRIEF-LOSS'] })).toBe(true);
    expect(bad({ notes: '<b>bold</b>' })).toBe(false);
    expect(bad({ conference_phone: '(312) 555-0100' })).toBe(false);
    expect(bad({ entity_url: 'https://a.example' })).toBe(false); // entity_* needs entity
    expect(bad({ entity_email: 'hello@a.example' })).toBe(false);
    expect(bad({ entity_phone: '+16305550142' })).toBe(false);
    const entity = { entity: 'Prairie Path', entity_url: 'https://a.example' };
    expect(bad({ ...entity, entity_email: 'hello@a.example', entity_phone: '+16305550142' })).toBe(
      true,
    );
    expect(bad({ ...entity, entity_email: 'hello at a.example' })).toBe(false);
    expect(bad({ updated: '2024-03-08T01:55:57Z' })).toBe(false);
    expect(bad({ slug: 'x'.repeat(65) })).toBe(false);
    expect(bad({ speaker: 'Bill W.' })).toBe(false);
  });
});

describe('feed against the schema: demo data', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    await seedDemoGroups(ctx.app);
    // With the organization's public contact, so the entity_* fields are checked too.
    const admin = await ctx.newUser({ role: 'admin' });
    const res = await ctx.request({
      method: 'PATCH',
      url: '/api/admin/organization',
      as: admin,
      payload: {
        contactEmail: 'hello@prairiepath.example.org',
        contactPhone: '+1 (630) 555-0142',
        website: 'https://prairiepath.example.org',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('validates, with no join link of a group that is not open', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/meeting-guide.json' });
    expect(res.statusCode).toBe(200);
    const meetings: unknown = res.json();
    expectValid(meetings);
    expectSound(meetings);
    expect(meetings[0]).toMatchObject({
      entity_email: 'hello@prairiepath.example.org',
      entity_phone: '+16305550142',
    });
    const hidden = await ctx.db
      .selectFrom('schedule')
      .innerJoin('support_group', 'support_group.id', 'schedule.group_id')
      .select(['schedule.join_url', 'schedule.dial_in'])
      .where((eb) =>
        eb.or([
          eb('support_group.attendance', '<>', 'open'),
          eb('support_group.status', '<>', 'active'),
        ]),
      )
      .execute();
    const secrets = hidden.flatMap((r) => [r.join_url, r.dial_in]).filter((v) => v !== null);
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(res.body).not.toContain(secret);
  });
});

describe('feed against the schema: 10,000 meetings', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    const clock = testClock(WED_NOON_CHICAGO);
    ctx = await createTestContext({ deps: { clock } });
    const org = await ctx.app.services.organizations.getPublicRecord();
    const generated = generateGroups({
      meetings: 10_000,
      organizationId: org.id,
      today: instantToLocal(clock.now(), org.timeZone).date,
      now: clock.now(),
    });
    await insertGenerated(ctx.db, generated);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('builds, serves and validates quickly', async () => {
    const started = performance.now();
    const res = await ctx.request({ method: 'GET', url: '/api/meeting-guide.json' });
    const coldMs = performance.now() - started;
    expect(res.statusCode).toBe(200);
    const meetings: unknown = res.json();
    expectValid(meetings);
    expectSound(meetings);
    expect(meetings).toHaveLength(10_000);
    const notes = meetings.map((m) => m.notes ?? '').join('\n');
    for (const kind of ['Every other week', 'of the month', 'of each month', 'One time only']) {
      expect(notes).toContain(kind);
    }
    expect(meetings.some((m) => m.types.includes('TC'))).toBe(true);
    expect(meetings.some((m) => m.day === undefined)).toBe(true);
    expect(coldMs).toBeLessThan(15_000);

    const warmStarted = performance.now();
    const warm = await ctx.request({ method: 'GET', url: '/api/meeting-guide.json' });
    expect(warm.headers.etag).toBe(res.headers.etag);
    expect(performance.now() - warmStarted).toBeLessThan(coldMs);
  });
});
