import { currencyName, isCurrencyCode } from '@shared/i18n/format';

let runtimeCodes: readonly string[] | null = null;

/** Every ISO 4217 code this runtime can format (a short list where Intl cannot say); the runtime's list never changes, so it is read once. */
export function currencyCodes(): readonly string[] {
  runtimeCodes ??= (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'USD', 'GBP', 'CHF', 'JPY']).filter(isCurrencyCode);
  return runtimeCodes;
}

/**
 * The picker's options, "EUR — Euro", named in the UI language and sorted by
 * code so a user finds one by typing it. The current code stays listed even
 * if this runtime does not know it, so the select never shows a wrong value.
 */
export function currencyOptions(lang: string, current: string, codes: readonly string[] = currencyCodes()): { value: string; label: string }[] {
  const all = codes.includes(current) ? [...codes] : [...codes, current];
  return all.sort().map((code) => {
    const name = currencyName(lang, code);
    return { value: code, label: name === code ? code : `${code} — ${name}` };
  });
}
