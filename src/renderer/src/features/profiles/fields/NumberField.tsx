import { useTranslation } from 'react-i18next';
import { localeFor } from '../../../i18n/format';
import { formatNumberInput, numberProblemText, parseNumberInput, type NumberRule } from '../numbers';
import { CommitTextField } from './CommitTextField';
import { FieldRefusal } from './refusal';

interface NumberFieldProps {
  label: string;
  value: number | null;
  rule: NumberRule;
  /** Saves the number (null: blank, unknown). */
  onCommit: (value: number | null) => Promise<void>;
  hint?: string;
  suffix?: string;
  disabled?: boolean;
  className?: string;
}

/**
 * A number typed as text (either decimal mark, blank for unknown), checked
 * against the same limits as the server before it is sent.
 */
export function NumberField({ label, value, rule, onCommit, hint, suffix, disabled, className }: NumberFieldProps) {
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
        const parsed = parseNumberInput(text, i18n.language, rule);
        if (!parsed.ok) throw new FieldRefusal(numberProblemText(t, parsed.problem));
        if (parsed.value === value) return;
        await onCommit(parsed.value);
      }}
    />
  );
}
