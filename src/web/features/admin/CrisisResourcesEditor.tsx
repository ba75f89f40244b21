// Editable list of crisis resources for one locale: add and remove rows; each row's fields
// are named by their path so server and client errors land next to the right input.
import { flushSync } from 'react-dom';
import type { Locale } from '../../../contracts/organization';
import type { FieldErrors } from '../../api/problem';
import { Button } from '../../components/Button';
import { fieldId } from '../../components/fieldId';
import { TextField } from '../../components/TextField';
import { t, type MessageKey } from '../../i18n';
import { emptyDraft, type DraftField, type ResourceDraft } from './crisisDrafts';

interface FieldSpec {
  field: DraftField;
  label: MessageKey;
  hint?: MessageKey;
  optional: boolean;
  type?: string;
  multiline?: boolean;
}

const fields: FieldSpec[] = [
  { field: 'name', label: 'settings.resource.name', optional: false },
  { field: 'description', label: 'settings.resource.description', optional: true, multiline: true },
  {
    field: 'phone',
    label: 'settings.resource.phone',
    hint: 'settings.resource.phoneHint',
    optional: true,
    type: 'tel',
  },
  { field: 'sms', label: 'settings.resource.sms', optional: true, type: 'tel' },
  {
    field: 'smsKeyword',
    label: 'settings.resource.smsKeyword',
    hint: 'settings.resource.smsKeywordHint',
    optional: true,
  },
  {
    field: 'url',
    label: 'settings.resource.url',
    hint: 'settings.resource.urlHint',
    optional: true,
    type: 'url',
  },
];

interface EditorProps {
  locale: Locale;
  drafts: ResourceDraft[];
  errors: FieldErrors;
  onChange: (drafts: ResourceDraft[]) => void;
}

export function CrisisResourcesEditor({ locale, drafts, errors, onChange }: EditorProps) {
  const addId = `add-resource-${locale}`;
  const path = (index: number, field: string) => `crisisResources.${locale}.${index}.${field}`;

  function update(index: number, field: DraftField, value: string) {
    onChange(drafts.map((draft, i) => (i === index ? { ...draft, [field]: value } : draft)));
  }

  function add() {
    flushSync(() => onChange([...drafts, emptyDraft()]));
    document.getElementById(fieldId(path(drafts.length, 'name')))?.focus();
  }

  function remove(index: number) {
    flushSync(() => onChange(drafts.filter((_, i) => i !== index)));
    document.getElementById(addId)?.focus();
  }

  return (
    <fieldset className="resource-group">
      <legend>{t(`settings.crisisFor.${locale}`)}</legend>
      {drafts.length === 0 && <p>{t('settings.resource.none')}</p>}
      {drafts.map((draft, index) => (
        <fieldset key={draft.key} className="resource">
          <legend>{t('settings.resource', { n: index + 1 })}</legend>
          {fields.map((spec) => (
            <TextField
              key={spec.field}
              name={path(index, spec.field)}
              label={t(spec.label)}
              hint={spec.hint ? t(spec.hint) : undefined}
              optional={spec.optional}
              type={spec.type ?? 'text'}
              multiline={spec.multiline ?? false}
              lang={spec.field === 'name' || spec.field === 'description' ? locale : undefined}
              value={draft[spec.field]}
              onValueChange={(value) => update(index, spec.field, value)}
              error={errors[path(index, spec.field)]}
            />
          ))}
          <Button variant="quiet" onClick={() => remove(index)}>
            {t('settings.resource.remove', { n: index + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button id={addId} variant="secondary" onClick={add}>
        {t('settings.resource.add')}
      </Button>
    </fieldset>
  );
}
