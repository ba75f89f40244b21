// "Kind of support" (category) and "Topic" selects. With a category chosen, the topic list
// narrows to that category; without one, topics are grouped by category.
import type { TaxonomyReply } from '../../api/groupTypes';
import { FieldFrame, fieldWiring } from '../../components/FieldFrame';
import { t } from '../../i18n';
import { labelText } from '../groups/labels';
import { withList, type DirectoryFilters } from './filters';

interface TopicFieldsProps {
  filters: DirectoryFilters;
  taxonomy: TaxonomyReply;
  onApply: (next: DirectoryFilters) => void;
}

export function TopicFields({ filters, taxonomy, onApply }: TopicFieldsProps) {
  const category = filters.lists.category[0] ?? '';
  const topic = filters.lists.topic[0] ?? '';
  const chosen = taxonomy.categories.find((c) => c.slug === category);
  const categoryWiring = fieldWiring('category');
  const topicWiring = fieldWiring('topic');

  function changeCategory(value: string) {
    const next = withList(filters, 'category', value === '' ? [] : [value]);
    const inCategory = taxonomy.categories
      .find((c) => c.slug === value)
      ?.topics.some((candidate) => candidate.slug === topic);
    onApply(value === '' || inCategory ? next : withList(next, 'topic', []));
  }

  return (
    <div className="field-pair">
      <FieldFrame id={categoryWiring.id} label={t('directory.category')}>
        <select
          {...categoryWiring}
          name="category"
          value={category}
          onChange={(event) => changeCategory(event.target.value)}
        >
          <option value="">{t('directory.anyCategory')}</option>
          {taxonomy.categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {labelText(c.label)}
            </option>
          ))}
        </select>
      </FieldFrame>
      <FieldFrame id={topicWiring.id} label={t('directory.topic')}>
        <select
          {...topicWiring}
          name="topic"
          value={topic}
          onChange={(event) => {
            const value = event.target.value;
            onApply(withList(filters, 'topic', value === '' ? [] : [value]));
          }}
        >
          <option value="">{t('directory.anyTopic')}</option>
          {chosen
            ? chosen.topics.map((tp) => (
                <option key={tp.slug} value={tp.slug}>
                  {labelText(tp.label)}
                </option>
              ))
            : taxonomy.categories.map((c) => (
                <optgroup key={c.slug} label={labelText(c.label)}>
                  {c.topics.map((tp) => (
                    <option key={tp.slug} value={tp.slug}>
                      {labelText(tp.label)}
                    </option>
                  ))}
                </optgroup>
              ))}
        </select>
      </FieldFrame>
    </div>
  );
}
