import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { checkValue, type FieldRule, type RuleProblem } from '@shared/analysis/economics/rules';
import { localeFor } from '../../i18n/format';
import { formatNumberInput, parseDecimal } from '../profiles/numbers';
import { CommitTextField } from '../profiles/fields/CommitTextField';
import { FieldRefusal } from '../profiles/fields/refusal';

interface EconomicsFieldProps {
  label: string;
  value: number | null;
  rule: FieldRule;
  /** A check that depends on other inputs (NPS counts must be whole). */
  extraCheck?: (value: number) => RuleProblem | null;
  /** Saves the number (null: blank). A rejection reverts the field and shows why. */
  onCommit: (value: number | null) => Promise<void>;
  hint?: string;
  suffix?: string;
  placeholder?: string;
  disabled?: boolean;
  className?: string;
}

export function problemText(t: TFunction, problem: RuleProblem, text: string, lang: string): string {
  const n = (value: number) => new Intl.NumberFormat(lang).format(value);
  switch (problem.kind) {
    case 'notNumber':
      return t('ui.economics.validation.notNumber', { text });
    case 'notWhole':
      return t('ui.economics.validation.notWhole', { text });
    case 'range':
      return problem.minExclusive
        ? t('ui.economics.validation.above', { text, min: n(problem.min), max: n(problem.max) })
        : t('ui.economics.validation.range', { text, min: n(problem.min), max: n(problem.max) });
  }
}

/**
 * A number typed as text (either decimal mark; blank clears it), checked with
 * the same rules as the core before anything is sent. A refused value changes
 * nothing: the field reverts and says why under it.
 */
export function EconomicsField({ label, value, rule, extraCheck, onCommit, hint, suffix, disabled, className }: EconomicsFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <CommitTextField
      label={label}
      value={formatNumberInput(value, locale)}
      inputMode="decimal"
      hint={hint}
      suffix={suffix}
      disabled={disabled}
      className={className}
      onCommit={async (text) => {
        const parsed = parseDecimal(text, i18n.language);
        if (parsed === null) {
          if (value !== null) await onCommit(null);
          return;
        }
        const problem = checkValue(rule, parsed) ?? extraCheck?.(parsed) ?? null;
        if (problem) throw new FieldRefusal(problemText(t, problem, text.trim(), locale));
        if (parsed !== value) await onCommit(parsed);
      }}
    />
  );
}
