// The repeatable "Meeting schedules" section: add and remove schedules, moving focus to the
// new schedule or back to the Add button so keyboard users never lose their place.
import { flushSync } from 'react-dom';
import type { FieldErrors } from '../../api/problem';
import { Button } from '../../components/Button';
import { fieldId } from '../../components/fieldId';
import { t } from '../../i18n';
import { emptySchedule, type ScheduleDraft } from './scheduleDraft';
import { ScheduleEditor, timeZoneListId } from './ScheduleEditor';

interface SchedulesEditorProps {
  schedules: ScheduleDraft[];
  defaultTimeZone: string;
  errors: FieldErrors;
  onChange: (next: ScheduleDraft[]) => void;
  /** Errors are keyed by position; removing a schedule makes them stale. */
  onRemoved: () => void;
}

const addId = 'add-schedule';

function TimeZoneOptions() {
  return (
    <datalist id={timeZoneListId}>
      {Intl.supportedValuesOf('timeZone').map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}

export function SchedulesEditor(props: SchedulesEditorProps) {
  const { schedules, defaultTimeZone, errors, onChange, onRemoved } = props;

  function add() {
    flushSync(() => onChange([...schedules, emptySchedule(defaultTimeZone)]));
    document.getElementById(fieldId(`schedules.${schedules.length}.recurrence.kind`))?.focus();
  }

  function remove(index: number) {
    flushSync(() => {
      onChange(schedules.filter((_, i) => i !== index));
      onRemoved();
    });
    document.getElementById(addId)?.focus();
  }

  return (
    <section className="editor-section" aria-labelledby="schedules-heading">
      <h2 id="schedules-heading">{t('editor.schedules')}</h2>
      <p>{t('editor.schedulesLead')}</p>
      {schedules.length === 0 && <p>{t('editor.noSchedules')}</p>}
      {schedules.map((schedule, index) => (
        <ScheduleEditor
          key={schedule.key}
          schedule={schedule}
          index={index}
          errors={errors}
          onChange={(next) => onChange(schedules.map((s, i) => (i === index ? next : s)))}
          onRemove={() => remove(index)}
        />
      ))}
      <TimeZoneOptions />
      <Button id={addId} variant="secondary" onClick={add}>
        {t('editor.addSchedule')}
      </Button>
    </section>
  );
}
