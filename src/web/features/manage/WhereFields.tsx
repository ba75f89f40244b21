// The place (for in-person and hybrid meetings) and the online details (online and hybrid).
import type { FieldErrors } from '../../api/problem';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import type { ScheduleDraft } from './scheduleDraft';

interface WhereFieldsProps {
  schedule: ScheduleDraft;
  at: string;
  errors: FieldErrors;
  onChange: (next: ScheduleDraft) => void;
}

export function PlaceFields({ schedule, at, errors, onChange }: WhereFieldsProps) {
  const path = (field: string) => `${at}.place.${field}`;
  const set = (field: keyof ScheduleDraft['place']) => (value: string) =>
    onChange({ ...schedule, place: { ...schedule.place, [field]: value } });
  return (
    <fieldset className="editor-subsection">
      <legend>{t('editor.place')}</legend>
      <TextField
        name={path('name')}
        label={t('editor.placeName')}
        value={schedule.place.name}
        onValueChange={set('name')}
        error={errors[path('name')]}
      />
      <TextField
        name={path('address')}
        label={t('editor.placeAddress')}
        autoComplete="off"
        value={schedule.place.address}
        onValueChange={set('address')}
        error={errors[path('address')]}
      />
      <p className="field__hint">{t('editor.coordinatesHint')}</p>
      <div className="field-pair">
        <TextField
          name={path('latitude')}
          label={t('editor.latitude')}
          inputMode="decimal"
          value={schedule.place.latitude}
          onValueChange={set('latitude')}
          error={errors[path('latitude')]}
        />
        <TextField
          name={path('longitude')}
          label={t('editor.longitude')}
          inputMode="decimal"
          value={schedule.place.longitude}
          onValueChange={set('longitude')}
          error={errors[path('longitude')]}
        />
      </div>
      <TextField
        name={path('notes')}
        label={t('editor.placeNotes')}
        optional
        multiline
        value={schedule.place.notes}
        onValueChange={set('notes')}
        error={errors[path('notes')]}
      />
    </fieldset>
  );
}

export function OnlineFields({ schedule, at, errors, onChange }: WhereFieldsProps) {
  const path = (field: string) => `${at}.online.${field}`;
  const set = (field: keyof ScheduleDraft['online']) => (value: string) =>
    onChange({ ...schedule, online: { ...schedule.online, [field]: value } });
  return (
    <fieldset className="editor-subsection">
      <legend>{t('editor.online')}</legend>
      <TextField
        name={path('joinUrl')}
        label={t('editor.joinUrl')}
        hint={t('editor.joinUrlHint')}
        type="url"
        inputMode="url"
        optional
        spellCheck={false}
        autoCapitalize="none"
        value={schedule.online.joinUrl}
        onValueChange={set('joinUrl')}
        error={errors[path('joinUrl')]}
      />
      <TextField
        name={path('dialIn')}
        label={t('editor.dialIn')}
        type="tel"
        optional
        value={schedule.online.dialIn}
        onValueChange={set('dialIn')}
        error={errors[path('dialIn')]}
      />
      <TextField
        name={path('notes')}
        label={t('editor.onlineNotes')}
        optional
        multiline
        value={schedule.online.notes}
        onValueChange={set('notes')}
        error={errors[path('notes')]}
      />
    </fieldset>
  );
}
