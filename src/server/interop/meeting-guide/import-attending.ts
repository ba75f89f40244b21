// How a record is attended, and where: TSML's attendance table (see
// docs/interop/meeting-guide-import.md). A join link (https conference_url or a dial-in) makes it
// online, an exact address makes it in person, both make it hybrid; TC (temporarily closed)
// without ONL, or an approximate address without a link, makes it inactive.
import type { ScheduleInput } from '../../../contracts/groups';
import type { MeetingDraft, TypeFacts } from './import-model';
import { addressOf, locate } from './import-place';
import type { MeetingRecord } from './record-schema';
import { fieldsFromTypes } from './type-codes';

export interface Sink {
  error: (field: string, message: string) => void;
  warn: (field: string, message: string) => void;
}

const ONLINE_NOTES_MAX = 500;
const PLACE_NOTES_MAX = 500;

export function clip(
  text: string | undefined,
  max: number,
  field: string,
  sink: Sink,
): string | undefined {
  if (text === undefined || text.length <= max) return text;
  sink.warn(field, `Longer than ${String(max)} characters: shortened`);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Days 0 (Sunday) to 6, from a number, a numeric string or an array of them; null if invalid. */

interface Attending {
  mode: ScheduleInput['mode'] | null;
  inactive: MeetingDraft['inactive'];
  place?: NonNullable<ScheduleInput['place']>;
  online?: NonNullable<ScheduleInput['online']>;
}

function readJoinLink(r: MeetingRecord, sink: Sink): string | undefined | null {
  if (r.conference_url === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(r.conference_url);
  } catch {
    sink.error('conference_url', 'Not a web address');
    return null;
  }
  if (url.protocol !== 'https:') {
    sink.error('conference_url', 'Join links must start with https://');
    return null;
  }
  if (r.conference_url.length > 500) {
    sink.error('conference_url', 'Join links may have at most 500 characters');
    return null;
  }
  return r.conference_url;
}

/** How the record is attended (TSML's table), with its place and join details; null if invalid. */
export function readAttending(r: MeetingRecord, types: TypeFacts, sink: Sink): Attending | null {
  const joinUrl = readJoinLink(r, sink);
  if (joinUrl === null) return null;
  let dialIn = r.conference_phone;
  if (dialIn !== undefined && !/^\+?[0-9 ().,*#-]{7,40}$/.test(dialIn)) {
    sink.warn('conference_phone', `"${dialIn}" is not a phone number: left out`);
    dialIn = undefined;
  }
  const notes = clip(
    [r.conference_url_notes, r.conference_phone_notes].filter((n) => n !== undefined).join('\n') ||
      undefined,
    ONLINE_NOTES_MAX,
    'conference_url_notes',
    sink,
  );
  const online =
    joinUrl !== undefined || dialIn !== undefined
      ? {
          ...(joinUrl === undefined ? {} : { joinUrl }),
          ...(dialIn === undefined ? {} : { dialIn }),
          ...(notes === undefined ? {} : { notes }),
        }
      : undefined;
  const fields = fieldsFromTypes(types.codes);
  if (fields.online && online === undefined) {
    sink.warn('types', 'Marked online (ONL) without a conference_url or conference_phone');
  }

  const { address, approximate } = addressOf(r);
  // Approximate addresses ("Chicago, IL, USA") are not places: an online meeting may have one.
  let place: Attending['place'];
  let noPlace: string | undefined;
  if (address !== undefined && !approximate) {
    const at = locate(r, address);
    if (at.ok) {
      if (at.at.approximateFrom !== undefined) {
        sink.warn(
          'latitude',
          `No coordinates: used the centre of ${at.at.approximateFrom} (approximate)`,
        );
      }
      place = {
        name: clip(r.location ?? address.split(',')[0]?.trim(), 200, 'location', sink) ?? address,
        address: clip(address, 300, 'formatted_address', sink) ?? address,
        latitude: at.at.latitude,
        longitude: at.at.longitude,
        ...(r.location_notes === undefined
          ? {}
          : { notes: clip(r.location_notes, PLACE_NOTES_MAX, 'location_notes', sink) ?? '' }),
      };
    } else {
      noPlace = at.reason;
    }
  }

  if (fields.temporarilyClosed && fields.online && online !== undefined) {
    // TSML: TC + ONL is "the room is closed, the meeting goes on online".
    return { mode: 'online', inactive: null, online };
  }
  let mode: Attending['mode'];
  if (online !== undefined) {
    mode = place === undefined ? 'online' : 'hybrid';
    if (noPlace !== undefined) {
      sink.warn('latitude', `Imported as online only: the address cannot be placed (${noPlace})`);
    }
  } else if (place !== undefined) {
    mode = 'in-person';
  } else if (noPlace !== undefined && !fields.temporarilyClosed) {
    sink.error('latitude', `In-person meetings need coordinates: ${noPlace}`);
    return null;
  } else {
    mode = null;
  }
  return {
    mode,
    inactive: fields.temporarilyClosed ? 'closed' : mode === null ? 'unreachable' : null,
    ...(place === undefined || mode === 'online' ? {} : { place }),
    ...(online === undefined ? {} : { online }),
  };
}

/** Maps a schedule's field path (from the group contract) back to the feed's field. */
