// A labelled <select> with the same hint/error wiring as TextField.
import { FieldFrame, fieldWiring } from './FieldFrame';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  name: string;
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onValueChange: (value: V) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /** Visually hide the label (it is still read by screen readers). */
  hideLabel?: boolean;
}

export function SelectField<V extends string>({
  name,
  label,
  value,
  options,
  onValueChange,
  hint,
  error,
  hideLabel = false,
}: SelectFieldProps<V>) {
  const wiring = fieldWiring(name, hint, error);
  return (
    <FieldFrame id={wiring.id} label={label} hint={hint} error={error} hideLabel={hideLabel}>
      <select
        {...wiring}
        name={name}
        value={value}
        onChange={(event) => {
          const next = options.find((option) => option.value === event.target.value);
          if (next) onValueChange(next.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
