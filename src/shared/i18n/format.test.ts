import { describe, expect, it, vi } from 'vitest';
import { currencyName, currencySymbol, formatDate, formatDateTimeIn, isCurrencyCode, numberFormats } from './format';

describe('numberFormats', () => {
  it('writes money, numbers and percentages the way each language does', () => {
    const en = numberFormats('en', 'EUR');
    const nl = numberFormats('nl', 'EUR');
    expect(en.money(1470)).toBe('€1,470.00');
    expect(nl.money(1470)).toBe('€\u00a01.470,00');
    expect(en.number(1.5)).toBe('1.5');
    expect(nl.number(1.5)).toBe('1,5');
    expect(en.oneDecimal(2)).toBe('2.0');
    expect(nl.oneDecimal(2.46)).toBe('2,5');
    expect(nl.percent(80)).toBe('80%');
    expect(en.signedPercent(12.5)).toBe('+12.5%');
  });

  it('uses the workspace currency and a real minus sign', () => {
    const usd = numberFormats('en', 'USD');
    expect(usd.money(-5)).toBe('\u2212\u2060$5.00');
    expect(usd.signedMoney(20.12)).toBe('+$20.12');
    expect(usd.money(-0)).toBe('$0.00');
  });

  it('falls back to the euro for a code the runtime does not know', () => {
    expect(numberFormats('en', 'XX1').currency).toBe('EUR');
  });
});

describe('currencies and dates', () => {
  it('accepts ISO codes only', () => {
    expect(isCurrencyCode('GBP')).toBe(true);
    expect(isCurrencyCode('gbp')).toBe(false);
    expect(isCurrencyCode('EURO')).toBe(false);
  });

  it('names a currency in the UI language', () => {
    expect(currencyName('en', 'USD')).toBe('US Dollar');
    expect(currencyName('nl', 'USD')).toBe('Amerikaanse dollar');
  });

  it('gives the sign written beside an amount, or the code', () => {
    expect(currencySymbol('en', 'EUR')).toBe('€');
    expect(currencySymbol('en', 'USD')).toBe('$');
    expect(currencySymbol('nl', 'USD')).toBe('US$');
    expect(currencySymbol('en', 'CHF')).toBe('CHF');
    expect(currencySymbol('en', 'nope')).toBe('nope');
  });

  it('makes each Intl object once per language and code, however often it is asked (the currency picker asks about 160 codes per visit)', () => {
    const ask = () => [currencyName('en', 'JPY'), currencySymbol('nl', 'JPY'), isCurrencyCode('JPY')];
    const first = ask();
    const names = vi.spyOn(Intl, 'DisplayNames');
    const numbers = vi.spyOn(Intl, 'NumberFormat');
    try {
      for (let i = 0; i < 20; i++) expect(ask()).toEqual(first);
      expect(names).not.toHaveBeenCalled();
      expect(numbers).not.toHaveBeenCalled();
    } finally {
      names.mockRestore();
      numbers.mockRestore();
    }
    expect(first).toEqual(['Japanese Yen', 'JP¥', true]);
  });

  it('writes a moment in lists per language, never in the other language', () => {
    const moment = new Date(Date.UTC(2026, 11, 2, 12, 5));
    expect(formatDateTimeIn('nl', moment)).toMatch(/^2 dec 2026/);
    expect(formatDateTimeIn('en-GB', moment)).toMatch(/^2 Dec 2026/);
    expect(formatDateTimeIn('en', 'not a date')).toBe('not a date');
  });

  it('writes a day in running text per language, never as 12/2/2026', () => {
    const day = new Date(Date.UTC(2026, 11, 2, 12));
    expect(formatDate('en', day)).toBe('December 2, 2026');
    expect(formatDate('nl', day)).toBe('2 december 2026');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});
