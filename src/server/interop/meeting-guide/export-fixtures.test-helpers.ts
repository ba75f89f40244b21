// Many varied groups for feed tests and the feed benchmark, written straight into the tables
// with the repositories' row mappers (the service path re-materializes occurrences per group,
// far too slow for 10,000 meetings). Deterministic for a given seed. Only what the feed reads is
// written: no tags, search entries or occurrences.
import type { Kysely } from 'kysely';
import { addDays, formatLocalDate, type CivilDate } from '../../../domain/schedule/civil';
import type { Weekday } from '../../../domain/schedule/types';
import {
  ACCESSIBILITY_FEATURES,
  AUDIENCES,
  CATEGORIES,
  LEADERSHIP_MODELS,
} from '../../../domain/taxonomy/taxonomy';
import type { Database } from '../../db/schema';
import {
  type GroupRecord,
  type ScheduleRecord,
  toGroupRow,
  toScheduleRow,
} from '../../repositories/group-rows';
import { isPublished } from './export';

export interface GeneratedGroup {
  group: GroupRecord;
  schedules: ScheduleRecord[];
}

/** Small, fast, seedable PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = [
  ['Warrenville', 'IL', '60555', 41.8178, -88.1731],
  ['Naperville', 'IL', '60540', 41.7728, -88.1513],
  ['Wheaton', 'IL', '60187', 41.8672, -88.1033],
  ['Aurora', 'IL', '60506', 41.7568, -88.3163],
  ['Lisle', 'IL', '60532', 41.8003, -88.0736],
  ['Glen Ellyn', 'IL', '60137', 41.8765, -88.069],
] as const;
const ZONES = ['America/Chicago', 'America/Chicago', 'America/Chicago', 'America/New_York'];
const LANGUAGES = ['en', 'en', 'en', 'es', 'pl', 'zh', 'ko'];
const TOPICS = CATEGORIES.flatMap((c) => c.topics.map((t) => t.slug));

/**
 * Groups whose published meetings (one per schedule and weekday) add up to exactly `meetings`,
 * plus a few archived and members-only groups the feed must leave out. One-time meetings fall
 * after `today`, so none has passed.
 */
export function generateGroups(opts: {
  meetings: number;
  organizationId: string;
  today: CivilDate;
  now: Date;
  seed?: number;
}): GeneratedGroup[] {
  const rnd = random(opts.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(list))),
  ];
  const stamp = opts.now.toISOString();
  const out: GeneratedGroup[] = [];
  let remaining = opts.meetings;
  for (let i = 0; remaining > 0; i += 1) {
    const id = `gen-${String(i).padStart(6, '0')}`;
    const roll = rnd();
    const status = roll < 0.03 ? 'archived' : roll < 0.08 ? 'paused' : 'active';
    const attendance = pick([
      'open',
      'open',
      'shared-experience',
      'family-friends',
      'members-only',
    ] as const);
    const group: GroupRecord = {
      id,
      organizationId: opts.organizationId,
      slug: `generated-group-${i}`,
      name: `Generated group ${i}`,
      description: 'A generated group for feed tests and benchmarks.',
      firstMeeting: '',
      leadership: pick(LEADERSHIP_MODELS).slug,
      attendance,
      cost: 'free',
      capacity: null,
      status,
      format: null,
      languages: [...new Set(['en', ...some(LANGUAGES, 2)])],
      audiences: some(
        AUDIENCES.map((a) => a.slug),
        2,
      ),
      accessibility: some(
        ACCESSIBILITY_FEATURES.map((a) => a.slug),
        2,
      ),
      topics: [...new Set([pick(TOPICS), ...some(TOPICS, 1)])],
      nextStartAt: null,
      nextEndAt: null,
      source: 'generated',
      keptTypes: [],
      createdAt: stamp,
      updatedAt: stamp,
    };
    const counted = isPublished(group);
    const schedules: ScheduleRecord[] = [];
    for (let k = 0; k < 1 + Math.floor(rnd() * 2) && (!counted || remaining > 0); k += 1) {
      const town = pick(TOWNS);
      const mode = pick(['in-person', 'in-person', 'online', 'hybrid'] as const);
      const kind = rnd();
      const maxDays = counted ? Math.min(remaining, 5) : 3;
      const days = [
        ...new Set(
          Array.from({ length: 1 + Math.floor(rnd() * maxDays) }, () =>
            pick([0, 1, 2, 3, 4, 5, 6] as Weekday[]),
          ),
        ),
      ];
      const recurrence: ScheduleRecord['recurrence'] =
        kind < 0.6
          ? { kind: 'weekly', days }
          : kind < 0.75
            ? { kind: 'biweekly', days, anchorDate: formatLocalDate(opts.today) }
            : kind < 0.87
              ? {
                  kind: 'monthly-nth',
                  weekday: pick([0, 1, 2, 3, 4, 5, 6] as Weekday[]),
                  nths: [1, 3],
                }
              : kind < 0.95
                ? { kind: 'monthly-day', dayOfMonth: 1 + Math.floor(rnd() * 28) }
                : {
                    kind: 'once',
                    date: formatLocalDate(addDays(opts.today, 1 + Math.floor(rnd() * 60))),
                  };
      const hour = 6 + Math.floor(rnd() * 15);
      const start = `${String(hour).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`;
      const end = `${String(hour + 1).padStart(2, '0')}:${pick(['00', '30'])}`;
      const schedule: ScheduleRecord = {
        id: `${id}-s${k}`,
        groupId: id,
        position: k,
        recurrence,
        start,
        end,
        timeZone: pick(ZONES),
        startsOn: null,
        endsOn: null,
        mode,
        place:
          mode === 'online'
            ? null
            : {
                name: `${town[0]} Community Center, Room ${1 + Math.floor(rnd() * 20)}`,
                address: `${100 + Math.floor(rnd() * 900)} Main St, ${town[0]}, ${town[1]} ${town[2]}`,
                latitude: town[3] + (rnd() - 0.5) / 50,
                longitude: town[4] + (rnd() - 0.5) / 50,
                ...(rnd() < 0.3
                  ? { notes: 'Use the side entrance; the room is on the left.' }
                  : {}),
              },
        online:
          mode === 'in-person'
            ? null
            : {
                joinUrl: `https://zoom.us/j/${String(1e9 + i * 10 + k)}`,
                ...(rnd() < 0.5 ? { dialIn: '+1 312 555 0100,,123#' } : {}),
                ...(rnd() < 0.5 ? { notes: 'Camera optional.' } : {}),
              },
        exceptions: [],
        createdAt: stamp,
        updatedAt: stamp,
      };
      const slots =
        recurrence.kind === 'weekly' || recurrence.kind === 'biweekly' ? recurrence.days.length : 1;
      if (counted) remaining -= slots;
      schedules.push(schedule);
    }
    out.push({ group, schedules });
  }
  return out;
}

/** Inserts generated groups and schedules in chunks (both dialects cap bound parameters). */
export async function insertGenerated(
  db: Kysely<Database>,
  generated: GeneratedGroup[],
): Promise<void> {
  const CHUNK = 400;
  const groups = generated.map((g) => toGroupRow(g.group, g.group.description));
  const schedules = generated.flatMap((g) => g.schedules.map(toScheduleRow));
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < groups.length; i += CHUNK) {
      await trx
        .insertInto('support_group')
        .values(groups.slice(i, i + CHUNK))
        .execute();
    }
    for (let i = 0; i < schedules.length; i += CHUNK) {
      await trx
        .insertInto('schedule')
        .values(schedules.slice(i, i + CHUNK))
        .execute();
    }
  });
}
