// Name, web address (suggested from the name until edited), description and first-meeting
// notes.
import type { FieldErrors } from '../../api/problem';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { suggestSlug, type GroupDraft } from './groupDraft';

interface BasicsFieldsProps {
  draft: GroupDraft;
  errors: FieldErrors;
  onChange: (next: GroupDraft) => void;
}

export function BasicsFields({ draft, errors, onChange }: BasicsFieldsProps) {
  return (
    <fieldset className="editor-section">
      <legend>{t('editor.basics')}</legend>
      <TextField
        name="name"
        label={t('editor.name')}
        autoComplete="off"
        value={draft.name}
        onValueChange={(name) =>
          onChange({ ...draft, name, slug: draft.slugEdited ? draft.slug : suggestSlug(name) })
        }
        error={errors.name}
      />
      <TextField
        name="slug"
        label={t('editor.slug')}
        hint={t('editor.slugHint', { slug: draft.slug || 'your-group' })}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        value={draft.slug}
        onValueChange={(slug) => onChange({ ...draft, slug, slugEdited: slug !== '' })}
        error={errors.slug}
      />
      <TextField
        name="description"
        label={t('editor.description')}
        hint={t('editor.descriptionHint')}
        multiline
        value={draft.description}
        onValueChange={(description) => onChange({ ...draft, description })}
        error={errors.description}
      />
      <TextField
        name="firstMeeting"
        label={t('editor.firstMeeting')}
        hint={t('editor.firstMeetingHint')}
        multiline
        optional
        value={draft.firstMeeting}
        onValueChange={(firstMeeting) => onChange({ ...draft, firstMeeting })}
        error={errors.firstMeeting}
      />
    </fieldset>
  );
}
