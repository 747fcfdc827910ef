/**
 * Number fields: what people type (either decimal mark, blanks for "unknown")
 * turned into what the contract accepts, with the same limits the server
 * checks, so the field can say what is wrong before anything is sent.
 */
import type { TFunction } from 'i18next';
import { numberFormats } from '@shared/i18n/format';

export interface NumberRule {
  min?: number;
  max?: number;
}

/** The server's limits, mirrored (see catalogPatchSchema in @shared/api). */
export const NUMBER_RULES = {
  share: { min: 0, max: 100 },
  money: { min: 0 },
  count: { min: 0 },
  free: {},
} as const satisfies Record<string, NumberRule>;

/** Each problem keeps what was typed: the field reverts, so the message must say what was refused. */
export type NumberProblem = { text: string } & (
  | { kind: 'notNumber' }
  | { kind: 'negative' }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'atLeast'; min: number }
  | { kind: 'atMost'; max: number }
);

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

const GROUPED = {
  comma: /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/,
  dot: /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/,
};

/**
 * A decimal as typed in `lang`: "12.5" and "12,5" both work, and thousands
 * separators of the language are skipped ("1,250.5" in English, "1.250,5" in
 * Dutch). A lone separator that does not group thousands is the decimal mark,
 * whatever the language. Blank is null; anything else unreadable is NaN.
 */
export function parseDecimal(text: string, lang: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return null;
  const dutch = lang.toLowerCase().startsWith('nl');
  let normal: string;
  if (!dutch && GROUPED.comma.test(compact)) normal = compact.replace(/,/g, '');
  else if (dutch && GROUPED.dot.test(compact)) normal = compact.replace(/\./g, '').replace(',', '.');
  else if (compact.includes(',') && compact.includes('.')) return Number.NaN;
  else normal = compact.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal)) return Number.NaN;
  return Number(normal);
}

/** Reads a number field against a rule; blank is allowed and means "unknown". */
export function parseNumberInput(text: string, lang: string, rule: NumberRule): ParsedNumber {
  const value = parseDecimal(text, lang);
  if (value === null) return { ok: true, value: null };
  const typed = text.trim();
  if (!Number.isFinite(value)) return { ok: false, problem: { kind: 'notNumber', text: typed } };
  const { min, max } = rule;
  if (min !== undefined && max !== undefined && (value < min || value > max)) {
    return { ok: false, problem: { kind: 'range', min, max, text: typed } };
  }
  if (min !== undefined && value < min) {
    return { ok: false, problem: min === 0 ? { kind: 'negative', text: typed } : { kind: 'atLeast', min, text: typed } };
  }
  if (max !== undefined && value > max) return { ok: false, problem: { kind: 'atMost', max, text: typed } };
  return { ok: true, value };
}

export function numberProblemText(t: TFunction, problem: NumberProblem): string {
  switch (problem.kind) {
    case 'notNumber':
      return t('ui.profiles.validation.notNumber', { text: problem.text });
    case 'negative':
      return t('ui.profiles.validation.negative', { text: problem.text });
    case 'range':
      return t('ui.profiles.validation.range', { min: problem.min, max: problem.max, text: problem.text });
    case 'atLeast':
      return t('ui.profiles.validation.atLeast', { min: problem.min, text: problem.text });
    case 'atMost':
      return t('ui.profiles.validation.atMost', { max: problem.max, text: problem.text });
  }
}

/** A number as the field shows it: the language's decimal mark, no grouping (so it reads back the same); an input's own format, not a display one. */
export function formatNumberInput(value: number | null, lang: string): string {
  if (value === null) return '';
  return new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 6 }).format(value);
}

/** A number as a summary shows it: grouped, at most two decimals, as every surface writes numbers (shared/i18n/format.ts). */
export function formatNumberDisplay(value: number, lang: string): string {
  return numberFormats(lang).number(value);
}
