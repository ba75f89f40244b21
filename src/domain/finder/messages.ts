// The finder's plain-language reasons and mismatches, in English and Spanish. Kept beside the
// ranking (not in the web catalogs) because the server returns them and tests pin them.
import { formatClock, joinList, sortWeekdays, weekdayName } from '../schedule/format';
import type { Locale } from '../schedule/types';
import type { Cost, LeadershipModel, MeetingMode } from '../taxonomy/taxonomy';
import type { CandidateMeeting } from './types';

export interface FinderMessages {
  aboutTopic(label: string): string;
  relatedTo(categoryLabel: string): string;
  notAbout(labels: readonly string[]): string;
  schedule(meeting: CandidateMeeting): string;
  meetsToday(startMinutes: number): string;
  leadership: Record<LeadershipModel, string>;
  forFamily: string;
  audience: Record<'women' | 'men' | 'lgbtq', string>;
  cost: Partial<Record<Cost, string>>;
  milesAway(miles: number): string;
  unmet: Record<'womenOnly' | 'menOnly' | 'lgbtq' | 'peerLed' | 'professional' | 'family', string>;
  notFree: Partial<Record<Cost, string>>;
  familyOnly: string;
  notOnDays: string;
  notAtTimes: string;
  beyondDistance(miles: number | undefined, maxMiles: number): string;
  onlyMode(mode: MeetingMode): string;
}

function number(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', {
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/** "Grief and loss" → "grief and loss" mid-sentence, but "OCD" and "LGBTQ+" stay as they are. */
function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label)
    ? label.charAt(0).toLocaleLowerCase() + label.slice(1)
    : label;
}

function days(meeting: CandidateMeeting, locale: Locale, plural: boolean): string {
  if (meeting.days.length === 7) return locale === 'es' ? 'todos los días' : 'every day';
  const names = sortWeekdays(meeting.days).map((d) => weekdayName(d, locale, plural));
  return joinList(names, locale);
}

function scheduleEn(m: CandidateMeeting): string {
  const mode = { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid' }[m.mode];
  const at = `at ${formatClock(m.startMinutes, 'en', true)}`;
  if (m.days.length === 0) return `${mode} ${at}`;
  const d = days(m, 'en', false);
  const when =
    m.days.length === 7
      ? d
      : {
          weekly: `every ${d}`,
          biweekly: `every other ${d}`,
          monthly: `monthly on ${d}`,
          once: `on ${d}`,
        }[m.cadence ?? 'weekly'];
  return `${mode} ${when} ${at}`;
}

function scheduleEs(m: CandidateMeeting): string {
  const mode = { 'in-person': 'Presencial', online: 'En línea', hybrid: 'Híbrido' }[m.mode];
  const time = formatClock(m.startMinutes, 'es');
  // "a la 1:00" but "a las 19:00".
  const at = `${Math.floor(m.startMinutes / 60) === 1 ? 'a la' : 'a las'} ${time}`;
  if (m.days.length === 0) return `${mode}, ${at}`;
  const d = days(m, 'es', true);
  const when =
    m.days.length === 7
      ? d
      : {
          weekly: `todos los ${d}`,
          biweekly: `cada dos semanas, los ${d}`,
          monthly: `una vez al mes, los ${d}`,
          once: `el ${days(m, 'es', false)}`,
        }[m.cadence ?? 'weekly'];
  return `${mode}, ${when} ${at}`;
}

const en: FinderMessages = {
  aboutTopic: (label) => `about ${lowerFirst(label)}`,
  relatedTo: (label) => `related to ${lowerFirst(label)}`,
  notAbout: (labels) =>
    `not specifically about ${joinList(
      labels.map((l) => lowerFirst(l)),
      'en',
    )}`,
  schedule: scheduleEn,
  meetsToday: (start) => `meets today at ${formatClock(start, 'en', true)}`,
  leadership: {
    professional: 'led by a licensed professional',
    peer: 'led by peers',
    'self-guided': 'self-guided, without a facilitator',
  },
  forFamily: 'for family and friends',
  audience: { women: 'for women', men: 'for men', lgbtq: 'for LGBTQ+ people' },
  cost: { free: 'free', donation: 'free, donations welcome' },
  milesAway: (miles) => `${number(miles, 'en')} ${miles === 1 ? 'mile' : 'miles'} away`,
  unmet: {
    womenOnly: 'not a women’s group',
    menOnly: 'not a men’s group',
    lgbtq: 'not specifically for LGBTQ+ people',
    peerLed: 'not peer-led',
    professional: 'not led by a professional',
    family: 'not specifically for family and friends',
  },
  notFree: { 'sliding-scale': 'fee on a sliding scale', fee: 'has a fee' },
  familyOnly: 'meant for family and friends of someone affected',
  notOnDays: 'not on the days you chose',
  notAtTimes: 'not at the times you chose',
  beyondDistance: (miles, max) =>
    miles === undefined
      ? 'location not listed'
      : `${number(miles, 'en')} miles away, farther than ${number(max, 'en')} miles`,
  onlyMode: (mode) =>
    ({ 'in-person': 'in person only', online: 'online only', hybrid: 'hybrid' })[mode],
};

const es: FinderMessages = {
  aboutTopic: (label) => `sobre ${lowerFirst(label)}`,
  relatedTo: (label) => `relacionado con ${lowerFirst(label)}`,
  notAbout: (labels) =>
    `no trata específicamente de ${joinList(
      labels.map((l) => lowerFirst(l)),
      'es',
    )}`,
  schedule: scheduleEs,
  meetsToday: (start) =>
    `se reúne hoy ${Math.floor(start / 60) === 1 ? 'a la' : 'a las'} ${formatClock(start, 'es')}`,
  leadership: {
    professional: 'dirigido por un profesional con licencia',
    peer: 'dirigido por pares',
    'self-guided': 'autoguiado, sin facilitador',
  },
  forFamily: 'para familiares y amigos',
  audience: { women: 'para mujeres', men: 'para hombres', lgbtq: 'para personas LGBTQ+' },
  cost: { free: 'gratis', donation: 'gratis, con donativo voluntario' },
  milesAway: (miles) => `a ${number(miles, 'es')} ${miles === 1 ? 'milla' : 'millas'}`,
  unmet: {
    womenOnly: 'no es un grupo de mujeres',
    menOnly: 'no es un grupo de hombres',
    lgbtq: 'no es específicamente para personas LGBTQ+',
    peerLed: 'no está dirigido por pares',
    professional: 'no está dirigido por un profesional',
    family: 'no es específicamente para familiares y amigos',
  },
  notFree: { 'sliding-scale': 'tarifa según ingresos', fee: 'tiene costo' },
  familyOnly: 'pensado para familiares y amigos de alguien afectado',
  notOnDays: 'no en los días que elegiste',
  notAtTimes: 'no en el horario que elegiste',
  beyondDistance: (miles, max) =>
    miles === undefined
      ? 'sin ubicación indicada'
      : `a ${number(miles, 'es')} millas, más de ${number(max, 'es')} millas`,
  onlyMode: (mode) =>
    ({ 'in-person': 'solo presencial', online: 'solo en línea', hybrid: 'híbrido' })[mode],
};

export function finderMessages(locale: Locale): FinderMessages {
  return locale === 'es' ? es : en;
}
