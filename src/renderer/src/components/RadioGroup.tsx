import { useId } from 'react';
import { cx } from './classNames';
import './fields.css';

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
  lang?: string;
}

interface RadioGroupProps<V extends string> {
  legend: string;
  name?: string;
  value: V;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  hint?: string;
  disabled?: boolean;
  /** Lay the options out in a row (short labels) instead of a column. */
  inline?: boolean;
  className?: string;
}

/** Native radio buttons in a fieldset: arrow keys, labels and the group name come for free. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
  disabled,
  inline = false,
  className,
}: RadioGroupProps<V>) {
  const id = useId();
  const groupName = name ?? id;
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <fieldset className={cx('radio-group', inline && 'radio-group--inline', className)} aria-describedby={hintId} disabled={disabled}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className="radio-group__options">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          const optionHintId = option.hint ? `${optionId}-hint` : undefined;
          return (
            <div key={option.value} className="radio">
              <input
                type="radio"
                id={optionId}
                name={groupName}
                value={option.value}
                checked={option.value === value}
                onChange={() => onChange(option.value)}
                aria-describedby={optionHintId}
              />
              <div className="radio__text">
                <label htmlFor={optionId} lang={option.lang}>
                  {option.label}
                </label>
                {option.hint && (
                  <span id={optionHintId} className="radio__hint">
                    {option.hint}
                  </span>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
