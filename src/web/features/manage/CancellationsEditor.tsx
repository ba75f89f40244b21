// Dates on which a regular meeting will not happen, each with an optional note for members.
import { flushSync } from 'react-dom';
import type { FieldErrors } from '../../api/problem';
import { Button } from '../../components/Button';
import { fieldId } from '../../components/fieldId';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { nextKey, type ScheduleDraft } from './scheduleDraft';

interface CancellationsEditorProps {
  schedule: ScheduleDraft;
  at: string;
  errors: FieldErrors;
  onChange: (next: ScheduleDraft) => void;
}

export function CancellationsEditor({ schedule, at, errors, onChange }: CancellationsEditorProps) {
  const { cancellations } = schedule;
  const path = (index: number, field: string) => `${at}.exceptions.${index}.${field}`;
  const addId = `${fieldId(at)}-add-cancellation`;

  function update(index: number, field: 'date' | 'note', value: string) {
    onChange({
      ...schedule,
      cancellations: cancellations.map((c, i) => (i === index ? { ...c, [field]: value } : c)),
    });
  }

  function add() {
    flushSync(() =>
      onChange({
        ...schedule,
        cancellations: [...cancellations, { key: nextKey(), date: '', note: '' }],
      }),
    );
    document.getElementById(fieldId(path(cancellations.length, 'date')))?.focus();
  }

  function remove(index: number) {
    flushSync(() =>
      onChange({ ...schedule, cancellations: cancellations.filter((_, i) => i !== index) }),
    );
    document.getElementById(addId)?.focus();
  }

  return (
    <fieldset className="editor-subsection">
      <legend>{t('editor.cancellations')}</legend>
      {cancellations.length === 0 && <p>{t('editor.cancellationsNone')}</p>}
      {cancellations.map((cancellation, index) => (
        <div key={cancellation.key} className="cancellation">
          <TextField
            name={path(index, 'date')}
            label={t('editor.cancellation', { n: index + 1 })}
            type="date"
            value={cancellation.date}
            onValueChange={(value) => update(index, 'date', value)}
            error={errors[path(index, 'date')]}
          />
          <TextField
            name={path(index, 'note')}
            label={t('editor.cancellationNote')}
            optional
            value={cancellation.note}
            onValueChange={(value) => update(index, 'note', value)}
            error={errors[path(index, 'note')]}
          />
          <Button variant="quiet" onClick={() => remove(index)}>
            {t('editor.removeCancellation', { n: index + 1 })}
          </Button>
        </div>
      ))}
      {schedule.moved.length > 0 && (
        <p className="field__hint">{t('editor.movedKept', { count: schedule.moved.length })}</p>
      )}
      <Button id={addId} variant="secondary" onClick={add}>
        {t('editor.addCancellation')}
      </Button>
    </fieldset>
  );
}
