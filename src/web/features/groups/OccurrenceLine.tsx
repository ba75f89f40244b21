// A meeting time as people read it: "Today, 7:00 pm CT · 8:00 pm your time", with a badge
// ("Happening now") and, for changed meetings, "Cancelled" or "Moved" and the organizer's note.
import type { OccurrenceView } from '../../../contracts/groups';
import { t } from '../../i18n';
import { describeOccurrence } from './occurrence';

interface OccurrenceLineProps {
  occurrence: OccurrenceView;
  now: Date;
  /** Words before the time, like "Next meeting:". */
  prefix?: string;
  /** The language of the organizer's note, when not the page's. */
  noteLang?: string | undefined;
}

export function OccurrenceLine({ occurrence, now, prefix, noteLang }: OccurrenceLineProps) {
  const words = describeOccurrence(occurrence, now);
  const cancelled = occurrence.status === 'cancelled';
  return (
    <span className={cancelled ? 'occurrence occurrence--cancelled' : 'occurrence'}>
      {prefix && <span className="occurrence__prefix">{prefix} </span>}
      {words.badge && <span className="badge badge--now">{words.badge}</span>}
      {cancelled && <span className="badge badge--cancelled">{t('groups.cancelled')}</span>}
      {occurrence.status === 'moved' && (
        <span className="badge badge--moved">{t('groups.moved')}</span>
      )}
      <time dateTime={occurrence.start}>
        {t('groups.dayAtTime', { day: words.day, time: words.meeting })}
      </time>
      {words.viewer && <span className="occurrence__viewer"> · {words.viewer}</span>}
      {occurrence.note && (
        <span className="occurrence__note" lang={noteLang}>
          {' '}
          {occurrence.note}
        </span>
      )}
    </span>
  );
}
