// Per-field and whole-form error state for a form, filled from a Zod safeParse (client-side
// checks with the same schemas the server uses) or from the server's problem+json reply.
import { useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import type { z } from 'zod';
import { ApiError, messageFor } from '../../api/client';
import type { FieldErrors } from '../../api/problem';
import { fieldId } from '../../components/fieldId';
import { t } from '../../i18n';

export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

function focusFirst(errors: FieldErrors): void {
  for (const key of Object.keys(errors)) {
    const element = document.getElementById(fieldId(key));
    if (element) {
      element.focus();
      return;
    }
  }
}

export interface FormErrors {
  fields: FieldErrors;
  /** A message about the whole form (shown in an Alert), or null. */
  form: string | null;
  clear: () => void;
  /** Show Zod issues; focuses the first invalid field. */
  showIssues: (issues: readonly z.core.$ZodIssue[]) => void;
  /** Show a failed request; `overrides` maps problem codes to friendlier form messages. */
  showError: (error: unknown, overrides?: Record<string, string>) => void;
}

export function useFormErrors(): FormErrors {
  const [fields, setFields] = useState<FieldErrors>({});
  const [form, setForm] = useState<string | null>(null);

  const clear = useCallback(() => {
    setFields({});
    setForm(null);
  }, []);

  const show = useCallback((nextFields: FieldErrors, nextForm: string | null) => {
    // Commit now so the messages are in the DOM (and described) before focus moves.
    flushSync(() => {
      setFields(nextFields);
      setForm(nextForm);
    });
    focusFirst(nextFields);
  }, []);

  const showIssues = useCallback(
    (issues: readonly z.core.$ZodIssue[]) => {
      const nextFields = issuesToFieldErrors(issues);
      show(nextFields, nextFields[''] ?? t('error.fieldsNeedAttention'));
    },
    [show],
  );

  const showError = useCallback(
    (error: unknown, overrides: Record<string, string> = {}) => {
      if (error instanceof ApiError) {
        const nextFields = error.fieldErrors();
        show(nextFields, overrides[error.code] ?? messageFor(error));
        return;
      }
      show({}, messageFor(error));
    },
    [show],
  );

  return { fields, form, clear, showIssues, showError };
}
