import { describe, expect, it } from 'vitest';
import { excelMoneyFormat } from './xlsx-write';

describe('excelMoneyFormat', () => {
  it('shows the currency sign of the language and the currency’s own decimals', () => {
    expect(excelMoneyFormat('en-GB', 'EUR')).toBe('[$€] #,##0.00;-[$€] #,##0.00');
    expect(excelMoneyFormat('en-GB', 'GBP')).toBe('[$£] #,##0.00;-[$£] #,##0.00');
    expect(excelMoneyFormat('nl-NL', 'USD')).toBe('[$US$] #,##0.00;-[$US$] #,##0.00');
    expect(excelMoneyFormat('en-GB', 'JPY')).toBe('[$JP¥] #,##0;-[$JP¥] #,##0');
  });
});
