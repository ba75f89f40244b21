// The tick-box filters: topic, days, time of day, format, leadership, who may attend, audience,
// language, accessibility and cost. Each change applies at once.
import type { TaxonomyReply } from '../../api/groupTypes';
import { ChoiceGroup, toggled, type Choice } from '../../components/ChoiceGroup';
import { t, type MessageKey } from '../../i18n';
import {
  attributeChoices,
  dayChoices,
  languageChoices,
  timeOfDayChoices,
  type AttributeKind,
} from '../groups/labels';
import { withList, type DirectoryFilters, type ListKey } from './filters';
import { TopicFields } from './TopicFields';

interface FilterChoicesProps {
  filters: DirectoryFilters;
  taxonomy: TaxonomyReply;
  languages: readonly string[];
  onApply: (next: DirectoryFilters) => void;
}

interface GroupSpec {
  key: ListKey;
  legend: MessageKey;
  hint?: MessageKey;
  choices: () => Choice[];
  layout: 'stacked' | 'columns';
}

const attribute = (key: AttributeKind & ListKey, legend: MessageKey): GroupSpec => ({
  key,
  legend,
  choices: () => attributeChoices(key),
  layout: key === 'format' || key === 'cost' ? 'columns' : 'stacked',
});

export function FilterChoices({ filters, taxonomy, languages, onApply }: FilterChoicesProps) {
  const specs: GroupSpec[] = [
    { key: 'day', legend: 'directory.day', choices: dayChoices, layout: 'columns' },
    {
      key: 'time',
      legend: 'directory.time',
      hint: 'directory.timeHint',
      choices: timeOfDayChoices,
      layout: 'columns',
    },
    attribute('format', 'directory.format'),
    {
      key: 'language',
      legend: 'directory.language',
      choices: () => languageChoices(languages),
      layout: 'columns',
    },
    attribute('leadership', 'directory.leadership'),
    attribute('attendance', 'directory.attendance'),
    attribute('audience', 'directory.audience'),
    attribute('access', 'directory.access'),
    attribute('cost', 'directory.cost'),
  ];
  return (
    <>
      <TopicFields filters={filters} taxonomy={taxonomy} onApply={onApply} />
      {specs.map((spec) => (
        <ChoiceGroup
          key={spec.key}
          type="checkbox"
          name={spec.key}
          legend={t(spec.legend)}
          hint={spec.hint ? t(spec.hint) : undefined}
          options={spec.choices()}
          selected={filters.lists[spec.key]}
          layout={spec.layout}
          onToggle={(value, on) =>
            onApply(withList(filters, spec.key, toggled(filters.lists[spec.key], value, on)))
          }
        />
      ))}
    </>
  );
}
