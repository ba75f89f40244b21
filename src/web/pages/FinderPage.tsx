// /find: the guided finder. One question per step; Back and Next move between them and focus
// lands on the new question. The last step asks the server for ranked suggestions.
import { useEffect, useRef, type SubmitEvent } from 'react';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Page } from '../components/Page';
import { FinderQuestion } from '../features/finder/FinderQuestion';
import { FinderResults } from '../features/finder/FinderResults';
import { useFinder } from '../features/finder/useFinder';
import { useTaxonomy } from '../features/groups/useTaxonomy';
import { t } from '../i18n';

export function FinderPage() {
  const finder = useFinder();
  const taxonomy = useTaxonomy();
  const legendRef = useRef<HTMLLegendElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { step, steps, reply } = finder;
  const current = steps[step] ?? 'topics';
  const last = step === steps.length - 1;

  // After Back, Next or "Change my answers", focus the question (not on first arrival).
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (reply ? resultsRef.current : legendRef.current)?.focus();
  }, [step, reply]);

  function goTo(index: number) {
    moved.current = true;
    finder.goTo(index);
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (finder.busy) return;
    if (!last) {
      goTo(step + 1);
      return;
    }
    moved.current = true;
    void finder.search();
  }

  return (
    <Page title={t('finder.title')} heading={t('finder.heading')}>
      <p className="lead">{t('finder.lead')}</p>
      <p className="privacy-note">{t('finder.privacy')}</p>
      {reply ? (
        <>
          <FinderResults reply={reply} headingRef={resultsRef} />
          <ul className="actions">
            <li>
              <Button variant="secondary" onClick={() => goTo(steps.length - 1)}>
                {t('finder.change')}
              </Button>
            </li>
            <li>
              <Button
                variant="quiet"
                onClick={() => {
                  moved.current = true;
                  finder.restart();
                }}
              >
                {t('finder.restart')}
              </Button>
            </li>
          </ul>
        </>
      ) : (
        <form noValidate className="finder" onSubmit={submit}>
          <p className="finder__progress">
            {t('finder.progress', { step: step + 1, total: steps.length })}
          </p>
          <FinderQuestion
            key={current}
            step={current}
            answers={finder.answers}
            taxonomy={taxonomy}
            onChange={finder.setAnswers}
            legendRef={legendRef}
          />
          {finder.error && <Alert tone="error">{finder.error}</Alert>}
          <div className="finder__nav">
            <Button type="submit" busy={finder.busy} busyLabel={t('finder.searching')}>
              {last ? t('finder.show') : t('finder.next')}
            </Button>
            {step > 0 && (
              <Button variant="secondary" onClick={() => goTo(step - 1)}>
                {t('finder.back')}
              </Button>
            )}
          </div>
        </form>
      )}
    </Page>
  );
}
