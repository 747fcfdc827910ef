/**
 * How the economics page writes numbers: money in the workspace's content
 * language (EUR unless told otherwise), plain numbers and percentages. Results
 * are always finite here: the analysis functions say when one is not.
 */
export const DEFAULT_CURRENCY = 'EUR';

export interface Formats {
  currency: string;
  money: (value: number) => string;
  number: (value: number) => string;
  /** A value already in percent: 80 -> "80%" (or "80 %" in Dutch). */
  percent: (value: number) => string;
  /** With an explicit sign: +12.5% / −3%. */
  signedPercent: (value: number) => string;
}

export function makeFormats(locale: string, currency = DEFAULT_CURRENCY): Formats {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  // -0 would print as "-€0.00".
  const clean = (value: number) => (Object.is(value, -0) ? 0 : value);
  return {
    currency,
    money: (value) => money.format(clean(value)),
    number: (value) => number.format(clean(value)),
    percent: (value) => percent.format(clean(value) / 100),
    signedPercent: (value) => signed.format(clean(value) / 100),
  };
}
