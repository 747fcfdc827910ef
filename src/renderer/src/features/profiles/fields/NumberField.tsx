import { useTranslation } from 'react-i18next';
import { localeFor } from '../../../i18n/format';
import { formatNumberInput, numberProblemText, parseNumberInput, type NumberRule } from '../numbers';
import { CommitTextField } from './CommitTextField';
import { FieldRefusal } from './refusal';

/** Reads typed text: the number (null: blank), or why it is refused as a sentence. */
export type ReadNumber = (text: string, lang: string) => { ok: true; value: number | null } | { ok: false; refusal: string };

interface CheckedNumberFieldProps {
  label: string;
  value: number | null;
  read: ReadNumber;
  /** Saves the number (null: blank). Only called when it differs from `value`. */
  onCommit: (value: number | null) => Promise<void>;
  hint?: string;
  suffix?: string;
  disabled?: boolean;
  className?: string;
}

/**
 * A number typed as text, read and checked by `read` before anything is sent:
 * a refused value changes nothing, the field reverts and says why under it.
 */
export function CheckedNumberField({ label, value, read, onCommit, hint, suffix, disabled, className }: CheckedNumberFieldProps) {
  const { i18n } = useTranslation();
  return (
    <CommitTextField
      label={label}
      value={formatNumberInput(value, localeFor(i18n.language))}
      inputMode="decimal"
      hint={hint}
      suffix={suffix}
      disabled={disabled}
      className={className}
      onCommit={async (text) => {
        const parsed = read(text, i18n.language);
        if (!parsed.ok) throw new FieldRefusal(parsed.refusal);
        if (parsed.value === value) return;
        await onCommit(parsed.value);
      }}
    />
  );
}

interface NumberFieldProps extends Omit<CheckedNumberFieldProps, 'read'> {
  rule: NumberRule;
}

/**
 * A number typed as text (either decimal mark, blank for unknown), checked
 * against the same limits as the server before it is sent.
 */
export function NumberField({ rule, ...field }: NumberFieldProps) {
  const { t } = useTranslation();
  return (
    <CheckedNumberField
      {...field}
      read={(text, lang) => {
        const parsed = parseNumberInput(text, lang, rule);
        return parsed.ok ? parsed : { ok: false, refusal: numberProblemText(t, parsed.problem) };
      }}
    />
  );
}
