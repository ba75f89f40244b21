// How often a meeting happens: weekly or every other week on chosen days, monthly on a date,
// monthly on a weekday ("first and third Tuesday"), or once.
import type { FieldErrors } from '../../api/problem';
import { ChoiceGroup, toggled } from '../../components/ChoiceGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { dayChoices } from '../groups/labels';
import type { RecurrenceKind, ScheduleDraft } from './scheduleDraft';

const KINDS: readonly RecurrenceKind[] = [
  'weekly',
  'biweekly',
  'monthly-day',
  'monthly-nth',
  'once',
];
const NTHS = ['1', '2', '3', '4', '5', '-1'] as const;

interface RecurrenceFieldsProps {
  schedule: ScheduleDraft;
  at: string;
  errors: FieldErrors;
  onChange: (next: ScheduleDraft) => void;
}

export function RecurrenceFields({ schedule, at, errors, onChange }: RecurrenceFieldsProps) {
  const path = (field: string) => `${at}.recurrence.${field}`;
  const { kind } = schedule;
  return (
    <>
      <SelectField
        name={path('kind')}
        label={t('editor.kind')}
        value={kind}
        options={KINDS.map((value) => ({ value, label: t(`editor.kind.${value}`) }))}
        onValueChange={(next) => onChange({ ...schedule, kind: next })}
        error={errors[path('kind')]}
      />
      {(kind === 'weekly' || kind === 'biweekly') && (
        <ChoiceGroup
          type="checkbox"
          name={path('days')}
          legend={t('editor.days')}
          layout="columns"
          options={dayChoices()}
          selected={schedule.days}
          error={errors[path('days')]}
          onToggle={(value, on) =>
            onChange({ ...schedule, days: toggled(schedule.days, value, on) })
          }
        />
      )}
      {kind === 'biweekly' && (
        <TextField
          name={path('anchorDate')}
          label={t('editor.anchorDate')}
          hint={t('editor.anchorDateHint')}
          type="date"
          value={schedule.anchorDate}
          onValueChange={(anchorDate) => onChange({ ...schedule, anchorDate })}
          error={errors[path('anchorDate')]}
        />
      )}
      {kind === 'monthly-day' && (
        <TextField
          name={path('dayOfMonth')}
          label={t('editor.dayOfMonth')}
          inputMode="numeric"
          value={schedule.dayOfMonth}
          onValueChange={(dayOfMonth) => onChange({ ...schedule, dayOfMonth })}
          error={errors[path('dayOfMonth')]}
        />
      )}
      {kind === 'monthly-nth' && (
        <>
          <ChoiceGroup
            type="checkbox"
            name={path('nths')}
            legend={t('editor.nths')}
            layout="columns"
            options={NTHS.map((value) => ({ value, label: t(`editor.nth.${value}`) }))}
            selected={schedule.nths}
            error={errors[path('nths')]}
            onToggle={(value, on) =>
              onChange({ ...schedule, nths: toggled(schedule.nths, value, on) })
            }
          />
          <SelectField
            name={path('weekday')}
            label={t('editor.weekday')}
            value={schedule.weekday}
            options={dayChoices()}
            onValueChange={(weekday) => onChange({ ...schedule, weekday })}
            error={errors[path('weekday')]}
          />
        </>
      )}
      {kind === 'once' && (
        <TextField
          name={path('date')}
          label={t('editor.date')}
          type="date"
          value={schedule.date}
          onValueChange={(date) => onChange({ ...schedule, date })}
          error={errors[path('date')]}
        />
      )}
    </>
  );
}
