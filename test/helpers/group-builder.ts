// Builders for groups in medium tests: a valid GroupInput with any field overridden.
import type { GroupInput, ScheduleInput } from '../../src/contracts/groups';

let n = 0;

export function weeklySchedule(overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    recurrence: { kind: 'weekly', days: [2] },
    start: '19:00',
    end: '20:30',
    timeZone: 'America/Chicago',
    mode: 'in-person',
    place: {
      name: 'Warrenville Public Library',
      address: '28W751 Stafford Pl, Warrenville, IL 60555',
      latitude: 41.8178,
      longitude: -88.1731,
    },
    ...overrides,
  };
}

export function onlineSchedule(overrides: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    recurrence: { kind: 'weekly', days: [4] },
    start: '18:00',
    end: '19:00',
    timeZone: 'America/Chicago',
    mode: 'online',
    online: { joinUrl: 'https://meet.example.org/kindred-test' },
    ...overrides,
  };
}

export function groupInput(overrides: Partial<GroupInput> = {}): GroupInput {
  n += 1;
  return {
    name: `Test group ${String(n)}`,
    slug: `test-group-${String(n)}-${Date.now().toString(36)}`,
    description: 'A calm, welcoming group for people living with anxiety.',
    firstMeeting: 'Arrive a few minutes early; you can pass.',
    topics: ['anxiety'],
    leadership: 'peer',
    attendance: 'open',
    audiences: [],
    languages: ['en'],
    accessibility: [],
    cost: 'free',
    schedules: [weeklySchedule()],
    ...overrides,
  };
}
