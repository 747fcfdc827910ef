import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { describedBy, FieldMessages } from './FieldMessages';
import { failureText } from './refusal';

/** What the colour input shows while no colour is chosen (an input of type color always has one). */
const NEUTRAL = '#8a94a6';

interface ColorFieldProps {
  label: string;
  value: string | null;
  onCommit: (color: string | null) => Promise<void>;
  disabled?: boolean;
}

/**
 * A colour picker that saves on the input's native `change` (the picker
 * closing), not on every `input` while the user drags through colours, so one
 * choice is one undo step.
 */
export function ColorField({ label, value, onCommit, disabled }: ColorFieldProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const ids = { errorId: `${id}-error`, hintId: `${id}-hint` };
  const latest = useRef({ value, onCommit, t });
  useLayoutEffect(() => {
    latest.current = { value, onCommit, t };
  });

  // The input is uncontrolled (React would report every drag step as a change); keep it in step with the saved colour.
  useEffect(() => {
    if (ref.current) ref.current.value = value ?? NEUTRAL;
  }, [value]);

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    async function onChange() {
      const { value: saved, onCommit: save, t: translate } = latest.current;
      const next = input!.value.toLowerCase();
      if (next === saved?.toLowerCase()) return;
      try {
        await save(next);
        setError(null);
      } catch (err) {
        input!.value = saved ?? NEUTRAL;
        setError(failureText(translate, err));
      }
    }
    const listener = () => void onChange();
    input.addEventListener('change', listener);
    return () => input.removeEventListener('change', listener);
  }, []);

  async function remove() {
    try {
      await onCommit(null);
      setError(null);
    } catch (err) {
      setError(failureText(t, err));
    }
  }

  return (
    <div className="field color-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="color-field__row">
        <input
          ref={ref}
          id={id}
          type="color"
          className="color-field__input"
          defaultValue={value ?? NEUTRAL}
          disabled={disabled}
          aria-describedby={describedBy(ids, error, 'hint')}
        />
        <span id={ids.hintId} className="color-field__value">
          {value ? <code>{value}</code> : <span className="muted">{t('ui.profiles.color.none')}</span>}
        </span>
        {value && (
          <Button size="small" variant="ghost" onClick={() => void remove()} disabled={disabled}>
            {t('ui.profiles.color.remove')}
          </Button>
        )}
      </div>
      <FieldMessages error={error} {...ids} />
    </div>
  );
}
