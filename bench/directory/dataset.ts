// The synthetic directory: 100,000 meetings (a meeting is one weekly slot, schedule × weekday, as
// in Meeting Guide) in about 40,000 groups, generated from a seeded PRNG. Rows are built with the
// repositories' own row mappers and occurrences with the service's own occurrenceRows(), so the
// tables hold exactly what the editor would have written.
import { createRequire } from 'node:module';
import { IANAZone } from 'luxon';
import { type Recurrence, type Weekday, type Nth } from '../../src/domain/schedule/types';
import { deriveFormat } from '../../src/domain/taxonomy/group-format';
import {
  type AccessibilityFeature,
  type Attendance,
  AUDIENCES,
  CATEGORIES,
  type Cost,
  type LeadershipModel,
  type Topic,
} from '../../src/domain/taxonomy/taxonomy';
import type {
  GroupTagKind,
  GroupTagTable,
  OccurrenceTable,
  ScheduleExceptionTable,
  ScheduleTable,
  SupportGroupFtsTable,
  SupportGroupTable,
} from '../../src/server/db/schema';
import {
  type GroupRecord,
  type ScheduleRecord,
  toGroupRow,
  toScheduleRow,
} from '../../src/server/repositories/group-rows';
import { HORIZON_DAYS, occurrenceRows } from '../../src/server/services/groups/occurrences';
import { Rng } from './prng';
import {
  DENOMINATIONS,
  FIRST_MEETING_EN,
  FIRST_MEETING_ES,
  LOGISTICS_EN,
  METROS,
  NAME_ADJECTIVES,
  NAME_NOUNS,
  NAME_NOUNS_ES,
  NAME_SUFFIXES,
  ONLINE_ZONES,
  OPENINGS_EN,
  OPENINGS_ES,
  OTHER_LANGUAGES,
  SAINTS,
  SENTENCES_EN,
  SENTENCES_ES,
  STATE_ZONES,
  STREETS,
  TOPIC_WEIGHTS,
  VENUE_PATTERNS,
} from './vocabulary';

/** Bump whenever the generated rows change: a cached SQLite file of another version is rebuilt. */
export const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20_260_101;
export const DEFAULT_MEETINGS = 100_000;
export const BENCH_ORGANIZATION_ID = '00000000-0000-7000-8000-000000000001';

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

export interface Dataset {
  /** Midnight UTC of the day the data was generated for: occurrences start a day before it. */
  anchor: Date;
  meetings: number;
  groups: SupportGroupTable[];
  tags: GroupTagTable[];
  schedules: ScheduleTable[];
  exceptions: ScheduleExceptionTable[];
  occurrences: OccurrenceTable[];
  /**
   * Always empty: SQLite's full-text rows follow the group rows by themselves (triggers of
   * migration 0005), so the loader has none to write.
   */
  fts: SupportGroupFtsTable[];
}

interface ZipRecord {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
  country: string;
}

const zipcodes = createRequire(import.meta.url)('zipcodes') as {
  codes: Record<string, ZipRecord>;
};

/** US ZIP centroids: places land where people live. */
function usZips(): ZipRecord[] {
  return Object.values(zipcodes.codes).filter(
    (z) => z.country === 'US' && STATE_ZONES[z.state] !== undefined,
  );
}

function milesBetween(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const k = Math.cos((aLat * Math.PI) / 180);
  return Math.hypot(aLat - bLat, (aLng - bLng) * k) * 69.0934;
}

/** The ZIP codes of each metro (within 30 miles of its center). */
export function metroZips(): { metro: (typeof METROS)[number]; zips: ZipRecord[] }[] {
  const all = usZips();
  return METROS.map((metro) => ({
    metro,
    zips: all.filter((z) => milesBetween(metro.lat, metro.lng, z.latitude, z.longitude) <= 30),
  }));
}

