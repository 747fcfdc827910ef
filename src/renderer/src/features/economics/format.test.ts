import { describe, expect, it } from 'vitest';
import { makeFormats } from './format';

describe('economics formats', () => {
  it('write money, numbers and percentages the way each language does', () => {
    const en = makeFormats('en-GB');
    expect(en.money(1234.5)).toBe('€1,234.50');
    expect(en.number(2.5)).toBe('2.5');
    expect(en.percent(80)).toBe('80%');
    expect(en.signedPercent(12.34)).toBe('+12.3%');
    const nl = makeFormats('nl');
    expect(nl.money(1470).replace(/\s/g, ' ')).toBe('€ 1.470,00');
    expect(nl.number(1.5)).toBe('1,5');
  });

  it('use the workspace currency', () => {
    expect(makeFormats('en', 'USD').money(1470)).toBe('$1,470.00');
    expect(makeFormats('nl', 'USD').money(1470).replace(/\s/g, ' ')).toBe('US$ 1.470,00');
    expect(makeFormats('en', 'USD').currency).toBe('USD');
  });

  it('never writes minus zero', () => {
    expect(makeFormats('en-GB').money(-0)).toBe('€0.00');
    expect(makeFormats('en-GB').signedPercent(-0)).toBe('0%');
  });
});
