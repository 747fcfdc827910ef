import { useId } from 'react';
import { cx } from '../../../components/classNames';
import { describedBy, FieldMessages } from './FieldMessages';

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  /** Picking an option is the commit. */
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
  disabled?: boolean;
  className?: string;
}

/** A labelled native select. */
export function SelectField({ label, value, options, onChange, hint, error = null, disabled, className }: SelectFieldProps) {
  const id = useId();
  const ids = { errorId: `${id}-error`, hintId: `${id}-hint` };
  return (
    <div className={cx('field', className)}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input select"
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, error, hint)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages hint={hint} error={error} {...ids} />
    </div>
  );
}
