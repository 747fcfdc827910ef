/**
 * Numbers, money, percentages and dates as the UI language writes them, the
 * same on every surface (pages, slides, report, PPTX, workbook, findings).
 * One place, so "1,5" in a Dutch input is never "1.5" in the formula beside it.
 */

/** The currency of a workspace that has not chosen one. */
export const DEFAULT_CURRENCY = 'EUR';

/*
 * Intl objects are costly to make (each holds an ICU formatter outside the
 * JavaScript heap, which only a garbage collection gives back): every one here
 * is made once per language and code. The currency picker asks about 160 codes
 * each time the Framework page opens; making two objects per code there made
 * the page's garbage collections land in the next page's first frames.
 */
/** The value kept under `key`, made by `make` the first time it is asked for. */
function cached<V>(values: Map<string, V>, key: string, make: () => V): V {
  let value = values.get(key);
  if (value === undefined) {
    value = make();
    values.set(key, value);
  }
  return value;
}

const knownCodes = new Map<string, boolean>();

/** Whether the runtime knows this ISO 4217 code (three capital letters it can format). */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return cached(knownCodes, code, () => {
    try {
      new Intl.NumberFormat('en', { style: 'currency', currency: code });
      return true;
    } catch {
      return false;
    }
  });
}

export interface NumberFormats {
  lang: string;
  currency: string;
  /** 1470 -> "€ 1.470,00" (nl) / "€1,470.00" (en). */
  money: (value: number) => string;
  /** Money without cents, for large round figures on slides. */
  wholeMoney: (value: number) => string;
  /** Up to two decimals, the language's decimal mark, a real minus sign. */
  number: (value: number) => string;
  /** Exactly one decimal (an average role: 2.5 / 2,5). */
  oneDecimal: (value: number) => string;
  /** A value already in percent: 80 -> "80%" (or "80 %" in Dutch). */
  percent: (value: number) => string;
  /** With an explicit sign: +12.5% / −3%. */
  signedPercent: (value: number) => string;
  /** With an explicit sign: +€20.12 / −€5.00. */
  signedMoney: (value: number) => string;
}

const cache = new Map<string, NumberFormats>();

// -0 would print as "-€0.00"; a hyphen is not a minus sign.
const clean = (value: number): number => (Object.is(value, -0) ? 0 : value);
// A word joiner keeps "−" on the line of a currency sign after it ("(−€90.00)"):
// between two prefix signs a browser or slide may otherwise break the line.
const minus = (text: string): string => text.replace(/-(\D)?/, (_, next?: string) => (next ? `\u2212\u2060${next}` : '\u2212'));

export function numberFormats(lang: string, currency: string = DEFAULT_CURRENCY): NumberFormats {
  const key = `${lang}|${currency}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const code = isCurrencyCode(currency) ? currency : DEFAULT_CURRENCY;
  const money = new Intl.NumberFormat(lang, { style: 'currency', currency: code });
  const whole = new Intl.NumberFormat(lang, { style: 'currency', currency: code, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const signedMoney = new Intl.NumberFormat(lang, { style: 'currency', currency: code, signDisplay: 'exceptZero' });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const oneDecimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 });
  const signed = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const formats: NumberFormats = {
    lang,
    currency: code,
    money: (value) => minus(money.format(clean(value))),
    wholeMoney: (value) => minus(whole.format(clean(value))),
    number: (value) => minus(number.format(clean(value))),
    oneDecimal: (value) => minus(oneDecimal.format(clean(value))),
    percent: (value) => minus(percent.format(clean(value) / 100)),
    signedPercent: (value) => minus(signed.format(clean(value) / 100)),
    signedMoney: (value) => minus(signedMoney.format(clean(value))),
  };
  cache.set(key, formats);
  return formats;
}

const currencyNames = new Map<string, Intl.DisplayNames | null>();

/** The currency's name in the UI language ("euro", "Amerikaanse dollar"); the code when unknown. */
export function currencyName(lang: string, code: string): string {
  const names = cached(currencyNames, lang, () => {
    try {
      return new Intl.DisplayNames([lang], { type: 'currency' });
    } catch {
      return null;
    }
  });
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

const currencySymbols = new Map<string, string>();

/** The currency's sign as the language writes it beside an amount ("€", "$", "US$"); the code when it has none. */
export function currencySymbol(lang: string, code: string): string {
  return cached(currencySymbols, `${lang}|${code}`, () => {
    try {
      const parts = new Intl.NumberFormat(lang, { style: 'currency', currency: code }).formatToParts(0);
      return parts.find((part) => part.type === 'currency')?.value ?? code;
    } catch {
      return code;
    }
  });
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, withTime: boolean): Intl.DateTimeFormat {
  return cached(dateFormats, `${locale}|${withTime ? 't' : 'd'}`, () =>
    new Intl.DateTimeFormat(locale, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'long' }),
  );
}

/** A day as the language writes it in running text ("2 December 2026", "2 december 2026"). */
export function formatDate(locale: string, date: Date | string): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(value.getTime()) ? String(date) : dateFormat(locale, false).format(value);
}

/** A moment as the language writes it in lists ("2 Dec 2026, 10:20"); the raw text when it is not a date. */
export function formatDateTimeIn(locale: string, date: Date | string): string {
  const value = typeof date === 'string' ? new Date(date) : date;
  return Number.isNaN(value.getTime()) ? String(date) : dateFormat(locale, true).format(value);
}
