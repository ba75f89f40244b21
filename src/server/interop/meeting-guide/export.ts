// Kindred groups → a Meeting Guide feed (code4recovery spec): one record per schedule and
// weekday. Pure: the service loads the groups and the date, this decides what the feed says.
// Rules (README, "Meeting Guide format"):
// - Only active and paused (TC) groups, never members-only ones; past one-time meetings and
//   schedules that have ended are left out.
// - Join links only where a visitor may see them (groupPolicy.seeJoinDetails: open groups) and
//   the group is meeting (a paused group's link would tell TSML that it meets online); other
//   online meetings say how to ask for the link.
// - What the weekly-only format cannot say (every other week, monthly, once, date bounds) is
//   written into `notes`, in the organization's language (or the group's, when it meets in
//   Spanish and the organization writes English, say). A place's directions go in `location_notes`,
//   the spec's field for them, which TSML shows under the address.
// - The organization is the `entity` of every record: its name, its own website (else the
//   app's origin) and, when set, its public contact email and phone (TSML UI's entity box).
import type { CivilDate } from '../../../domain/schedule/civil';
import type { Locale } from '../../../domain/schedule/types';
import type { GroupRecord, ScheduleRecord } from '../../repositories/group-rows';
import {
  addressParts,
  conferencePhone,
  formattedAddress,
  mostCommonArea,
  zoneCity,
} from './export-address';
import { privateLinkNote } from './export-notes';
import { DateChanges, potentialSlots, Slugs, slotsOf } from './export-slots';
import { typesForMeeting } from './type-codes';

export interface MeetingGuideMeeting {
  name: string;
  slug: string;
  day?: number;
  time: string;
  end_time: string;
  timezone: string;
  types: string[];
  location?: string;
  location_notes?: string;
  formatted_address?: string;
  latitude?: number;
  longitude?: number;
  approximate: 'yes' | 'no';
  regions?: string[];
  conference_url?: string;
  conference_url_notes?: string;
  conference_phone?: string;
  conference_phone_notes?: string;
  notes?: string;
  group: string;
  group_id: string;
  url: string;
  updated: string;
  entity: string;
  entity_email?: string;
  entity_phone?: string;
  entity_url: string;
  entity_location?: string;
}

export interface FeedGroup {
  group: GroupRecord;
  /** Whether anyone may see how to join (groupPolicy.seeJoinDetails for a visitor). */
  joinDetailsPublic: boolean;
  /** Category slugs of the group's topics. */
  categories: string[];
  /** In position order. */
  schedules: ScheduleRecord[];
}

export interface FeedContext {
  organization: {
    name: string;
    locale: Locale;
    timeZone: string;
    /** Public contact, null when not set. */
    contactEmail: string | null;
    contactPhone: string | null;
    /** The organization's own website; the app's origin stands in without one. */
    website: string | null;
  };
  publicUrl: URL;
  /** Today in the organization's zone: "next" dates and what has ended are worked out from it. */
  today: CivilDate;
}

export interface BuiltFeed {
  meetings: MeetingGuideMeeting[];
  /**
   * The latest day (not after today) on which the passing of time changed the feed: a one-time
   * meeting or a schedule ended, a "next" date moved on, a start date arrived. Null if none did.
   * Last-Modified must not be older than its start.
   */
  changedByDate: CivilDate | null;
}

/** Groups the public feed carries: meeting or paused, and open to people who are not members. */
export function isPublished(group: Pick<GroupRecord, 'status' | 'attendance'>): boolean {
  return (
    (group.status === 'active' || group.status === 'paused') && group.attendance !== 'members-only'
  );
}

/** The group's own codes, then those an imported feed had that Kindred does not model. */
function withKept(types: string[], kept: readonly string[]): string[] {
  if (kept.length === 0) return types;
  return [...types, ...kept.filter((code) => !types.includes(code))];
}

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;

