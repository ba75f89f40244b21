// "How far can you travel?": a postal code or city and a distance in miles.
import type { Ref } from 'react';
import { FieldFrame, fieldWiring } from '../../components/FieldFrame';
import { t } from '../../i18n';
import { MILES_CHOICES, type FinderAnswers } from './answers';

interface DistanceQuestionProps {
  answers: FinderAnswers;
  onChange: (next: FinderAnswers) => void;
  legendRef: Ref<HTMLLegendElement>;
}

export function DistanceQuestion({ answers, onChange, legendRef }: DistanceQuestionProps) {
  const near = fieldWiring('finder-near', t('finder.distance.nearHint'));
  const miles = fieldWiring('finder-miles');
  return (
    <fieldset className="question" aria-describedby="finder-distance-hint">
      <legend ref={legendRef} tabIndex={-1} className="question__legend">
        {t('finder.distance.legend')}
      </legend>
      <p id="finder-distance-hint" className="field__hint">
        {t('finder.distance.hint')}
      </p>
      <div className="field-pair">
        <FieldFrame
          id={near.id}
          label={t('finder.distance.near')}
          hint={t('finder.distance.nearHint')}
          optional
        >
          <input
            {...near}
            name="near"
            type="text"
            autoComplete="postal-code"
            spellCheck={false}
            value={answers.near}
            onChange={(event) => onChange({ ...answers, near: event.target.value })}
          />
        </FieldFrame>
        <FieldFrame id={miles.id} label={t('finder.distance.miles')}>
          <select
            {...miles}
            name="maxMiles"
            value={answers.maxMiles}
            onChange={(event) => onChange({ ...answers, maxMiles: event.target.value })}
          >
            {MILES_CHOICES.map((value) => (
              <option key={value} value={value}>
                {t('finder.distance.milesValue', { miles: value })}
              </option>
            ))}
          </select>
        </FieldFrame>
      </div>
    </fieldset>
  );
}
