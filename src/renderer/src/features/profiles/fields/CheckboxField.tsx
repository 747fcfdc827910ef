import { useId } from 'react';
import { describedBy, FieldMessages } from './FieldMessages';

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  /** Ticking is the commit. */
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string | null;
  disabled?: boolean;
}

export function CheckboxField({ label, checked, onChange, hint, error = null, disabled }: CheckboxFieldProps) {
  const id = useId();
  const ids = { errorId: `${id}-error`, hintId: `${id}-hint` };
  return (
    <div className="field checkbox-field">
      <div className="checkbox-field__row">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={describedBy(ids, error, hint)}
          onChange={(event) => onChange(event.target.checked)}
        />
        <label htmlFor={id} className="field__label">
          {label}
        </label>
      </div>
      <FieldMessages hint={hint} error={error} {...ids} />
    </div>
  );
}
