// Plain-language text of calendar events (DESCRIPTION, LOCATION), in English or Spanish. Join
// links and dial-ins appear only when the caller says the viewer may see them.
import { describeSchedule } from '../../../domain/schedule/describe';
import { formatClock, formatLongDate } from '../../../domain/schedule/format';
import type { CivilDate } from '../../../domain/schedule/civil';
import type { Locale, Schedule } from '../../../domain/schedule/types';
import type { GroupRecord, ScheduleRecord } from '../../repositories/group.repository';

const messages = {
  en: {
    moved: (from: string) => `Moved from ${from}.`,
    cancelled: 'This meeting is cancelled.',
    where: (place: string) => `Where: ${place}`,
    online: 'Online',
    join: (url: string) => `Join online: ${url}`,
    dialIn: (n: string) => `Call in: ${n}`,
    joinHidden:
      'The link to join online is shared with members; the facilitator can share it with you.',
    firstMeeting: 'What to expect at your first meeting:',
    firstMeetingDefault:
      'You are welcome to just listen. Nobody will ask you to speak or share anything you don’t want to.',
    page: (url: string) => `Group page: ${url}`,
    at: (date: string, time: string) => `${date}, ${time}`,
    myMeetings: (org: string) => `My meetings · ${org}`,
  },
  es: {
    moved: (from: string) => `Cambio de horario: antes era el ${from}.`,
    cancelled: 'Esta reunión se canceló.',
    where: (place: string) => `Dónde: ${place}`,
    online: 'En línea',
    join: (url: string) => `Unirse en línea: ${url}`,
    dialIn: (n: string) => `Por teléfono: ${n}`,
    joinHidden:
      'El enlace para unirse en línea se comparte con los miembros; quien facilita el grupo puede compartirlo contigo.',
    firstMeeting: 'Qué esperar en tu primera reunión:',
    firstMeetingDefault:
      'Puedes solo escuchar. Nadie te pedirá que hables ni que compartas nada que no quieras.',
    page: (url: string) => `Página del grupo: ${url}`,
    at: (date: string, time: string) => `${date}, ${time}`,
    myMeetings: (org: string) => `Mis reuniones · ${org}`,
  },
} as const satisfies Record<Locale, unknown>;

export function calendarMessages(locale: Locale) {
  return messages[locale];
}

/** "Tuesday, March 17, 2026, 7:00 pm" / "martes, 17 de marzo de 2026, 19:00". */
export function wallClockText(date: CivilDate, minutes: number, locale: Locale): string {
  return messages[locale].at(formatLongDate(date, locale), formatClock(minutes, locale));
}

/** LOCATION: the place (name and address) or, online, the join link where it may be seen. */
export function locationText(s: ScheduleRecord, showJoin: boolean, locale: Locale): string | null {
  if (s.place) return `${s.place.name}, ${s.place.address}`;
  if (showJoin && s.online?.joinUrl !== undefined) return s.online.joinUrl;
  return s.mode === 'online' ? messages[locale].online : null;
}

function joinLines(s: ScheduleRecord, showJoin: boolean, locale: Locale): string[] {
  const m = messages[locale];
  if (s.online === null) return [];
  if (!showJoin) return [m.joinHidden];
  return [
    ...(s.online.joinUrl === undefined ? [] : [m.join(s.online.joinUrl)]),
    ...(s.online.dialIn === undefined ? [] : [m.dialIn(s.online.dialIn)]),
    ...(s.online.notes === undefined ? [] : [s.online.notes]),
  ];
}

/**
 * DESCRIPTION: what changed about this date (if anything), the schedule in plain words with its
 * zone, where and how to join, what to expect, and the group page.
 */
export function descriptionText(args: {
  group: GroupRecord;
  schedule: ScheduleRecord;
  domain: Schedule;
  showJoin: boolean;
  pageUrl: string;
  locale: Locale;
  notice?: string;
}): string {
  const { group, schedule: s, locale } = args;
  const m = messages[locale];
  const place = s.place
    ? [m.where(`${s.place.name}, ${s.place.address}`), ...(s.place.notes ? [s.place.notes] : [])]
    : [];
  const paragraphs = [
    ...(args.notice === undefined ? [] : [args.notice]),
    `${describeSchedule(args.domain, locale)} (${s.timeZone})`,
    [...place, ...joinLines(s, args.showJoin, locale)].join('\n'),
    `${m.firstMeeting}\n${group.firstMeeting.trim() || m.firstMeetingDefault}`,
    m.page(args.pageUrl),
  ];
  return paragraphs.filter((p) => p !== '').join('\n\n');
}
