// A labelled text input (or, with `multiline`, a textarea) with an optional hint and error
// message. The label is always visible; optional fields say so instead of marking required ones.
import type { InputHTMLAttributes } from 'react';
import { FieldFrame, fieldWiring } from './FieldFrame';

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
  /** Render a textarea for longer text. */
  multiline?: boolean;
}

export function TextField({
  name,
  label,
  value,
  onValueChange,
  hint,
  error,
  optional = false,
  multiline = false,
  type = 'text',
  ...rest
}: TextFieldProps) {
  const wiring = fieldWiring(name, hint, error);
  return (
    <FieldFrame id={wiring.id} label={label} hint={hint} error={error} optional={optional}>
      {multiline ? (
        <textarea
          {...wiring}
          name={name}
          value={value}
          rows={3}
          lang={rest.lang}
          required={!optional}
          onChange={(event) => onValueChange(event.target.value)}
        />
      ) : (
        <input
          {...rest}
          {...wiring}
          name={name}
          type={type}
          value={value}
          required={!optional}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
