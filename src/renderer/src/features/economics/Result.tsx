import { runtimeKey } from '@shared/i18n/keys';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Outcome, Unavailable } from '@shared/analysis/economics/types';
// Its own styles: the report and the economics slide show results without the Economics page (each page is its own chunk).
import './economics.css';

/** Why a result cannot be shown, in words. */
export function whyText(t: TFunction, why: Unavailable, percent: (value: number) => string): string {
  switch (why.kind) {
    case 'missing':
      return t('ui.economics.why.missing', { fields: why.fields.map((f) => t(runtimeKey(`ui.economics.fields.${f}`))).join(', ') });
    case 'percentSum':
      return t('ui.economics.why.percentSum', { sum: percent(why.sum).replace(/\s?%$/, '') });
    default:
      return t(`ui.economics.why.${why.kind}`);
  }
}

interface ResultProps<T> {
  /** What the result is ("KW", "Cost of one journey"). */
  name: string;
  outcome: Outcome<T>;
  /** The formula in letters. */
  formula: string;
  /** The formula with the numbers filled in (without the result). */
  filled: (value: T) => string | null;
  show: (value: T) => ReactNode;
  /** A remark under a computed result. */
  note?: (value: T) => ReactNode;
  percent: (value: number) => string;
}

/** A result with its formula beside it, or what is needed to compute it. */
export function Result<T>({ name, outcome, formula, filled, show, note, percent }: ResultProps<T>) {
  const { t } = useTranslation();
  const written = outcome.ok ? filled(outcome.value) : null;
  return (
    <div className="econ-result" role="group" aria-label={name}>
      <div className="econ-result__answer">
        <span className="econ-result__name">{name}</span>
        {outcome.ok ? (
          <output className="econ-result__value">{show(outcome.value)}</output>
        ) : (
          <p className="econ-result__why">{whyText(t, outcome.why, percent)}</p>
        )}
        {outcome.ok && note?.(outcome.value)}
      </div>
      <div className="econ-result__formula" aria-label={t('ui.economics.formula')}>
        <code>{formula}</code>
        {written !== null && (
          <code>
            = {written}
            {outcome.ok && <> = {show(outcome.value)}</>}
          </code>
        )}
      </div>
    </div>
  );
}
