import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension } from '@shared/domain/types';
import { DIMENSION_MAX, DIMENSION_MIN, sliderName, sliderValueText } from '../dimensions';
import { FieldMessages } from './FieldMessages';
import { failureText } from './refusal';

interface DimensionSliderProps {
  dimension: Dimension;
  value: number;
  /** False while the type was never placed on this dimension. */
  placed: boolean;
  onCommit: (value: number) => Promise<void>;
  disabled?: boolean;
}

/**
 * A slider between a dimension's two poles. It moves freely and saves once
 * per gesture: when the pointer lets go (the native `change`), or when a key
 * is released, so holding an arrow key is one undo step, not fifty.
 */
export function DimensionSlider({ dimension, value, placed, onCommit, disabled }: DimensionSliderProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const keyDown = useRef(false);
  const id = useId();
  const ids = { errorId: `${id}-error`, hintId: `${id}-hint` };
  const shown = draft ?? value;
  const valueText = sliderValueText(t, shown, dimension);

  async function commit(next: number) {
    if (next === value) {
      setDraft(null);
      return;
    }
    try {
      await onCommit(next);
      setError(null);
    } catch (err) {
      setError(failureText(t, err));
    } finally {
      // The saved value is in the catalog now (or the old one, on failure); show it unless the user moved on.
      setDraft((current) => (current === next ? null : current));
    }
  }
  const commitRef = useRef(commit);
  useLayoutEffect(() => {
    commitRef.current = commit;
  });

  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    const onNativeChange = () => {
      if (!keyDown.current) void commitRef.current(Number(input.value));
    };
    input.addEventListener('change', onNativeChange);
    return () => input.removeEventListener('change', onNativeChange);
  }, []);

  return (
    <div className="field dimension">
      <div className="dimension__head">
        <span className="field__label" aria-hidden="true">
          {dimension.name}
        </span>
        <span className="dimension__value" aria-hidden="true">
          {valueText}
          {!placed && draft === null && <span className="muted"> · {t('ui.profiles.slider.notSet')}</span>}
        </span>
      </div>
      <input
        ref={ref}
        type="range"
        className="dimension__slider"
        min={DIMENSION_MIN}
        max={DIMENSION_MAX}
        step={1}
        value={shown}
        disabled={disabled}
        aria-label={sliderName(t, dimension)}
        aria-valuetext={valueText}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? ids.errorId : undefined}
        onChange={(event) => setDraft(Number(event.target.value))}
        onKeyDown={() => {
          keyDown.current = true;
        }}
        onKeyUp={(event) => {
          keyDown.current = false;
          void commit(Number(event.currentTarget.value));
        }}
        onBlur={(event) => {
          keyDown.current = false;
          if (draft !== null) void commit(Number(event.currentTarget.value));
        }}
      />
      <div className="dimension__poles" aria-hidden="true">
        <span>{dimension.poleA}</span>
        <span>{dimension.poleB}</span>
      </div>
      <FieldMessages error={error} {...ids} />
    </div>
  );
}
