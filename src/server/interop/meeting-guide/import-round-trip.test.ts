// Round trip: groups → GET /api/meeting-guide.json → import into an EMPTY database → export
// again gives the same feed. Both instances share a clock and PUBLIC_URL, so even `updated` and
// `url` agree. What the feed cannot carry (description, cost, first-meeting note, capacity) is not
// compared because the feed does not show it; what the exporter writes differently than it reads
// (see the notes at the end) is kept out of these groups.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupInput } from '../../../contracts/groups';
import { testClock } from '../../../../test/helpers/clock';
import { onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { testDialect } from '../../../../test/helpers/test-db';
import { createGroup, WED_NOON_CHICAGO } from '../../routes/groups/groups.test-helpers';
import { runImport } from './import.test-helpers';

const library = {
  name: 'Warrenville Public Library',
  address: '28W751 Stafford Pl, Warrenville, IL 60555',
  latitude: 41.8178,
  longitude: -88.1731,
  // Directions travel as the spec's `location_notes` and come back as the place's notes.
  notes: 'Side door on Stafford Pl; room 2, upstairs',
};

const GROUPS: Partial<GroupInput>[] = [
  {
    slug: 'maple-room',
    name: 'Maple Room',
    topics: ['twelve-step'],
    cost: 'donation',
    // Weekly on two days: one record per day, back into one group (one schedule per record).
    schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [1, 4] }, place: library })],
  },
  {
    slug: 'evening-anxiety-online',
    name: 'Evening Anxiety Circle',
    topics: ['anxiety'],
    leadership: 'professional',
    languages: ['en', 'es'],
    audiences: ['young-adults'],
    schedules: [
      onlineSchedule({
        online: { joinUrl: 'https://meet.example.org/anxiety', notes: 'Cameras optional' },
      }),
    ],
  },
  {
    slug: 'hybrid-grief',
    name: 'Hybrid Grief Group',
    topics: ['grief-loss'],
    accessibility: ['wheelchair', 'captions'],
    schedules: [
      weeklySchedule({
        recurrence: { kind: 'weekly', days: [3] },
        start: '18:30',
        end: '20:00',
        mode: 'hybrid',
        place: library,
        online: { joinUrl: 'https://meet.example.org/grief', dialIn: '+1 630 555 0100' },
      }),
      onlineSchedule({
        recurrence: { kind: 'weekly', days: [6] },
        start: '10:00',
        end: '11:00',
        timeZone: 'America/New_York',
        online: { dialIn: '+1 630 555 0101,,4321#' },
      }),
    ],
  },
  {
    slug: 'closed-steps',
    name: 'Closed Step Study',
    topics: ['twelve-step', 'dual-diagnosis'],
    attendance: 'shared-experience',
    audiences: ['women'],
    cost: 'donation',
    schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [0] }, place: library })],
  },
  {
    slug: 'paused-circle',
    name: 'Paused Circle',
    status: 'paused',
    schedules: [weeklySchedule({ recurrence: { kind: 'weekly', days: [2] }, place: library })],
  },
];

describe(`Meeting Guide round trip (${testDialect})`, () => {
  let source: TestContext;
  let target: TestContext;
  let sourceAdmin: TestUser;
  let targetAdmin: TestUser;
  beforeAll(async () => {
    const options = { config: { rateLimits: relaxedRateLimits } };
    source = await createTestContext({ ...options, deps: { clock: testClock(WED_NOON_CHICAGO) } });
    target = await createTestContext({ ...options, deps: { clock: testClock(WED_NOON_CHICAGO) } });
    sourceAdmin = await source.newUser({ role: 'admin' });
    targetAdmin = await target.newUser({ role: 'admin' });
    for (const group of GROUPS) await createGroup(source, sourceAdmin, group);
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  const feedOf = async (ctx: TestContext) => {
    const res = await ctx.request({ method: 'GET', url: '/api/meeting-guide.json' });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Record<string, unknown>[]>();
  };

  it('export → import into an empty database → export gives the same feed', async () => {
    const exported = await feedOf(source);
    expect(exported.length).toBe(7); // 2 + 1 + 2 + 1 + 1 records
    const atLibrary = exported.filter((m) => m.location === library.name);
    expect(atLibrary.length).toBe(5);
    for (const m of atLibrary) {
      expect(m.location_notes).toBe(library.notes);
      expect(m.notes ?? '').not.toContain(library.notes);
    }
    expect(await target.db.selectFrom('support_group').select('id').execute()).toEqual([]);

    const report = await runImport(target, targetAdmin, 'apply', {
      content: JSON.stringify(exported),
      source: 'https://kindred.example.org/api/meeting-guide.json',
    });
    expect(report.errors).toEqual([]);
    // Kindred's own feed says everything Kindred needs: no fallbacks, no unknown codes.
    expect(
      report.warnings.filter((w) => w.field !== 'types' || !w.message.startsWith('Inactive')),
    ).toEqual([]);
    expect(report.counts).toMatchObject({ records: 7, groups: 5, added: 5 });
    expect(report.added.find((g) => g.slug === 'maple-room')?.records).toEqual([
      'maple-room-monday-1900',
      'maple-room-thursday-1900',
    ]);

    const again = await feedOf(target);
    expect(again).toEqual(exported);

    // And importing the export of the copy into the copy changes nothing.
    const idempotent = await runImport(target, targetAdmin, 'preview', {
      content: JSON.stringify(again),
      source: 'https://kindred.example.org/api/meeting-guide.json',
    });
    expect(idempotent.counts).toMatchObject({ added: 0, changed: 0, unchanged: 5, removed: 0 });
  });
});

// Not in these groups, because the exporter writes them in a way no importer can read back:
// - join links of groups that are not open to anyone are left out of the feed (by design), so
//   such online meetings come back without a way to join (inactive);
// - every other week, monthly and one-time schedules are weekly records with a note: they come
//   back weekly. Descriptions, cost, capacity and first-meeting notes are not in the feed at all.
