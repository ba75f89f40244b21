// When nothing matches: kind words and real ways forward (remove one filter, try online
// groups, let the finder suggest some, or talk to someone now).
import { Link } from 'react-router';
import { t } from '../../i18n';
import { attributeLabel, dayName, labelText, languageName, timeOfDayLabel } from '../groups/labels';
import { findTopic } from '../groups/useTaxonomy';
import type { TaxonomyReply } from '../../api/groupTypes';
import type { TimeOfDay } from '../../../domain/directory/time-of-day';
import {
  activeChoices,
  emptyFilters,
  withList,
  without,
  writeFilters,
  type ActiveChoice,
  type DirectoryFilters,
} from './filters';

function choiceLabel(choice: ActiveChoice, filters: DirectoryFilters, taxonomy: TaxonomyReply) {
  if (choice.kind === 'q') return t('directory.removeQ', { q: filters.q });
  if (choice.kind === 'place') return t('directory.removePlace');
  const { key, value } = choice;
  let label = value;
  if (key === 'day') label = dayName(Number(value));
  else if (key === 'time') label = timeOfDayLabel(value as TimeOfDay);
  else if (key === 'language') label = languageName(value);
  else if (key === 'topic')
    label = labelText(findTopic(taxonomy, value)?.label ?? { en: value, es: value });
  else if (key === 'category') {
    const category = taxonomy.categories.find((c) => c.slug === value);
    label = category ? labelText(category.label) : value;
  } else label = attributeLabel(key, value);
  return t('directory.removeChoice', { label });
}

const href = (filters: DirectoryFilters) => {
  const search = writeFilters(filters).toString();
  return search ? `/groups?${search}` : '/groups';
};

interface EmptyStateProps {
  filters: DirectoryFilters;
  taxonomy: TaxonomyReply;
  /** Called when a link here changes the filters (the page then moves focus to the results). */
  onChoose: () => void;
}

export function EmptyState({ filters, taxonomy, onChoose }: EmptyStateProps) {
  const choices = activeChoices(filters);
  const online = withList({ ...filters, near: '', lat: '', lng: '' }, 'format', ['online']);
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h3 id="empty-heading">{t('directory.emptyTitle')}</h3>
      <p>{t('directory.emptyLead')}</p>
      <ul className="link-list">
        {choices.length > 0 && (
          <li>
            {t('directory.emptyRemove')}
            <ul className="empty-state__choices">
              {choices.map((choice) => (
                <li key={choice.kind === 'list' ? `${choice.key}-${choice.value}` : choice.kind}>
                  <Link to={href(without(filters, choice))} onClick={onChoose}>
                    {choiceLabel(choice, filters, taxonomy)}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        )}
        {filters.lists.format.join() !== 'online' && (
          <li>
            <Link to={href(online)} onClick={onChoose}>
              {t('directory.emptyOnline')}
            </Link>
          </li>
        )}
        <li>
          <Link to="/find">{t('directory.emptyFinder')}</Link>
        </li>
        {choices.length > 0 && (
          <li>
            <Link to={href(emptyFilters())} onClick={onChoose}>
              {t('directory.emptyAll')}
            </Link>
          </li>
        )}
        <li>
          <a href="/help">{t('directory.emptyHelp')}</a>
        </li>
      </ul>
    </section>
  );
}
