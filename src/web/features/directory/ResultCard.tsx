// One group in the results: its name (a link to its page), schedule, next meeting and facts.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { GroupSummary } from '../../../contracts/groups';
import { t } from '../../i18n';
import { GroupFacts } from '../groups/GroupFacts';
import { contentLang } from '../groups/labels';
import { OccurrenceLine } from '../groups/OccurrenceLine';

export const resultLinkId = (index: number, prefix = 'result') => `${prefix}-${index}`;

interface ResultCardProps {
  group: GroupSummary;
  index: number;
  now: Date;
  /** Keeps ids unique when a page shows more than one list. */
  idPrefix?: string;
  /** Shown under the name (the finder's reasons). */
  children?: ReactNode;
}

export function ResultCard(props: ResultCardProps) {
  const { group, index, now, idPrefix, children } = props;
  const linkId = resultLinkId(index, idPrefix);
  const headingId = `${linkId}-name`;
  const lang = contentLang(group);
  return (
    <article className="group-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="group-card__name" lang={lang}>
        <Link id={linkId} to={`/groups/${encodeURIComponent(group.slug)}`}>
          {group.name}
        </Link>
      </h3>
      {children}
      {group.status === 'paused' && <p className="badge badge--paused">{t('groups.paused')}</p>}
      {group.summary && (
        <p className="group-card__summary" lang={lang}>
          {group.summary}
        </p>
      )}
      {group.schedules.length > 0 && (
        <ul className="group-card__schedules">
          {group.schedules.map((schedule) => (
            <li key={schedule}>{schedule}</li>
          ))}
        </ul>
      )}
      <p className="group-card__next">
        {group.next ? (
          <OccurrenceLine
            occurrence={group.next}
            now={now}
            prefix={t('groups.nextMeeting')}
            noteLang={lang}
          />
        ) : (
          t('groups.noUpcoming')
        )}
      </p>
      <GroupFacts group={group} />
    </article>
  );
}
