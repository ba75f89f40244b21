import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../../domain/schedule/civil';
import type { GroupRecord, ScheduleRecord } from '../../repositories/group-rows';
import { buildMeetingGuideFeed, type FeedContext, type FeedGroup } from './export';
import {
  addressParts,
  conferencePhone,
  formattedAddress,
  mostCommonArea,
  zoneCity,
} from './export-address';
import { monthlyDayNote } from './export-notes';

// Pure rules of the feed; the HTTP side is in routes/interop/meeting-guide.routes.test.ts.
// "Today" is Wednesday 4 June 2025.
const TODAY: CivilDate = { year: 2025, month: 6, day: 4 };
const ctx: FeedContext = {
  organization: {
    name: 'Prairie Path',
    locale: 'en',
    timeZone: 'America/Chicago',
    contactEmail: null,
    contactPhone: null,
    website: null,
  },
  publicUrl: new URL('https://groups.example.org/some/path'),
  today: TODAY,
};

function group(overrides: Partial<GroupRecord> = {}): GroupRecord {
  return {
    id: 'g1',
    organizationId: 'org',
    slug: 'evening-circle',
    name: 'Evening Circle',
    description: 'A group.',
    firstMeeting: '',
    leadership: 'peer',
    attendance: 'open',
    cost: 'free',
    capacity: null,
    status: 'active',
    format: 'in-person',
    languages: ['en'],
    audiences: [],
    accessibility: [],
    topics: ['anxiety'],
    nextStartAt: null,
    nextEndAt: null,
    source: null,
    keptTypes: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-05-01T08:09:10.123Z',
    ...overrides,
  };
}

const PLACE = {
  name: 'Warrenville Public Library',
  address: '28W751 Stafford Pl, Warrenville, IL 60555',
  latitude: 41.822912345,
  longitude: -88.172298765,
};

