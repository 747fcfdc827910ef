import { useId, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { cx } from '../../../components/classNames';
import { useDraftCommit } from '../../../components/useDraftCommit';
import { describedBy, FieldMessages } from './FieldMessages';
import { failureText } from './refusal';

interface CommitTextFieldProps {
  label: string;
  /** The saved text; shown whenever the user is not editing. */
  value: string;
  /** Saves the text. Reject to revert the field; the reason is shown under it. */
  onCommit: (text: string) => Promise<void>;
  multiline?: boolean;
  hint?: string;
  disabled?: boolean;
  inputMode?: 'text' | 'decimal';
  /** A unit shown after the field ("%"), outside the accessible name (which already says it). */
  suffix?: string;
  maxLength?: number;
  className?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A labelled text field that saves when it is committed: Enter or leaving the
 * field (Ctrl/Cmd+Enter in a multi-line one). Esc while editing restores the
 * saved text and keeps the surrounding dialog open; a refused change reverts
 * and says why right under the field.
 */
export function CommitTextField({
  label,
  value,
  onCommit,
  multiline = false,
  hint,
  disabled,
  inputMode,
  suffix,
  maxLength,
  className,
  ref,
}: CommitTextFieldProps) {
  const { t } = useTranslation();
  const { draft, error, type, commit, cancel } = useDraftCommit({
    value,
    onCommit,
    describe: (err) => failureText(t, err),
  });
  const id = useId();
  const ids = { errorId: `${id}-error`, hintId: `${id}-hint` };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    const commitKey = multiline ? event.key === 'Enter' && (event.ctrlKey || event.metaKey) : event.key === 'Enter';
    if (commitKey) {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape' && cancel()) {
      // Esc first undoes the typing; a second Esc closes the dialog.
      event.preventDefault();
      event.stopPropagation();
    }
  }

  const common = {
    id,
    className: 'input',
    value: draft ?? value,
    disabled,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(ids, error, hint),
    spellCheck: multiline,
    autoComplete: 'off',
    onKeyDown,
    onBlur: () => void commit(),
  } as const;

  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(event) => type(event.target.value)}
        />
      ) : (
        <span className={cx(suffix && 'input-with-suffix')}>
          <input
            {...common}
            ref={ref}
            type="text"
            inputMode={inputMode}
            onChange={(event) => type(event.target.value)}
          />
          {suffix && (
            <span className="input-with-suffix__suffix" aria-hidden="true">
              {suffix}
            </span>
          )}
        </span>
      )}
      <FieldMessages hint={hint} error={error} {...ids} />
    </div>
  );
}