/** "2025-06-04T17:00:00.000Z" → "2025-06-04 17:00:00" (UTC, as the spec writes it). */
export function updatedStamp(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

/**
 * The language of a group's notes: the organization's when the group meets in it, else the
 * group's own (a Spanish-speaking group gets Spanish notes from an English-speaking center).
 */
function notesLocale(languages: readonly string[], organizationLocale: Locale): Locale {
  if (languages.includes(organizationLocale)) return organizationLocale;
  return languages.find((l): l is Locale => l === 'en' || l === 'es') ?? organizationLocale;
}

export function buildMeetingGuideFeed(groups: FeedGroup[], ctx: FeedContext): BuiltFeed {
  const { organization, publicUrl, today } = ctx;
  const published = groups
    .filter((g) => isPublished(g.group))
    .sort((a, b) => (a.group.slug < b.group.slug ? -1 : a.group.slug > b.group.slug ? 1 : 0));
  const places = published.flatMap((g) =>
    g.schedules.flatMap((s) => (s.mode !== 'online' && s.place ? [s.place.address] : [])),
  );
  const area = mostCommonArea(places) ?? zoneCity(organization.timeZone);
  // Places repeat across schedules and groups: parse each address once.
  const placeInfo = new Map<string, { formatted: string; city: string | undefined }>();
  const infoOf = (address: string) => {
    let info = placeInfo.get(address);
    if (info === undefined) {
      info = { formatted: formattedAddress(address), city: addressParts(address).city };
      placeInfo.set(address, info);
    }
    return info;
  };
  const areaCity = area?.split(',')[0];
  const entityPhone =
    organization.contactPhone === null ? undefined : conferencePhone(organization.contactPhone);
  const entity = {
    entity: organization.name,
    ...(organization.contactEmail === null ? {} : { entity_email: organization.contactEmail }),
    ...(entityPhone === undefined ? {} : { entity_phone: entityPhone }),
    entity_url: organization.website ?? publicUrl.origin,
    ...(area === undefined ? {} : { entity_location: area }),
  };

  // A group that can only ever have one record keeps its own slug; reserve those first so a
  // derived slug never takes one.
  const slugs = new Slugs();
  const single = new Set(
    published
      .filter((g) => g.schedules.reduce((n, s) => n + potentialSlots(s), 0) === 1)
      .map((g) => g.group.slug),
  );
  for (const slug of single) slugs.reserve(slug);

  const changes = new DateChanges(today);
  const meetings: MeetingGuideMeeting[] = [];
  for (const { group, categories, schedules, joinDetailsPublic } of published) {
    const showJoin = joinDetailsPublic && group.status === 'active';
    const locale = notesLocale(group.languages, organization.locale);
    const common = {
      group: group.name,
      group_id: group.slug,
      url: new URL(`/groups/${group.slug}`, publicUrl).toString(),
      updated: updatedStamp(group.updatedAt),
      ...entity,
    };
    for (const s of schedules) {
      const online = s.mode === 'in-person' ? null : s.online;
      const place = s.mode === 'online' ? null : s.place;
      const types = withKept(
        typesForMeeting({ ...group, categories }, { mode: s.mode, hasConference: online !== null }),
        group.keptTypes,
      );
      const phone = online?.dialIn === undefined ? undefined : conferencePhone(online.dialIn);
      const conference =
        showJoin && online
          ? {
              ...(online.joinUrl === undefined ? {} : { conference_url: online.joinUrl }),
              ...(online.joinUrl !== undefined && online.notes
                ? { conference_url_notes: online.notes }
                : {}),
              ...(phone === undefined ? {} : { conference_phone: phone }),
              ...(online.joinUrl === undefined && phone !== undefined && online.notes
                ? { conference_phone_notes: online.notes }
                : {}),
            }
          : {};
      const info = place ? infoOf(place.address) : undefined;
      const city = info ? info.city : areaCity;
      const where = place
        ? {
            location: place.name,
            ...(place.notes ? { location_notes: place.notes } : {}),
            formatted_address: info?.formatted,
            latitude: round5(place.latitude),
            longitude: round5(place.longitude),
            approximate: 'no' as const,
          }
        : {
            ...(area === undefined ? {} : { formatted_address: area }),
            approximate: 'yes' as const,
          };
      const extraNotes = [
        online && !showJoin && group.status === 'active' ? privateLinkNote(locale) : undefined,
      ];
      for (const slot of slotsOf(s, today, locale, changes)) {
        const notes = [...slot.notes, ...extraNotes].filter((n) => n !== undefined && n !== '');
        meetings.push({
          name: group.name,
          slug: single.has(group.slug) ? group.slug : slugs.derive(group.slug, slot.slugPart),
          ...(slot.day === undefined ? {} : { day: slot.day }),
          time: s.start,
          end_time: s.end,
          timezone: s.timeZone,
          types,
          ...where,
          ...(city === undefined ? {} : { regions: [city] }),
          ...conference,
          ...(notes.length === 0 ? {} : { notes: notes.join('\n') }),
          ...common,
        });
      }
    }
  }
  return { meetings, changedByDate: changes.latest };
}