function schedule(overrides: Partial<ScheduleRecord> = {}): ScheduleRecord {
  return {
    id: 's1',
    groupId: 'g1',
    position: 0,
    recurrence: { kind: 'weekly', days: [2] },
    start: '19:00',
    end: '20:30',
    timeZone: 'America/Chicago',
    startsOn: null,
    endsOn: null,
    mode: 'in-person',
    place: PLACE,
    online: null,
    exceptions: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const feedOf = (groups: FeedGroup[], context = ctx) => buildMeetingGuideFeed(groups, context);
const one = (g: Partial<GroupRecord>, schedules: Partial<ScheduleRecord>[]) => ({
  group: group(g),
  joinDetailsPublic: (g.attendance ?? 'open') === 'open',
  categories: ['mental-health'],
  schedules: schedules.map((s, i) => schedule({ id: `s${i}`, position: i, ...s })),
});

describe('buildMeetingGuideFeed', () => {
  it('writes one weekly meeting with the group slug and every field the spec asks for', () => {
    const { meetings, changedByDate } = feedOf([one({}, [{}])]);
    expect(changedByDate).toBeNull();
    expect(meetings).toEqual([
      {
        name: 'Evening Circle',
        slug: 'evening-circle',
        day: 2,
        time: '19:00',
        end_time: '20:30',
        timezone: 'America/Chicago',
        types: ['O', 'EN', 'KD-T-ANXIETY', 'KD-C-MENTAL-HEALTH', 'KD-L-PEER'],
        location: 'Warrenville Public Library',
        formatted_address: '28W751 Stafford Pl, Warrenville, IL 60555, USA',
        latitude: 41.82291,
        longitude: -88.1723,
        approximate: 'no',
        regions: ['Warrenville'],
        group: 'Evening Circle',
        group_id: 'evening-circle',
        url: 'https://groups.example.org/groups/evening-circle',
        updated: '2025-05-01 08:09:10',
        entity: 'Prairie Path',
        entity_url: 'https://groups.example.org',
        entity_location: 'Warrenville, IL, USA',
      },
    ]);
  });

  it('splits several days and schedules into records with derived, unique slugs', () => {
    const { meetings } = feedOf([
      one({}, [
        { recurrence: { kind: 'weekly', days: [5, 1, 3] } },
        { recurrence: { kind: 'weekly', days: [1] } }, // same day and time again
      ]),
    ]);
    expect(meetings.map((m) => [m.slug, m.day])).toEqual([
      ['evening-circle-monday-1900', 1],
      ['evening-circle-wednesday-1900', 3],
      ['evening-circle-friday-1900', 5],
      ['evening-circle-monday-1900-2', 1],
    ]);
  });

  it('never lets a derived slug take a single-meeting group’s slug, and keeps slugs ≤ 64', () => {
    const long = 'a'.repeat(40) + '-b'.repeat(12); // 64 characters
    const { meetings } = feedOf([
      one({ id: 'g1', slug: 'yoga' }, [{ recurrence: { kind: 'weekly', days: [1, 2] } }]),
      one({ id: 'g2', slug: 'yoga-monday-1900' }, [{}]),
      one({ id: 'g3', slug: long }, [{ recurrence: { kind: 'weekly', days: [3, 4] } }]),
    ]);
    const slugs = meetings.map((m) => m.slug);
    expect(slugs).toContain('yoga-monday-1900');
    expect(slugs).toContain('yoga-monday-1900-2');
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) {
      expect(s.length).toBeLessThanOrEqual(64);
      expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('writes every other week, monthly and one-time schedules into notes', () => {
    const { meetings, changedByDate } = feedOf([
      one({}, [
        // Anchor week of 26 May: on weeks of 26 May, 9 June… so the next Tuesday is 10 June.
        { recurrence: { kind: 'biweekly', days: [2], anchorDate: '2025-05-27' } },
        { recurrence: { kind: 'monthly-nth', weekday: 2, nths: [1, 3] } },
        { recurrence: { kind: 'monthly-day', dayOfMonth: 15 } },
        { recurrence: { kind: 'once', date: '2025-06-14' } },
        { recurrence: { kind: 'once', date: '2025-06-03' } }, // yesterday: gone
      ]),
    ]);
    expect(meetings.map((m) => [m.day, m.notes])).toEqual([
      [2, 'Every other week (next: June 10, 2025)'],
      [2, 'First and third Tuesday of the month'],
      [undefined, 'On the 15th of each month at 7:00 pm'],
      [6, 'One time only: Saturday, June 14, 2025'],
    ]);
    expect(meetings[2]).not.toHaveProperty('day');
    expect(meetings[2]?.time).toBe('19:00');
    // The biweekly note last changed the day after 27 May; the past one-time meeting left today.
    expect(changedByDate).toEqual(TODAY);
  });

  it('drops schedules that have ended and says when one starts or ends', () => {
    const { meetings } = feedOf([
      one({}, [
        { endsOn: '2025-06-03' },
        { startsOn: '2025-07-01', endsOn: '2025-08-31', recurrence: { kind: 'weekly', days: [4] } },
        { startsOn: '2025-01-01', recurrence: { kind: 'weekly', days: [5] } },
      ]),
    ]);
    expect(meetings.map((m) => [m.day, m.notes])).toEqual([
      [4, 'Starting July 1, 2025, until August 31, 2025'],
      [5, undefined],
    ]);
  });

  it('writes notes in Spanish for a Spanish-speaking group of an English-speaking center', () => {
    const { meetings } = feedOf([
      one({ languages: ['es'] }, [
        { recurrence: { kind: 'monthly-nth', weekday: 2, nths: [1, 3] } },
        { recurrence: { kind: 'monthly-day', dayOfMonth: 31 } },
      ]),
    ]);
    expect(meetings.map((m) => m.notes)).toEqual([
      'Primer y tercer martes de cada mes',
      'El día 31 de cada mes a las 19:00 (en los meses que lo tienen)',
    ]);
  });

  it('gives online-only meetings the organization’s area as an approximate address', () => {
    const online = {
      joinUrl: 'https://zoom.us/j/123',
      dialIn: '+1 (312) 555-0100,,123#',
      notes: 'Waiting room',
    };
    const { meetings } = feedOf([
      one({}, [{ mode: 'online', place: null, online }]),
      one({ id: 'g2', slug: 'other' }, [
        { place: { ...PLACE, address: '1 Main St, Aurora, IL 60506' } },
      ]),
      one({ id: 'g3', slug: 'third' }, [{}]),
      one({ id: 'g4', slug: 'fourth' }, [{}]),
    ]);
    expect(meetings[0]).toMatchObject({
      approximate: 'yes',
      formatted_address: 'Warrenville, IL, USA',
      regions: ['Warrenville'],
      conference_url: 'https://zoom.us/j/123',
      conference_url_notes: 'Waiting room',
      conference_phone: '+13125550100,,123#',
    });
    expect(meetings[0]?.types).toContain('ONL');
    expect(meetings[0]).not.toHaveProperty('location');
    expect(meetings[0]).not.toHaveProperty('latitude');
  });

  it('publishes join details only for open groups that are meeting', () => {
    const online = { joinUrl: 'https://zoom.us/j/secret', dialIn: '+1 312 555 0199' };
    const { meetings } = feedOf([
      one({ slug: 'closed', attendance: 'shared-experience' }, [{ mode: 'hybrid', online }]),
      one({ id: 'g2', slug: 'paused', status: 'paused' }, [
        { mode: 'online', place: null, online },
      ]),
      one({ id: 'g3', slug: 'members', attendance: 'members-only' }, [{}]),
      one({ id: 'g4', slug: 'archived', status: 'archived' }, [{}]),
    ]);
    expect(meetings.map((m) => m.slug)).toEqual(['closed', 'paused']);
    const body = JSON.stringify(meetings);
    expect(body).not.toContain('secret');
    expect(body).not.toContain('0199');
    expect(meetings[0]?.types).toEqual(expect.arrayContaining(['C', 'ONL']));
    expect(meetings[0]?.notes).toMatch(/shared privately/);
    expect(meetings[1]?.types).toContain('TC');
    expect(meetings[1]?.types).not.toContain('ONL');
  });
});

describe('addresses and phones', () => {
  it.each([
    [
      '28W751 Stafford Pl, Warrenville, IL 60555',
      { city: 'Warrenville', state: 'IL', country: 'USA' },
    ],
    [
      '5881 Old Bascomb Rd, Acworth, GA 30102, USA',
      { city: 'Acworth', state: 'GA', country: 'USA' },
    ],
    ['Naperville, IL 60540-1234', { city: 'Naperville', state: 'IL', country: 'USA' }],
    [
      '100 Queen St W, Toronto, ON M5H 2N2, Canada',
      { city: 'Toronto', state: 'ON', country: 'Canada' },
    ],
    ['10 Downing St, London SW1A 2AA, UK', {}],
    ['Somewhere', {}],
  ])('%s', (address, parts) => {
    expect(addressParts(address)).toEqual(parts);
  });

  it('appends the country only when it is known and missing', () => {
    expect(formattedAddress('1 Main St, Aurora, IL 60506')).toBe(
      '1 Main St, Aurora, IL 60506, USA',
    );
    expect(formattedAddress('1 Main St, Aurora, IL 60506, USA')).toBe(
      '1 Main St, Aurora, IL 60506, USA',
    );
    expect(formattedAddress('Calle 1, Madrid')).toBe('Calle 1, Madrid');
  });

  it('finds the most common area, ties to the first name', () => {
    expect(
      mostCommonArea([
        '1 A St, Aurora, IL 60506',
        '2 B St, Wheaton, IL 60187',
        '3 C St, Wheaton, IL 60187',
      ]),
    ).toBe('Wheaton, IL, USA');
    expect(mostCommonArea(['1 A St, Wheaton, IL 60187', '1 A St, Aurora, IL 60506'])).toBe(
      'Aurora, IL, USA',
    );
    expect(mostCommonArea(['Somewhere'])).toBeUndefined();
    expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles');
    expect(zoneCity('UTC')).toBeUndefined();
  });

  it('keeps only the characters the spec allows in a dial-in number', () => {
    expect(conferencePhone('+1 (312) 555-0100,,123#')).toBe('+13125550100,,123#');
    expect(conferencePhone('555 01')).toBeUndefined();
  });

  it('says when a monthly date is missing from short months', () => {
    expect(monthlyDayNote(1, '09:30', 'en')).toBe('On the 1st of each month at 9:30 am');
    expect(monthlyDayNote(22, '18:00', 'es')).toBe('El día 22 de cada mes a las 18:00');
    expect(monthlyDayNote(30, '18:00', 'en')).toMatch(/in months that have one/);
  });
});
