import { useId, type ReactNode } from 'react';
import { cx } from '../../../components/classNames';
import { describedBy, FieldMessages } from './FieldMessages';

export interface SegmentOption<V extends string> {
  value: V;
  label: string;
  /** Drawn before the label; with `iconOnly` the label is only read out (and shown as a tooltip). */
  icon?: ReactNode;
  iconOnly?: boolean;
}

interface SegmentedProps<V extends string> {
  /** The group's name: shown as its label, or only read out when `labelHidden`. */
  label: string;
  labelHidden?: boolean;
  value: V | null;
  options: readonly SegmentOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
  hint?: string;
  error?: string | null;
  className?: string;
}

/**
 * A segmented choice built from native radio buttons in a radiogroup, so arrow
 * keys, labels and the checked state come from the browser. Picking a segment
 * is the commit: the owner saves it at once.
 */
export function Segmented<V extends string>({
  label,
  labelHidden = false,
  value,
  options,
  onChange,
  disabled,
  hint,
  error = null,
  className,
}: SegmentedProps<V>) {
  const id = useId();
  const labelId = `${id}-label`;
  const ids = { errorId: `${id}-error`, hintId: `${id}-hint` };
  return (
    <div className={cx('field', className)}>
      {!labelHidden && (
        <span id={labelId} className="field__label">
          {label}
        </span>
      )}
      <div
        role="radiogroup"
        className="segmented"
        aria-labelledby={labelHidden ? undefined : labelId}
        aria-label={labelHidden ? label : undefined}
        aria-describedby={describedBy(ids, error, hint)}
        aria-invalid={error ? true : undefined}
      >
        {options.map((option) => (
          <label
            key={option.value}
            className={cx('segmented__option', option.value === value && 'is-checked', option.iconOnly && 'segmented__option--icon')}
            title={option.iconOnly ? option.label : undefined}
          >
            <input
              type="radio"
              className="segmented__input"
              name={id}
              value={option.value}
              checked={option.value === value}
              disabled={disabled}
              onChange={() => onChange(option.value)}
            />
            {option.icon}
            <span className={option.iconOnly ? 'sr-only' : 'segmented__text'}>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldMessages hint={hint} error={error} {...ids} />
    </div>
  );
}
