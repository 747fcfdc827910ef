import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { numberFormats } from '@shared/i18n/format';
import { checkValue, type FieldRule, type RuleProblem } from '@shared/analysis/economics/rules';
import { localeFor } from '../../i18n/format';
import { parseDecimal, CheckedNumberField } from '../profiles';

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
  disabled?: boolean;
  className?: string;
}

export function problemText(t: TFunction, problem: RuleProblem, text: string, lang: string): string {
  const n = numberFormats(lang).number;
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
export function EconomicsField({ rule, extraCheck, ...field }: EconomicsFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <CheckedNumberField
      {...field}
      read={(text, lang) => {
        const parsed = parseDecimal(text, lang);
        if (parsed === null) return { ok: true, value: null };
        const problem = checkValue(rule, parsed) ?? extraCheck?.(parsed) ?? null;
        return problem ? { ok: false, refusal: problemText(t, problem, text.trim(), locale) } : { ok: true, value: parsed };
      }}
    />
  );
}
