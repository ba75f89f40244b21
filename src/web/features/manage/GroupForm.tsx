// The group editor form. On save it checks the draft with the shared schema first; problems
// (from here or from the server) are listed in an error summary that takes focus and links to
// each field, and shown next to the fields themselves. A saved group opens its page.
import { useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router';
import type { GroupDetail, GroupInput } from '../../../contracts/groups';
import { api, ApiError, messageFor } from '../../api/client';
import type { FieldErrors } from '../../api/problem';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { t } from '../../i18n';
import { useTaxonomy } from '../groups/useTaxonomy';
import { AboutFields } from './AboutFields';
import { BasicsFields } from './BasicsFields';
import { fieldLabel, knownFields, placeErrors } from './errorPaths';
import { checkDraft, type GroupDraft } from './groupDraft';
import { SchedulesEditor } from './SchedulesEditor';

interface GroupFormProps {
  initial: GroupDraft;
  /** The group's id when editing; absent for a new group. */
  id?: string | undefined;
  defaultTimeZone: string;
  /** Lets the page keep the status in step after Pause / Archive / Reactivate. */
  status?: GroupDraft['status'] | undefined;
}

function save(id: string | undefined, input: GroupInput): Promise<GroupDetail> {
  return id === undefined ? api.createGroup(input) : api.updateGroup(id, input);
}

export function GroupForm({ initial, id, defaultTimeZone, status }: GroupFormProps) {
  const navigate = useNavigate();
  const taxonomy = useTaxonomy();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  function showErrors(raw: FieldErrors) {
    flushSync(() => setErrors(placeErrors(raw, knownFields(draft))));
    summaryRef.current?.focus();
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = checkDraft(status === undefined ? draft : { ...draft, status });
    if (!checked.ok) {
      showErrors(checked.errors);
      return;
    }
    setBusy(true);
    try {
      const detail = await save(id, checked.input);
      await navigate(`/groups/${encodeURIComponent(detail.slug)}`);
    } catch (error) {
      setBusy(false);
      const fields = error instanceof ApiError ? error.fieldErrors() : {};
      showErrors(Object.keys(fields).length > 0 ? fields : { '': messageFor(error) });
    }
  }

  return (
    <form noValidate className="form form--wide editor" onSubmit={(event) => void submit(event)}>
      <ErrorSummary
        ref={summaryRef}
        title={t('editor.summaryTitle')}
        lead={t('editor.summaryLead')}
        errors={errors}
        labelFor={fieldLabel}
      />
      <BasicsFields draft={draft} errors={errors} onChange={setDraft} />
      <AboutFields
        draft={draft}
        errors={errors}
        taxonomy={taxonomy}
        showStatus={id === undefined}
        onChange={setDraft}
      />
      <SchedulesEditor
        schedules={draft.schedules}
        defaultTimeZone={defaultTimeZone}
        errors={errors}
        onChange={(schedules) => setDraft((previous) => ({ ...previous, schedules }))}
        onRemoved={() => setErrors({})}
      />
      <Button type="submit" busy={busy} busyLabel={t('editor.saving')}>
        {id === undefined ? t('editor.create') : t('editor.save')}
      </Button>
    </form>
  );
}
