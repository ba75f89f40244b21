// One meeting schedule: how often, what time and in which zone, and where or how to join.
// Choosing "In person", "Online" or "Both" shows the place and/or online fields.
import type { FieldErrors } from '../../api/problem';
import { Button } from '../../components/Button';
import { fieldId } from '../../components/fieldId';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { CancellationsEditor } from './CancellationsEditor';
import { RecurrenceFields } from './RecurrenceFields';
import type { ScheduleDraft, ScheduleMode } from './scheduleDraft';
import { OnlineFields, PlaceFields } from './WhereFields';

export const timeZoneListId = 'editor-time-zones';
const MODES: readonly ScheduleMode[] = ['in-person', 'online', 'hybrid'];

interface ScheduleEditorProps {
  schedule: ScheduleDraft;
  index: number;
  errors: FieldErrors;
  onChange: (next: ScheduleDraft) => void;
  onRemove: () => void;
}

export function ScheduleEditor({
  schedule,
  index,
  errors,
  onChange,
  onRemove,
}: ScheduleEditorProps) {
  const at = `schedules.${index}`;
  const path = (field: string) => `${at}.${field}`;
  const common = { schedule, at, errors, onChange };
  return (
    <fieldset className="editor-schedule">
      <legend>{t('editor.schedule', { n: index + 1 })}</legend>
      <RecurrenceFields {...common} />
      <div className="field-pair">
        <TextField
          name={path('start')}
          label={t('editor.start')}
          type="time"
          value={schedule.start}
          onValueChange={(start) => onChange({ ...schedule, start })}
          error={errors[path('start')]}
        />
        <TextField
          name={path('end')}
          label={t('editor.end')}
          type="time"
          value={schedule.end}
          onValueChange={(end) => onChange({ ...schedule, end })}
          error={errors[path('end')]}
        />
      </div>
      <div className="checkbox">
        <input
          id={fieldId(path('overnight'))}
          type="checkbox"
          checked={schedule.overnight}
          onChange={(event) => onChange({ ...schedule, overnight: event.target.checked })}
        />
        <label htmlFor={fieldId(path('overnight'))}>{t('editor.overnight')}</label>
      </div>
      <TextField
        name={path('timeZone')}
        label={t('editor.timeZone')}
        hint={t('editor.timeZoneHint')}
        list={timeZoneListId}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        value={schedule.timeZone}
        onValueChange={(timeZone) => onChange({ ...schedule, timeZone })}
        error={errors[path('timeZone')]}
      />
      {schedule.kind !== 'once' && (
        <div className="field-pair">
          <TextField
            name={path('startsOn')}
            label={t('editor.startsOn')}
            type="date"
            optional
            value={schedule.startsOn}
            onValueChange={(startsOn) => onChange({ ...schedule, startsOn })}
            error={errors[path('startsOn')]}
          />
          <TextField
            name={path('endsOn')}
            label={t('editor.endsOn')}
            type="date"
            optional
            value={schedule.endsOn}
            onValueChange={(endsOn) => onChange({ ...schedule, endsOn })}
            error={errors[path('endsOn')]}
          />
        </div>
      )}
      <SelectField
        name={path('mode')}
        label={t('editor.mode')}
        value={schedule.mode}
        options={MODES.map((mode) => ({ value: mode, label: t(`editor.mode.${mode}`) }))}
        onValueChange={(mode) => onChange({ ...schedule, mode })}
        error={errors[path('mode')]}
      />
      {schedule.mode !== 'online' && <PlaceFields {...common} />}
      {schedule.mode !== 'in-person' && <OnlineFields {...common} />}
      <CancellationsEditor {...common} />
      <Button variant="quiet" onClick={onRemove}>
        {t('editor.removeSchedule', { n: index + 1 })}
      </Button>
    </fieldset>
  );
}