/** Deterministic UUIDv7-shaped ids: a fixed time base plus a counter, then random bits. */
function idMaker(rng: Rng, baseMs: number) {
  let n = 0;
  return () => {
    n += 1;
    const t = (baseMs + n).toString(16).padStart(12, '0');
    const r = rng.hex(19);
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r.slice(0, 3)}-${'89ab'[n % 4] ?? '8'}${r.slice(3, 6)}-${r.slice(6, 18)}`;
  };
}

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const TWELVE_STEP_NAMES = [
  'Keep It Simple',
  'Big Book Study',
  'Came to Believe',
  'Easy Does It',
  'One Day at a Time',
  'Living Sober',
  'Back to Basics',
  'Happy Destiny',
  'Step Study',
  'Language of the Heart',
];

const TOPICS: readonly (Topic & { category: (typeof CATEGORIES)[number] })[] = CATEGORIES.flatMap(
  (c) => c.topics.map((t: Topic) => ({ ...t, category: c })),
);
const TOPIC_CHOICES = TOPICS.map((t) => [t, TOPIC_WEIGHTS[t.slug] ?? 1] as const);

interface Place {
  name: string;
  address: string;
  latitude: number;
  longitude: number;
  zone: string;
  city: string;
}

/** Start times cluster early morning, noon and evening, on quarter hours. */
function startMinutes(rng: Rng): number {
  const [from, to] = rng.weighted<readonly [number, number]>([
    [[6 * 60, 8 * 60], 15],
    [[9 * 60, 11 * 60], 12],
    [[11 * 60 + 30, 13 * 60], 18],
    [[14 * 60, 16 * 60], 8],
    [[17 * 60 + 30, 20 * 60], 40],
    [[20 * 60, 22 * 60], 7],
  ]);
  return from + 15 * rng.int(0, (to - from) / 15);
}

function hhmm(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const WEEKDAY_WEIGHTS: readonly (readonly [Weekday, number])[] = [
  [0, 12],
  [1, 16],
  [2, 16],
  [3, 16],
  [4, 15],
  [5, 12],
  [6, 13],
];

/**
 * luxon's IANAZone.isValidZone builds a new Intl.DateTimeFormat on every call, and the schedule
 * domain checks the zone on every conversion: most of the generation time. The generator (never
 * the measured server, which runs in its own process) remembers the answers while it runs.
 */
function withZoneCheckCache<T>(run: () => T): T {
  const original = IANAZone.isValidZone.bind(IANAZone);
  const known = new Map<string, boolean>();
  IANAZone.isValidZone = (zone: string) => {
    let valid = known.get(zone);
    if (valid === undefined) {
      valid = original(zone);
      known.set(zone, valid);
    }
    return valid;
  };
  try {
    return run();
  } finally {
    IANAZone.isValidZone = original;
  }
}

export function generateDataset(
  meetings = DEFAULT_MEETINGS,
  seed = DEFAULT_SEED,
  anchor = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS),
): Dataset {
  return withZoneCheckCache(() => generate(meetings, seed, anchor));
}

function generate(meetings: number, seed: number, anchor: Date): Dataset {
  const rng = new Rng(seed);
  const newId = idMaker(rng, Date.UTC(2025, 0, 1));
  const metros = metroZips().filter((m) => m.zips.length > 0);
  const metroChoices = metros.map((m) => [m, m.metro.weight] as const);
  const allZips = usZips();
  const createdBase = anchor.getTime() - 400 * DAY_MS;

  const out: Dataset = {
    anchor,
    meetings,
    groups: [],
    tags: [],
    schedules: [],
    exceptions: [],
    occurrences: [],
    fts: [],
  };

  const makePlace = (): Place => {
    const zip = rng.chance(0.88) ? rng.pick(rng.weighted(metroChoices).zips) : rng.pick(allZips);
    const town = titleCase(zip.city);
    const name = rng
      .pick(VENUE_PATTERNS)
      .replace('{town}', town)
      .replace('{room}', String(rng.int(1, 240)))
      .replace('{letter}', rng.pick(['A', 'B', 'C', 'D']))
      .replace('{denomination}', rng.pick(DENOMINATIONS))
      .replace('{saint}', rng.pick(SAINTS));
    return {
      name,
      address: `${String(rng.int(10, 9999))} ${rng.pick(STREETS)}, ${town}, ${zip.state} ${zip.zip}`,
      latitude: Math.round((zip.latitude + rng.gaussian() * 0.012) * 1e6) / 1e6,
      longitude: Math.round((zip.longitude + rng.gaussian() * 0.012) * 1e6) / 1e6,
      zone: STATE_ZONES[zip.state] ?? 'America/Chicago',
      city: town,
    };
  };

  let slots = 0;
  let index = 0;
  while (slots < meetings) {
    index += 1;
    const groupId = newId();
    const wanted = Math.min(
      meetings - slots,
      rng.weighted([
        [1, 25],
        [2, 30],
        [3, 20],
        [4, 25],
      ]),
    );
    const kind = rng.weighted<'in-person' | 'online' | 'hybrid'>([
      ['in-person', 58],
      ['online', 27],
      ['hybrid', 15],
    ]);
    const home = kind === 'online' ? null : makePlace();
    const onlineZone = rng.weighted(ONLINE_ZONES);

    // Languages: English mostly, Spanish about 15% (some bilingual), a few others.
    const language = rng.weighted<'en' | 'es' | 'en-es' | 'other'>([
      ['en', 82.5],
      ['es', 11],
      ['en-es', 4],
      ['other', 2.5],
    ]);
    const other = rng.pick(OTHER_LANGUAGES);
    const languages =
      language === 'en'
        ? ['en']
        : language === 'es'
          ? ['es']
          : language === 'en-es'
            ? ['en', 'es']
            : rng.chance(0.5)
              ? [other]
              : ['en', other];
    const spanish = languages[0] === 'es';

    const topicCount = rng.weighted([
      [1, 55],
      [2, 35],
      [3, 10],
    ]);
    const topics: (typeof TOPICS)[number][] = [];
    while (topics.length < topicCount) {
      const t = rng.weighted(TOPIC_CHOICES);
      if (!topics.includes(t)) topics.push(t);
    }
    const main = topics[0] ?? TOPICS[0];
    if (main === undefined) throw new Error('no topics');
    const audiences = rng.sample(
      AUDIENCES.map((a) => a.slug),
      rng.weighted([
        [0, 35],
        [1, 45],
        [2, 20],
      ]),
    );
    const accessibility: AccessibilityFeature[] = [
      ...(kind !== 'online' && rng.chance(0.6) ? (['wheelchair'] as const) : []),
      ...(kind !== 'in-person' && rng.chance(0.4) ? (['captions'] as const) : []),
      ...rng.sample<AccessibilityFeature>(
        ['asl', 'fragrance-free', 'child-care', 'hearing-loop', 'large-print'],
        rng.int(0, 1),
      ),
    ];
    const leadership = rng.weighted<LeadershipModel>([
      ['peer', 62],
      ['professional', 28],
      ['self-guided', 10],
    ]);
    const attendance = rng.weighted<Attendance>([
      ['open', 55],
      ['shared-experience', 30],
      ['family-friends', main.category.slug === 'family-caregivers' ? 40 : 8],
      ['members-only', 5],
    ]);
    const cost = rng.weighted<Cost>([
      ['free', 68],
      ['donation', 22],
      ['sliding-scale', 6],
      ['fee', 4],
    ]);
    const status = rng.weighted<GroupRecord['status']>([
      ['active', 92],
      ['paused', 5],
      ['archived', 3],
    ]);

    // Name and words.
    const town = home?.city ?? rng.pick(NAME_ADJECTIVES);
    let name: string;
    if (spanish) {
      name = rng.weighted([
        [`Grupo ${rng.pick(NAME_NOUNS_ES)} ${town}`, 40],
        [`Grupo de Apoyo: ${main.label.es}`, 35],
        [`Círculo de ${rng.pick(NAME_NOUNS_ES)}`, 25],
      ]);
    } else if (main.slug === 'twelve-step' && rng.chance(0.6)) {
      name = `${rng.pick(TWELVE_STEP_NAMES)} ${rng.pick(['Group', 'Meeting', ''])}`.trim();
    } else {
      name = rng.weighted([
        [`${town} ${main.label.en} ${rng.pick(NAME_SUFFIXES)}`, 30],
        [`${rng.pick(NAME_ADJECTIVES)} ${rng.pick(NAME_NOUNS)} ${rng.pick(NAME_SUFFIXES)}`, 30],
        [
          `${rng.pick(WEEKDAY_NAMES)} ${rng.pick(['Morning', 'Noon', 'Night'])} ${main.label.en}`,
          20,
        ],
        [`${rng.pick(NAME_NOUNS)} ${rng.pick(NAME_SUFFIXES)} of ${town}`, 20],
      ]);
    }
    const audienceWords = audiences
      .map((a) => AUDIENCES.find((x) => x.slug === a)?.label.en ?? a)
      .map((l) => (l === 'LGBTQ+' ? l : l.toLowerCase()));
    const sentences = spanish
      ? [
          `${OPENINGS_ES[leadership] ?? ''} ${topics.map((t) => t.forWhom.es).join(' y ')}.`,
          ...rng.sample(SENTENCES_ES, rng.int(2, 3)),
        ]
      : [
          `${OPENINGS_EN[leadership] ?? ''} ${topics.map((t) => t.forWhom.en).join(' and ')}.`,
          ...(audienceWords.length > 0 ? [`It welcomes ${audienceWords.join(' and ')}.`] : []),
          ...rng.sample(SENTENCES_EN, rng.int(2, 3)),
          ...(rng.chance(0.5) ? [rng.pick(LOGISTICS_EN)] : []),
          ...(languages.includes('es') ? [rng.pick(SENTENCES_ES)] : []),
        ];
    const description = sentences.join(' ');
    const firstMeeting = rng.chance(0.8)
      ? rng.sample(spanish ? FIRST_MEETING_ES : FIRST_MEETING_EN, rng.int(1, 2)).join(' ')
      : '';
    const slug = `${slugify(name)}-${index.toString(36)}`;
    const createdAt = new Date(createdBase + rng.int(0, 380) * DAY_MS).toISOString();

    // Schedules: the group's slots split into one or more schedules.
    const schedules: ScheduleRecord[] = [];
    let remaining = wanted;
    while (remaining > 0) {
      const recurrenceKind = rng.weighted([
        ['weekly', 72],
        ['biweekly', 10],
        ['monthly-nth', 14],
        ['monthly-day', 4],
      ]);
      let recurrence: Recurrence;
      let used = 1;
      if (recurrenceKind === 'weekly' || recurrenceKind === 'biweekly') {
        used = rng.chance(0.55) ? remaining : rng.int(1, remaining);
        const days: Weekday[] = [];
        while (days.length < used) {
          const d = rng.weighted(WEEKDAY_WEIGHTS);
          if (!days.includes(d)) days.push(d);
        }
        days.sort((a, b) => a - b);
        recurrence =
          recurrenceKind === 'weekly'
            ? { kind: 'weekly', days }
            : { kind: 'biweekly', days, anchorDate: rng.pick(['2026-01-05', '2026-01-12']) };
      } else if (recurrenceKind === 'monthly-nth') {
        recurrence = {
          kind: 'monthly-nth',
          weekday: rng.weighted(WEEKDAY_WEIGHTS),
          nths: rng.pick<Nth[]>([[1], [2], [3], [4], [-1], [1, 3], [2, 4]]),
        };
      } else {
        recurrence = { kind: 'monthly-day', dayOfMonth: rng.int(1, 28) };
      }
      remaining -= used;

      const mode =
        kind === 'hybrid'
          ? rng.weighted<ScheduleRecord['mode']>([
              ['hybrid', 60],
              ['in-person', 25],
              ['online', 15],
            ])
          : kind;
      const place =
        mode === 'online' ? null : home !== null && rng.chance(0.85) ? home : makePlace();
      const start = startMinutes(rng);
      const duration = rng.weighted([
        [60, 50],
        [90, 40],
        [75, 5],
        [120, 5],
      ]);
      const sid = newId();
      const exceptions: ScheduleRecord['exceptions'] = [];
      if (recurrence.kind === 'weekly' && rng.chance(0.04)) {
        // One upcoming meeting cancelled (a holiday): a date with one of the schedule's weekdays.
        const day = rng.pick(recurrence.days);
        let ms = anchor.getTime() + rng.int(7, 30) * DAY_MS;
        while (new Date(ms).getUTCDay() !== day) ms += DAY_MS;
        exceptions.push({ date: isoDate(ms), kind: 'cancelled', note: 'No meeting this week.' });
      }
      schedules.push({
        id: sid,
        groupId,
        position: schedules.length,
        recurrence,
        start: hhmm(start),
        end: hhmm(start + duration),
        timeZone: place?.zone ?? home?.zone ?? onlineZone,
        startsOn: rng.chance(0.03) ? isoDate(anchor.getTime() - rng.int(10, 200) * DAY_MS) : null,
        endsOn: null,
        mode,
        place:
          place === null
            ? null
            : {
                name: place.name,
                address: place.address,
                latitude: place.latitude,
                longitude: place.longitude,
                ...(rng.chance(0.3) ? { notes: 'Use the side entrance; look for the sign.' } : {}),
              },
        online:
          mode === 'in-person'
            ? null
            : {
                joinUrl: `https://zoom.us/j/${String(rng.int(8_000_000_000, 9_999_999_999))}`,
                ...(rng.chance(0.3)
                  ? { dialIn: `+1 312 626 6799,,${String(rng.int(80_000_000, 99_999_999))}#` }
                  : {}),
                ...(rng.chance(0.2) ? { notes: 'The host admits you from the waiting room.' } : {}),
              },
        exceptions,
        createdAt,
        updatedAt: createdAt,
      });
      slots += used;
    }

    const categories = [...new Set(topics.map((t) => t.category.slug))];
    const group: GroupRecord = {
      id: groupId,
      organizationId: BENCH_ORGANIZATION_ID,
      slug,
      name,
      description,
      firstMeeting,
      leadership,
      attendance,
      cost,
      capacity: rng.chance(0.2) ? rng.int(8, 40) : null,
      status,
      format: deriveFormat(schedules),
      languages,
      audiences,
      accessibility,
      topics: topics.map((t) => t.slug),
      nextStartAt: null,
      nextEndAt: null,
      source: 'bench',
      keptTypes: [],
      createdAt,
      updatedAt: createdAt,
    };

    // Same text as GroupService's searchTextOf: description, first meeting, topic labels (in
    // taxonomy order), places.
    const searchText = [
      description,
      firstMeeting,
      ...TOPICS.filter((t) => topics.includes(t)).flatMap((t) => [
        t.label.en,
        t.label.es,
        t.category.label.en,
      ]),
      ...schedules.flatMap((s) => (s.place ? [s.place.name, s.place.address] : [])),
    ].join('\n');

    const occurrences = occurrenceRows(groupId, schedules, anchor);
    const nowIso = anchor.toISOString();
    const next = occurrences
      .filter((o) => o.end_at > nowIso && o.status !== 'cancelled')
      .sort((a, b) => (a.start_at < b.start_at ? -1 : a.start_at > b.start_at ? 1 : 0))[0];
    const row = toGroupRow(
      { ...group, nextStartAt: next?.start_at ?? null, nextEndAt: next?.end_at ?? null },
      searchText,
    );
    row.occurrences_until = new Date(anchor.getTime() + HORIZON_DAYS * DAY_MS).toISOString();
    out.groups.push(row);

    const tagSets: [GroupTagKind, string[]][] = [
      ['topic', group.topics],
      ['category', categories],
      ['audience', audiences],
      ['language', languages],
      ['access', accessibility],
    ];
    for (const [kind, values] of tagSets) {
      for (const value of new Set(values)) out.tags.push({ group_id: groupId, kind, value });
    }
    for (const s of schedules) {
      out.schedules.push(toScheduleRow(s));
      s.exceptions.forEach((e, i) => {
        out.exceptions.push({
          id: `${s.id}:${String(i)}`,
          schedule_id: s.id,
          original_date: e.date,
          kind: e.kind,
          new_start: null,
          new_end: null,
          note: e.note ?? null,
        });
      });
    }
    for (const o of occurrences) out.occurrences.push(o);
  }
  return out;
}
