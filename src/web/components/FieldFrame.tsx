// The label, hint and error around any form control, and the ids that wire them together
// (aria-describedby points at the hint and the error; aria-invalid marks the error).
import type { ReactNode } from 'react';
import { t } from '../i18n';
import { fieldId } from './fieldId';

export interface FieldWiring {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export function fieldWiring(name: string, hint?: string, error?: string): FieldWiring {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return {
    id,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': error ? true : undefined,
  };
}

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  hideLabel?: boolean;
  children: ReactNode;
}

export function FieldFrame({
  id,
  label,
  hint,
  error,
  optional = false,
  hideLabel = false,
  children,
}: FieldFrameProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        {optional && <span className="field__optional"> {t('field.optional')}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
