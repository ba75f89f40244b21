// The finder's answer: groups that fit, each with its reasons; "Close matches" that fit most;
// and, when nothing fits everything, a warm fallback with the closest groups and other ways on.
import type { RefObject } from 'react';
import { Link } from 'react-router';
import type { FinderMatch, FinderReply } from '../../api/groupTypes';
import { Alert } from '../../components/Alert';
import { t, type MessageKey } from '../../i18n';
import { ResultCard } from '../directory/ResultCard';
import { useNow } from '../groups/useNow';

function MatchList({ matches, prefix }: { matches: FinderMatch[]; prefix: string }) {
  const now = useNow();
  return (
    <ul className="results__list">
      {matches.map((match, index) => (
        <li key={match.group.id}>
          <ResultCard group={match.group} index={index} now={now} idPrefix={prefix}>
            {match.reasons.length > 0 && (
              <div className="reasons">
                <p id={`${prefix}-${index}-why`} className="reasons__title">
                  {t('finder.why')}
                </p>
                <ul aria-labelledby={`${prefix}-${index}-why`}>
                  {match.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </div>
            )}
          </ResultCard>
        </li>
      ))}
    </ul>
  );
}

const relaxedKeys: Record<string, MessageKey> = {
  time: 'finder.relaxed.time',
  distance: 'finder.relaxed.distance',
  format: 'finder.relaxed.format',
};

function Relaxed({ relaxed }: { relaxed: string[] }) {
  const notes = relaxed.flatMap((key) => {
    const message = relaxedKeys[key];
    return message ? [t(message)] : [];
  });
  return notes.length > 0 ? <p>{notes.join(' ')}</p> : null;
}

function WaysForward() {
  return (
    <ul className="link-list">
      <li>
        <Link to="/groups">{t('finder.browse')}</Link>
      </li>
      <li>
        <a href="/help">{t('finder.getHelp')}</a>
      </li>
    </ul>
  );
}

interface FinderResultsProps {
  reply: FinderReply;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function FinderResults({ reply, headingRef }: FinderResultsProps) {
  const full = reply.matches.filter((match) => !match.partial);
  const close = reply.matches.filter((match) => match.partial);
  const nothing = full.length === 0;
  return (
    <section className="finder-results" aria-labelledby="finder-results-heading">
      <h2 id="finder-results-heading" ref={headingRef} tabIndex={-1}>
        {nothing ? t('finder.noneTitle') : t('finder.results')}
      </h2>
      {reply.notice && <Alert tone="info">{reply.notice}</Alert>}
      {reply.origin && <p>{t('finder.origin', { place: reply.origin.label })}</p>}
      {nothing ? (
        <>
          <p>{close.length > 0 ? t('finder.noneLead') : t('finder.noneAtAll')}</p>
          <WaysForward />
        </>
      ) : (
        <>
          <p>{t('finder.resultsLead')}</p>
          <MatchList matches={full} prefix="match" />
        </>
      )}
      {close.length > 0 && (
        <section aria-labelledby="finder-close-heading">
          <h2 id="finder-close-heading">{t('finder.close')}</h2>
          <p>{t('finder.closeLead')}</p>
          <Relaxed relaxed={reply.relaxed} />
          <MatchList matches={close} prefix="close" />
        </section>
      )}
      {!nothing && <WaysForward />}
    </section>
  );
}
