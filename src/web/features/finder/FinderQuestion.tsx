// One question of the finder, by step. Each is a fieldset whose legend is the question; the
// legend takes focus when the step appears.
import type { Ref } from 'react';
import type { TimeOfDay } from '../../../domain/directory/time-of-day';
import type { TaxonomyReply } from '../../api/groupTypes';
import { ChoiceGroup, toggled } from '../../components/ChoiceGroup';
import { t } from '../../i18n';
import { dayChoices, timeOfDayChoices } from '../groups/labels';
import {
  PREFERENCES,
  type FinderAnswers,
  type ForWhom,
  type FormatAnswer,
  type StepId,
} from './answers';
import { DistanceQuestion } from './DistanceQuestion';
import { TopicsQuestion } from './TopicsQuestion';

interface QuestionProps {
  step: StepId;
  answers: FinderAnswers;
  taxonomy: TaxonomyReply;
  onChange: (next: FinderAnswers) => void;
  legendRef: Ref<HTMLLegendElement>;
}

function WhenQuestion({ answers, onChange, legendRef }: Omit<QuestionProps, 'step' | 'taxonomy'>) {
  return (
    <div className="question">
      <ChoiceGroup
        type="radio"
        name="when"
        legend={t('finder.when.legend')}
        legendRef={legendRef}
        legendClassName="question__legend"
        options={[
          { value: 'any', label: t('finder.when.any') },
          { value: 'some', label: t('finder.when.some') },
        ]}
        selected={[answers.when]}
        onToggle={(value) => onChange({ ...answers, when: value === 'some' ? 'some' : 'any' })}
      />
      {answers.when === 'some' && (
        <div className="question__more">
          <p className="field__hint">{t('finder.when.hint')}</p>
          <ChoiceGroup
            type="checkbox"
            name="days"
            legend={t('finder.when.days')}
            options={dayChoices()}
            layout="columns"
            selected={answers.days.map(String)}
            onToggle={(value, on) =>
              onChange({ ...answers, days: toggled(answers.days, Number(value), on) })
            }
          />
          <ChoiceGroup
            type="checkbox"
            name="timesOfDay"
            legend={t('finder.when.times')}
            options={timeOfDayChoices()}
            layout="columns"
            selected={answers.timesOfDay}
            onToggle={(value, on) =>
              onChange({
                ...answers,
                timesOfDay: toggled(answers.timesOfDay, value as TimeOfDay, on),
              })
            }
          />
        </div>
      )}
    </div>
  );
}

export function FinderQuestion({ step, answers, taxonomy, onChange, legendRef }: QuestionProps) {
  const common = { legendRef, legendClassName: 'question__legend' };
  switch (step) {
    case 'topics':
      return (
        <TopicsQuestion
          taxonomy={taxonomy}
          topics={answers.topics}
          onChange={(topics) => onChange({ ...answers, topics })}
          legendRef={legendRef}
        />
      );
    case 'forWhom':
      return (
        <ChoiceGroup
          {...common}
          type="radio"
          name="forWhom"
          legend={t('finder.forWhom.legend')}
          options={[
            { value: 'self', label: t('finder.forWhom.self') },
            {
              value: 'someone-else',
              label: t('finder.forWhom.someoneElse'),
              hint: t('finder.forWhom.someoneElseHint'),
            },
          ]}
          selected={[answers.forWhom]}
          onToggle={(value) => onChange({ ...answers, forWhom: value as ForWhom })}
        />
      );
    case 'format':
      return (
        <ChoiceGroup
          {...common}
          type="radio"
          name="format"
          legend={t('finder.format.legend')}
          options={(['in-person', 'online', 'either'] as const).map((value) => ({
            value,
            label: t(`finder.format.${value}`),
          }))}
          selected={[answers.format]}
          onToggle={(value) => onChange({ ...answers, format: value as FormatAnswer })}
        />
      );
    case 'when':
      return <WhenQuestion answers={answers} onChange={onChange} legendRef={legendRef} />;
    case 'language':
      return (
        <ChoiceGroup
          {...common}
          type="radio"
          name="language"
          legend={t('finder.language.legend')}
          options={[
            { value: 'en', label: t('finder.language.en') },
            { value: 'es', label: t('finder.language.es') },
            { value: '', label: t('finder.language.any') },
          ]}
          selected={[answers.language]}
          onToggle={(value) => onChange({ ...answers, language: value })}
        />
      );
    case 'preferences':
      return (
        <ChoiceGroup
          {...common}
          type="checkbox"
          name="preferences"
          legend={t('finder.preferences.legend')}
          hint={t('finder.preferences.hint')}
          options={PREFERENCES.map((key) => ({ value: key, label: t(`finder.pref.${key}`) }))}
          selected={answers.preferences}
          onToggle={(value, on) => {
            const key = PREFERENCES.find((candidate) => candidate === value);
            if (key) onChange({ ...answers, preferences: toggled(answers.preferences, key, on) });
          }}
        />
      );
    case 'distance':
      return <DistanceQuestion answers={answers} onChange={onChange} legendRef={legendRef} />;
  }
}
