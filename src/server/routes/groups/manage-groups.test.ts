import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GroupDetail, GroupInput, ScheduleInput } from '../../../contracts/groups';
import { MINUTE, testClock, type TestClock } from '../../../../test/helpers/clock';
import { groupInput, onlineSchedule, weeklySchedule } from '../../../../test/helpers/group-builder';
import {
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../../../test/helpers/test-app';
import { relaxedRateLimits } from '../../../../test/helpers/test-config';
import { createGroup, slugs, WED_NOON_CHICAGO } from './groups.test-helpers';

interface Editable {
  id: string;
  group: GroupInput & { schedules: (ScheduleInput & { id: string })[] };
}

// The happy paths of creating, editing and pausing groups, and what they leave behind.
describe('manage groups: create, edit, status', () => {
  let ctx: TestContext;
  let clock: TestClock;
  let admin: TestUser;
  beforeAll(async () => {
    clock = testClock(WED_NOON_CHICAGO);
    ctx = await createTestContext({
      config: { rateLimits: relaxedRateLimits },
      deps: { clock },
    });
    admin = await ctx.newUser({ role: 'admin' });
  });
  afterAll(async () => {
    await ctx.close();
  });

  const editable = async (id: string) => {
    const res = await ctx.request({ method: 'GET', url: `/api/manage/groups/${id}`, as: admin });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Editable>();
  };
  const audit = (action: string, subjectId: string) =>
    ctx.db
      .selectFrom('audit_event')
      .select(['actor_id', 'subject_type', 'detail'])
      .where('action', '=', action)
      .where('subject_id', '=', subjectId)
      .orderBy('id') // UUIDv7: the order they were written
      .execute();

  it.each([
    [[weeklySchedule(), onlineSchedule()], 'hybrid'],
    [[weeklySchedule({ mode: 'hybrid', online: { dialIn: '+1 630 555 0100' } })], 'hybrid'],
    [
      [weeklySchedule(), weeklySchedule({ recurrence: { kind: 'weekly', days: [4] } })],
      'in-person',
    ],
    [[onlineSchedule()], 'online'],
    [[], null],
  ] as [ScheduleInput[], string | null][])(
    'derives the format from the schedules (%#)',
    async (schedules, format) => {
      const g = await createGroup(ctx, admin, { schedules });
      expect(g.format).toBe(format);
      const row = await ctx.db
        .selectFrom('support_group')
        .select('format')
        .where('id', '=', g.id)
        .executeTakeFirstOrThrow();
      expect(row.format).toBe(format);
    },
  );

  it('creates a group: 201 with its page, categories from topics, audited', async () => {
    const input = groupInput({
      slug: 'new-hybrid-group',
      topics: ['anxiety', 'grief-loss'],
      schedules: [weeklySchedule(), onlineSchedule()],
    });
    const res = await ctx.request({
      method: 'POST',
      url: '/api/manage/groups',
      as: admin,
      payload: input,
    });
    expect(res.statusCode, res.body).toBe(201);
    const g = res.json<GroupDetail>();
    expect(g).toMatchObject({ slug: 'new-hybrid-group', status: 'active', format: 'hybrid' });
    expect(g.categories.map((c) => c.slug)).toEqual(['mental-health', 'specialized']);
    expect(g.abilities).toEqual({ edit: true, changeStatus: true });
    expect(await audit('group.created', g.id)).toEqual([
      {
        actor_id: admin.id,
        subject_type: 'group',
        detail: JSON.stringify({ slug: 'new-hybrid-group' }),
      },
    ]);
    expect(await slugs(ctx, 'category=specialized')).toContain('new-hybrid-group');
    expect(await slugs(ctx, 'format=hybrid')).toContain('new-hybrid-group');
  });

  it('edits a group: kept schedules keep their ids, others are replaced; audited', async () => {
    const created = await createGroup(ctx, admin, {
      slug: 'editable-group',
      name: 'Marigold Circle',
      schedules: [weeklySchedule(), onlineSchedule()],
    });
    const before = await editable(created.id);
    const [first, second] = before.group.schedules;
    expect(first?.id).toEqual(expect.any(String));
    expect(second?.id).toEqual(expect.any(String));
    expect(before.group.name).toBe('Marigold Circle');

    clock.advance(5 * MINUTE);
    const res = await ctx.request({
      method: 'PUT',
      url: `/api/manage/groups/${created.id}`,
      as: admin,
      payload: {
        ...before.group,
        name: 'Sunflower Circle',
        topics: ['depression'],
        schedules: [
          { ...first, start: '18:30', end: '20:00' },
          weeklySchedule({ recurrence: { kind: 'weekly', days: [5] } }),
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const updated = res.json<GroupDetail>();
    expect(updated).toMatchObject({ name: 'Sunflower Circle', format: 'in-person' });
    expect(updated.updatedAt).toBe(new Date(WED_NOON_CHICAGO.getTime() + 5 * MINUTE).toISOString());

    const after = await editable(created.id);
    expect(after.group.schedules).toHaveLength(2);
    expect(after.group.schedules[0]).toMatchObject({ id: first?.id, start: '18:30' });
    expect(after.group.schedules[1]?.id).not.toBe(first?.id);
    expect(after.group.schedules[1]?.id).not.toBe(second?.id);
    // The dropped schedule and its occurrences are gone.
    const left = await ctx.db
      .selectFrom('occurrence')
      .select('schedule_id')
      .distinct()
      .where('group_id', '=', created.id)
      .execute();
    expect(left.map((r) => r.schedule_id).sort()).toEqual(
      after.group.schedules.map((s) => s.id).sort(),
    );
    expect(await audit('group.updated', created.id)).toEqual([
      {
        actor_id: admin.id,
        subject_type: 'group',
        detail: JSON.stringify({ slug: 'editable-group' }),
      },
    ]);
    // Search, tags and day filters follow the edit.
    expect(await slugs(ctx, 'q=sunflower')).toEqual(['editable-group']);
    expect(await slugs(ctx, 'q=marigold')).toEqual([]);
    expect(await slugs(ctx, 'topic=depression')).toContain('editable-group');
    expect(await slugs(ctx, 'topic=anxiety')).not.toContain('editable-group');
    expect(await slugs(ctx, 'day=5')).toContain('editable-group');
    expect(await slugs(ctx, 'day=4')).not.toContain('editable-group');
  });

  it("treats another group's schedule id as a new schedule, leaving that group alone", async () => {
    const a = await createGroup(ctx, admin);
    const b = await createGroup(ctx, admin);
    const aSchedule = (await editable(a.id)).group.schedules[0];
    const bEdit = await editable(b.id);
    const res = await ctx.request({
      method: 'PUT',
      url: `/api/manage/groups/${b.id}`,
      as: admin,
      payload: { ...bEdit.group, schedules: [{ ...bEdit.group.schedules[0], id: aSchedule?.id }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await editable(a.id)).group.schedules[0]).toEqual(aSchedule);
    expect((await editable(b.id)).group.schedules[0]?.id).not.toBe(aSchedule?.id);
  });

  it('changes status with PATCH: paused, archived, active again; each audited', async () => {
    const g = await createGroup(ctx, admin, { slug: 'status-group' });
    const patch = (status: string) =>
      ctx.request({
        method: 'PATCH',
        url: `/api/manage/groups/${g.id}/status`,
        as: admin,
        payload: { status },
      });
    const paused = await patch('paused');
    expect(paused.statusCode, paused.body).toBe(200);
    expect(paused.json<GroupDetail>().status).toBe('paused');
    expect(await slugs(ctx, '')).not.toContain('status-group');
    const archived = await patch('archived');
    expect(archived.json<GroupDetail>().status).toBe('archived');
    const active = await patch('active');
    expect(active.json<GroupDetail>().status).toBe('active');
    expect(await slugs(ctx, '')).toContain('status-group');
    const events = await audit('group.status_changed', g.id);
    expect(events.map((e) => JSON.parse(e.detail) as unknown)).toEqual([
      { from: 'active', to: 'paused' },
      { from: 'paused', to: 'archived' },
      { from: 'archived', to: 'active' },
    ]);
    expect(events.every((e) => e.actor_id === admin.id)).toBe(true);
  });

  it('records a status change made through PUT in the update event', async () => {
    const g = await createGroup(ctx, admin);
    const { group } = await editable(g.id);
    const res = await ctx.request({
      method: 'PUT',
      url: `/api/manage/groups/${g.id}`,
      as: admin,
      payload: { ...group, status: 'paused' },
    });
    expect(res.json<GroupDetail>().status).toBe('paused');
    expect(
      (await audit('group.updated', g.id)).map((e) => JSON.parse(e.detail) as unknown),
    ).toEqual([{ slug: group.slug, status: 'paused' }]);
  });

  it('answers 404 for a group that does not exist', async () => {
    const id = '0190a000-0000-7000-8000-000000000000';
    for (const [method, url, payload] of [
      ['GET', `/api/manage/groups/${id}`, undefined],
      ['PUT', `/api/manage/groups/${id}`, groupInput()],
      ['PATCH', `/api/manage/groups/${id}/status`, { status: 'paused' }],
    ] as const) {
      const res = await ctx.request({ method, url, as: admin, ...(payload ? { payload } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
  });
});
