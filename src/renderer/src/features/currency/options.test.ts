import { describe, expect, it } from 'vitest';
import { currencyCodes, currencyOptions } from './options';

describe('currency options', () => {
  it('lists the ISO currencies the runtime knows, euro and dollar included', () => {
    const codes = currencyCodes();
    expect(codes).toContain('EUR');
    expect(codes).toContain('USD');
    expect(codes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
  });

  it('reads the runtime list once: each Framework page visit asked Intl again, about 160 codes', () => {
    expect(currencyCodes()).toBe(currencyCodes());
  });

  it('names each one in the UI language, sorted by code', () => {
    expect(currencyOptions('en', 'EUR', ['USD', 'EUR'])).toEqual([
      { value: 'EUR', label: 'EUR — Euro' },
      { value: 'USD', label: 'USD — US Dollar' },
    ]);
    expect(currencyOptions('nl', 'EUR', ['USD', 'EUR'])[1]).toEqual({ value: 'USD', label: 'USD — Amerikaanse dollar' });
  });

  it('keeps the current code listed even when the runtime does not know it', () => {
    expect(currencyOptions('en', 'XTS', ['EUR']).map((o) => o.value)).toEqual(['EUR', 'XTS']);
  });
});
