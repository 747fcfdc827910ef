import { useId, type KeyboardEvent, type Ref } from 'react';
import { cx } from './classNames';
import { useDraftCommit } from './useDraftCommit';
import './InlineEditableText.css';

interface InlineEditableTextProps {
  value: string;
  /** Accessible name of the field, e.g. "Name of channel Store". */
  label: string;
  /**
   * Saves the new text. Reject (with anything) to revert the field; the
   * returned message, if any, is shown under it.
   */
  onCommit: (next: string) => Promise<void>;
  /** Turns a failure from onCommit into the message to show. */
  describeError: (err: unknown) => string;
  disabled?: boolean;
  maxLength?: number;
  className?: string;
  ref?: Ref<HTMLInputElement>;
  /** Lets a container find the field again (focus after a move). */
  'data-control'?: string;
}

/**
 * Text that is edited in place: always an input (so it is reachable and named),
 * styled as text until focused. Enter or leaving the field saves, Esc cancels;
 * a refused change reverts and says why right under the field.
 */
export function InlineEditableText({
  value,
  label,
  onCommit,
  describeError,
  disabled,
  maxLength,
  className,
  ref,
  'data-control': dataControl,
}: InlineEditableTextProps) {
  const { draft, error, type, commit, cancel } = useDraftCommit({ value, onCommit, describe: describeError });
  const errorId = useId();

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape' && cancel()) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  return (
    <span className={cx('inline-edit', error && 'inline-edit--invalid', className)}>
      <input
        ref={ref}
        type="text"
        className="inline-edit__input"
        value={draft ?? value}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        disabled={disabled}
        maxLength={maxLength}
        data-control={dataControl}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => type(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => void commit()}
      />
      {error && (
        <span id={errorId} className="inline-edit__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
