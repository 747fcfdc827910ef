/**
 * How the economics page writes numbers: the shared formats (money in the
 * workspace currency, numbers and percentages as the UI language writes them),
 * so the page, the slides and the report agree to the character. Results are
 * always finite here: the analysis functions say when one is not.
 */
import { DEFAULT_CURRENCY, numberFormats, type NumberFormats } from '@shared/i18n/format';

export type Formats = NumberFormats;

export function makeFormats(locale: string, currency: string = DEFAULT_CURRENCY): Formats {
  return numberFormats(locale, currency);
}
