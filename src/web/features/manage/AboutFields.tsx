// Topics (by category), who leads it, who may attend, cost, audiences, languages,
// accessibility, capacity and (for a new group) its status.
import { groupStatusSchema } from '../../../contracts/groups';
import type { TaxonomyReply } from '../../api/groupTypes';
import type { FieldErrors } from '../../api/problem';
import { ChoiceGroup, toggled, type Choice } from '../../components/ChoiceGroup';
import { fieldId } from '../../components/fieldId';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { attributeChoices, labelText, languageChoices } from '../groups/labels';
import type { GroupDraft } from './groupDraft';

interface AboutFieldsProps {
  draft: GroupDraft;
  errors: FieldErrors;
  taxonomy: TaxonomyReply;
  showStatus: boolean;
  onChange: (next: GroupDraft) => void;
}

function TopicsField({ draft, errors, taxonomy, onChange }: Omit<AboutFieldsProps, 'showStatus'>) {
  const id = fieldId('topics');
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={errors.topics ? 'choices choices--invalid' : 'choices'}
      aria-describedby={errors.topics ? `${id}-error` : `${id}-hint`}
    >
      <legend>{t('editor.topics')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('editor.topicsHint')}
      </p>
      {errors.topics && (
        <p id={`${id}-error`} className="field__error">
          {errors.topics}
        </p>
      )}
      {taxonomy.categories.map((category) => (
        <ChoiceGroup
          key={category.slug}
          type="checkbox"
          name={`topics-${category.slug}`}
          legend={labelText(category.label)}
          layout="columns"
          options={category.topics.map((topic) => ({
            value: topic.slug,
            label: labelText(topic.label),
          }))}
          selected={draft.topics}
          onToggle={(value, on) => onChange({ ...draft, topics: toggled(draft.topics, value, on) })}
        />
      ))}
    </fieldset>
  );
}

type ListField = 'audiences' | 'languages' | 'accessibility';

export function AboutFields(props: AboutFieldsProps) {
  const { draft, errors, showStatus, onChange } = props;
  const languages = [...new Set(['en', 'es', ...draft.languages])];
  const lists: { field: ListField; choices: Choice[] }[] = [
    { field: 'audiences', choices: attributeChoices('audience') },
    { field: 'languages', choices: languageChoices(languages) },
    { field: 'accessibility', choices: attributeChoices('access') },
  ];
  return (
    <fieldset className="editor-section">
      <legend>{t('editor.about')}</legend>
      <TopicsField {...props} />
      <SelectField
        name="leadership"
        label={t('editor.leadership')}
        value={draft.leadership}
        options={attributeChoices('leadership')}
        onValueChange={(leadership) => onChange({ ...draft, leadership })}
        error={errors.leadership}
      />
      <SelectField
        name="attendance"
        label={t('editor.attendance')}
        value={draft.attendance}
        options={attributeChoices('attendance')}
        onValueChange={(attendance) => onChange({ ...draft, attendance })}
        error={errors.attendance}
      />
      <SelectField
        name="cost"
        label={t('editor.cost')}
        value={draft.cost}
        options={attributeChoices('cost')}
        onValueChange={(cost) => onChange({ ...draft, cost })}
        error={errors.cost}
      />
      {lists.map(({ field, choices }) => (
        <ChoiceGroup
          key={field}
          type="checkbox"
          name={field}
          legend={t(`editor.${field}`)}
          layout="columns"
          options={choices}
          selected={draft[field]}
          error={errors[field]}
          onToggle={(value, on) =>
            onChange({ ...draft, [field]: toggled(draft[field], value, on) })
          }
        />
      ))}
      <TextField
        name="capacity"
        label={t('editor.capacity')}
        hint={t('editor.capacityHint')}
        optional
        inputMode="numeric"
        value={draft.capacity}
        onValueChange={(capacity) => onChange({ ...draft, capacity })}
        error={errors.capacity}
      />
      {showStatus && (
        <SelectField
          name="status"
          label={t('editor.status')}
          value={draft.status}
          options={groupStatusSchema.options
            .filter((status) => status !== 'archived')
            .map((status) => ({ value: status, label: t(`manage.status.${status}`) }))}
          onValueChange={(status) => onChange({ ...draft, status })}
          error={errors.status}
        />
      )}
    </fieldset>
  );
}
