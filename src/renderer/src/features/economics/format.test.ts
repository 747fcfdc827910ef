import { describe, expect, it } from 'vitest';
import { makeFormats } from './format';

describe('economics formats', () => {
  it('write euros, numbers and percentages the way each language does', () => {
    const en = makeFormats('en-GB');
    expect(en.money(1234.5)).toBe('€1,234.50');
    expect(en.number(2.5)).toBe('2.5');
    expect(en.percent(80)).toBe('80%');
    expect(en.signedPercent(12.34)).toBe('+12.3%');
    const nl = makeFormats('nl');
    expect(nl.money(1234.5).replace(/\s/g, ' ')).toBe('€ 1.234,50');
    expect(nl.number(2.5)).toBe('2,5');
  });

  it('never writes minus zero', () => {
    expect(makeFormats('en-GB').money(-0)).toBe('€0.00');
    expect(makeFormats('en-GB').signedPercent(-0)).toBe('0%');
  });
});
