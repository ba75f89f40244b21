// Importing an intergroup's meetings: choose a file (or a feed address), check it (a dry run
// that shows every change), then apply exactly what was checked: the apply sends the preview's
// planId, and when the meetings changed in between (409) the page shows the fresh preview.
import { useState, type SubmitEvent } from 'react';
import {
  type ImportApplyBody,
  type ImportReport,
  IMPORT_MAX_BYTES,
  importBodySchema,
  type ImportBody,
  type ImportFormat,
} from '../../../contracts/imports';
import { api, ApiError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { FieldFrame, fieldWiring } from '../../components/FieldFrame';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { ImportReportView } from '../../features/admin/ImportReportView';
import { useFormErrors } from '../../features/forms/useFormErrors';
import { t } from '../../i18n';
import { RequireAbility } from './AdminLayout';

type From = 'file' | 'url';

const formats: ImportFormat[] = ['meeting-guide', 'csv'];

function FileField({
  error,
  onFile,
}: {
  error: string | undefined;
  onFile: (file: File | null) => void;
}) {
  const wiring = fieldWiring('content', t('import.fileHint'), error);
  return (
    <FieldFrame id={wiring.id} label={t('import.file')} hint={t('import.fileHint')} error={error}>
      <input
        {...wiring}
        name="content"
        type="file"
        accept=".json,.csv,application/json,text/csv"
        onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      />
    </FieldFrame>
  );
}

function ImportForm() {
  const errors = useFormErrors();
  const [format, setFormat] = useState<ImportFormat>('meeting-guide');
  const [from, setFrom] = useState<From>('file');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [source, setSource] = useState('');
  const [checked, setChecked] = useState<{ body: ImportBody; report: ImportReport } | null>(null);
  const [applied, setApplied] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  /** The apply was refused because the meetings changed: the report shown is the fresh one. */
  const [planChanged, setPlanChanged] = useState(false);

  function reset() {
    setChecked(null);
    setApplied(null);
    setPlanChanged(false);
  }

  /** A problem with the chosen file, shown on the file field like any other field error. */
  function fileProblem(message: string): null {
    errors.showIssues([{ code: 'custom', path: ['content'], message, input: undefined }]);
    return null;
  }

  async function bodyFromForm(): Promise<ImportBody | null> {
    let candidate: unknown;
    if (from === 'file') {
      if (file === null) return fileProblem(t('import.chooseFile'));
      if (file.size > IMPORT_MAX_BYTES) {
        return fileProblem(
          t('import.fileTooLarge', { size: (file.size / 1024 / 1024).toFixed(1) }),
        );
      }
      candidate = { format, content: await file.text(), source: source.trim() || file.name };
    } else {
      candidate = { format, url: url.trim(), ...(source.trim() ? { source: source.trim() } : {}) };
    }
    const parsed = importBodySchema.safeParse(candidate);
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return null;
    }
    return parsed.data;
  }

  async function check(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    reset();
    const body = await bodyFromForm();
    if (body === null) return;
    errors.clear();
    setBusy('check');
    try {
      setChecked({ body, report: await api.previewImport(body) });
    } catch (error) {
      errors.showError(error);
    } finally {
      setBusy(null);
    }
  }

  async function apply() {
    if (busy || checked === null) return;
    setBusy('apply');
    setPlanChanged(false);
    errors.clear();
    const body: ImportApplyBody = { ...checked.body, planId: checked.report.planId };
    try {
      setApplied(await api.applyImport(body));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'import_plan_changed') {
        // Nothing was written. Show what the import would do now, to be checked again.
        await recheck(checked.body);
      } else {
        errors.showError(error);
      }
    } finally {
      setBusy(null);
    }
  }

  async function recheck(body: ImportBody) {
    try {
      const report = await api.previewImport(body);
      setChecked({ body, report });
      setPlanChanged(true);
    } catch (error) {
      setChecked(null);
      errors.showError(error);
    }
  }

  const report = applied ?? checked?.report;
  const c = checked?.report.counts;
  const writes = c ? c.added + c.changed + c.removed : 0;
  return (
    <>
      <form noValidate onSubmit={(event) => void check(event)} className="form form--wide">
        {errors.form && <Alert tone="error">{errors.form}</Alert>}
        <ChoiceGroup
          type="radio"
          name="format"
          legend={t('import.format')}
          options={formats.map((f) => ({ value: f, label: t(`import.format.${f}`) }))}
          selected={[format]}
          onToggle={(value) => {
            setFormat(value as ImportFormat);
            reset();
          }}
          error={errors.fields.format}
        />
        <ChoiceGroup
          type="radio"
          name="from"
          legend={t('import.from')}
          options={[
            { value: 'file', label: t('import.from.file') },
            { value: 'url', label: t('import.from.url') },
          ]}
          selected={[from]}
          onToggle={(value) => {
            setFrom(value as From);
            reset();
          }}
        />
        {from === 'file' ? (
          <FileField
            error={errors.fields.content}
            onFile={(next) => {
              setFile(next);
              reset();
            }}
          />
        ) : (
          <TextField
            name="url"
            type="url"
            label={t('import.url')}
            hint={t('import.urlHint')}
            autoComplete="off"
            spellCheck={false}
            value={url}
            onValueChange={(value) => {
              setUrl(value);
              reset();
            }}
            error={errors.fields.url}
          />
        )}
        <TextField
          name="source"
          label={t('import.source')}
          hint={t('import.sourceHint')}
          optional
          value={source}
          onValueChange={(value) => {
            setSource(value);
            reset();
          }}
          error={errors.fields.source}
        />
        <Button type="submit" busy={busy === 'check'} busyLabel={t('import.checking')}>
          {t('import.check')}
        </Button>
      </form>
      {applied && <Alert tone="success">{t('import.applied')}</Alert>}
      {planChanged && <Alert tone="error">{t('import.planChanged')}</Alert>}
      {!applied && checked && (
        <Alert tone="info">
          {writes > 0
            ? t('import.dryRun')
            : c && c.errors > 0
              ? t('import.nothingToApplyErrors')
              : t('import.nothingToApply')}
        </Alert>
      )}
      {report && <ImportReportView report={report} />}
      {!applied && checked && writes > 0 && (
        <Button
          busy={busy === 'apply'}
          busyLabel={t('import.applying')}
          onClick={() => void apply()}
        >
          {t('import.apply')}
        </Button>
      )}
    </>
  );
}

export function ImportPage() {
  return (
    <RequireAbility ability="manageOrganization">
      <Page title={t('import.title')} heading={t('import.heading')}>
        <p>{t('import.lead')}</p>
        <ImportForm />
      </Page>
    </RequireAbility>
  );
}
