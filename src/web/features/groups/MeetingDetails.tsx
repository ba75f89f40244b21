// One of a group's meeting schedules on its page: when, where (with a plain directions link,
// no embedded map) and how to join online, or why the join link is not shown.
import type { ScheduleView } from '../../../contracts/groups';
import { t } from '../../i18n';
import { Paragraphs } from './Paragraphs';

function directionsUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/directions?to=${latitude},${longitude}`;
}

function geoUrl(latitude: number, longitude: number, name: string): string {
  return `geo:${latitude},${longitude}?q=${latitude},${longitude}(${encodeURIComponent(name)})`;
}

function Place({ place, lang }: { place: NonNullable<ScheduleView['place']>; lang?: string }) {
  return (
    <div className="meeting__place">
      <h4>{t('group.where')}</h4>
      <address>
        <strong>{place.name}</strong>
        <br />
        {place.address}
      </address>
      {place.notes && <Paragraphs text={place.notes} lang={lang} />}
      <ul className="link-list">
        <li>
          <a href={directionsUrl(place.latitude, place.longitude)}>{t('group.directions')}</a>
        </li>
        <li>
          <a href={geoUrl(place.latitude, place.longitude, place.name)}>{t('group.openInMaps')}</a>
        </li>
      </ul>
    </div>
  );
}

function Online({ schedule, lang }: { schedule: ScheduleView; lang?: string }) {
  const online = schedule.online;
  if (schedule.onlineHidden || online === null) {
    return (
      <div className="meeting__online">
        <h4>{t('group.howToJoin')}</h4>
        <p>{t('group.onlineHidden')}</p>
      </div>
    );
  }
  return (
    <div className="meeting__online">
      <h4>{t('group.howToJoin')}</h4>
      <ul className="link-list">
        {online.joinUrl && (
          <li>
            <a href={online.joinUrl} rel="noopener noreferrer">
              {t('group.joinOnline')}
            </a>
          </li>
        )}
        {online.dialIn && (
          <li>
            <a href={`tel:${online.dialIn.replace(/[^\d+,*#]/g, '')}`}>
              {t('group.dialIn', { number: online.dialIn })}
            </a>
          </li>
        )}
      </ul>
      {online.notes && <Paragraphs text={online.notes} lang={lang} />}
    </div>
  );
}

interface MeetingDetailsProps {
  schedule: ScheduleView;
  index: number;
  count: number;
  /** The language the organizer's notes are written in, when not the page's. */
  lang?: string | undefined;
}

export function MeetingDetails({ schedule, index, count, lang }: MeetingDetailsProps) {
  return (
    <section className="meeting" aria-labelledby={`meeting-${index}`}>
      <h3 id={`meeting-${index}`}>
        {count > 1 ? t('group.meeting', { n: index + 1 }) : t(`group.mode.${schedule.mode}`)}
      </h3>
      <p className="meeting__when">
        {schedule.description}
        {count > 1 && <> · {t(`group.mode.${schedule.mode}`)}</>}
      </p>
      {schedule.mode !== 'online' && schedule.place && <Place place={schedule.place} lang={lang} />}
      {schedule.mode !== 'in-person' && <Online schedule={schedule} lang={lang} />}
    </section>
  );
}
