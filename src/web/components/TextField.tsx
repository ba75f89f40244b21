// A labelled text input with an optional hint and error message, both wired with
// aria-describedby; aria-invalid marks the error. The label is always visible.
import type { InputHTMLAttributes } from 'react';
import { t } from '../i18n';
import { fieldId } from './fieldId';

type NativeProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'
>;

export interface TextFieldProps extends NativeProps {
  /** Field path, also the key for its error ("email", "crisisResources.en.0.url"). */
  name: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
}

export function TextField({
  name,
  label,
  value,
  onValueChange,
  hint,
  error,
  optional = false,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const id = fieldId(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> {t('field.optional')}</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <input
        {...rest}
        id={id}
        name={name}
        type={type}
        value={value}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </div>
  );
}
