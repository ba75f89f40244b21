// A fieldset of checkboxes or radio buttons with a legend, an optional hint and error. The
// first input's id is fieldId(name), so error summaries and focusFirst() can reach the group.
import type { Ref } from 'react';
import { fieldId } from './fieldId';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps {
  type: 'checkbox' | 'radio';
  /** Field path; also the inputs' name, so a plain GET form submits the values. */
  name: string;
  legend: string;
  options: readonly Choice[];
  selected: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /** "columns" lays short options out side by side on wider screens. */
  layout?: 'stacked' | 'columns';
  /** Lets a step focus its question (the legend takes focus with tabIndex -1). */
  legendRef?: Ref<HTMLLegendElement>;
  legendClassName?: string;
}

export function ChoiceGroup({
  type,
  name,
  legend,
  options,
  selected,
  onToggle,
  hint,
  error,
  layout = 'stacked',
  legendRef,
  legendClassName,
}: ChoiceGroupProps) {
  const base = fieldId(name);
  const describedBy = [hint ? `${base}-hint` : null, error ? `${base}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className={['choices', error ? 'choices--invalid' : null].filter(Boolean).join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend ref={legendRef} tabIndex={legendRef ? -1 : undefined} className={legendClassName}>
        {legend}
      </legend>
      {hint && (
        <p id={`${base}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${base}-error`} className="field__error">
          {error}
        </p>
      )}
      <div className={`choices__list choices__list--${layout}`}>
        {options.map((option, index) => {
          const id = index === 0 ? base : `${base}-${index}`;
          return (
            <div key={option.value} className="checkbox">
              <input
                id={id}
                type={type}
                name={name}
                value={option.value}
                checked={selected.includes(option.value)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => onToggle(option.value, event.target.checked)}
              />
              <label htmlFor={id}>
                {option.label}
                {option.hint && <span className="checkbox__hint">{option.hint}</span>}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The list after ticking or unticking `value` (order kept, no duplicates). */
export function toggled<V extends string | number>(list: readonly V[], value: V, on: boolean): V[] {
  const without = list.filter((item) => item !== value);
  return on ? [...without, value] : without;
}
