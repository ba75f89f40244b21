// "What would you like support with?": topics grouped by category, any number of them.
import type { Ref } from 'react';
import type { TaxonomyReply } from '../../api/groupTypes';
import { ChoiceGroup, toggled } from '../../components/ChoiceGroup';
import { t } from '../../i18n';
import { labelText } from '../groups/labels';

interface TopicsQuestionProps {
  taxonomy: TaxonomyReply;
  topics: string[];
  onChange: (topics: string[]) => void;
  legendRef: Ref<HTMLLegendElement>;
}

export function TopicsQuestion({ taxonomy, topics, onChange, legendRef }: TopicsQuestionProps) {
  return (
    <fieldset className="question" aria-describedby="finder-topics-hint">
      <legend ref={legendRef} tabIndex={-1} className="question__legend">
        {t('finder.topics.legend')}
      </legend>
      <p id="finder-topics-hint" className="field__hint">
        {t('finder.topics.hint')}
      </p>
      {taxonomy.categories.map((category) => (
        <ChoiceGroup
          key={category.slug}
          type="checkbox"
          name={`topics-${category.slug}`}
          legend={labelText(category.label)}
          options={category.topics.map((topic) => ({
            value: topic.slug,
            label: labelText(topic.label),
          }))}
          selected={topics}
          onToggle={(value, on) => onChange(toggled(topics, value, on))}
        />
      ))}
    </fieldset>
  );
}
