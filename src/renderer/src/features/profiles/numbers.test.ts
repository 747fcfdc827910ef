import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n/translate';
import { formatNumberDisplay, formatNumberInput, NUMBER_RULES, numberProblemText, parseDecimal, parseNumberInput } from './numbers';

describe('parseDecimal', () => {
  it('reads both decimal marks in either language', () => {
    expect(parseDecimal('12.5', 'en')).toBe(12.5);
    expect(parseDecimal('12,5', 'en')).toBe(12.5);
    expect(parseDecimal('12,5', 'nl')).toBe(12.5);
    expect(parseDecimal('12.5', 'nl')).toBe(12.5);
    expect(parseDecimal(' 7 ', 'en')).toBe(7);
    expect(parseDecimal('.5', 'en')).toBe(0.5);
    expect(parseDecimal('-3', 'en')).toBe(-3);
    expect(parseDecimal('\u22123', 'en')).toBe(-3);
  });

  it('skips the thousands separators of the language', () => {
    expect(parseDecimal('1,250', 'en')).toBe(1250);
    expect(parseDecimal('1,250.75', 'en')).toBe(1250.75);
    expect(parseDecimal('1.250', 'nl')).toBe(1250);
    expect(parseDecimal('1.250,75', 'nl')).toBe(1250.75);
    expect(parseDecimal('10 000', 'nl')).toBe(10000);
  });

  it('is null for blank and NaN for anything else', () => {
    expect(parseDecimal('', 'en')).toBeNull();
    expect(parseDecimal('   ', 'en')).toBeNull();
    expect(parseDecimal('abc', 'en')).toBeNaN();
    expect(parseDecimal('1.2.3', 'en')).toBeNaN();
    expect(parseDecimal('1,2.3', 'en')).toBeNaN();
    expect(parseDecimal('12€', 'en')).toBeNaN();
    expect(parseDecimal('1e3', 'en')).toBeNaN();
  });
});

describe('parseNumberInput', () => {
  it('allows blank as unknown', () => {
    expect(parseNumberInput('', 'en', NUMBER_RULES.money)).toEqual({ ok: true, value: null });
  });

  it('refuses negative money and counts', () => {
    expect(parseNumberInput('-5', 'en', NUMBER_RULES.money)).toEqual({ ok: false, problem: { kind: 'negative', text: '-5' } });
    expect(parseNumberInput(' -1 ', 'en', NUMBER_RULES.count)).toEqual({ ok: false, problem: { kind: 'negative', text: '-1' } });
    expect(parseNumberInput('0', 'en', NUMBER_RULES.money)).toEqual({ ok: true, value: 0 });
  });

  it('keeps a share between 0 and 100', () => {
    expect(parseNumberInput('100', 'en', NUMBER_RULES.share)).toEqual({ ok: true, value: 100 });
    const outside = (text: string) => ({ ok: false, problem: { kind: 'range', min: 0, max: 100, text } });
    expect(parseNumberInput('100.5', 'en', NUMBER_RULES.share)).toEqual(outside('100.5'));
    expect(parseNumberInput('-1', 'en', NUMBER_RULES.share)).toEqual(outside('-1'));
  });

  it('lets a value be any number', () => {
    expect(parseNumberInput('-250', 'en', NUMBER_RULES.free)).toEqual({ ok: true, value: -250 });
  });

  it('says what is wrong, translated', () => {
    const en = createTranslator('en');
    const nl = createTranslator('nl');
    const bad = parseNumberInput('twelve', 'en', NUMBER_RULES.money);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(numberProblemText(en, bad.problem)).toBe('“twelve” is not a number.');
    expect(numberProblemText(en, { kind: 'negative', text: '-5' })).toBe('This cannot be negative; “-5” was not saved.');
    expect(numberProblemText(nl, { kind: 'negative', text: '-5' })).toBe('Dit kan niet negatief zijn; “-5” is niet bewaard.');
    expect(numberProblemText(en, { kind: 'range', min: 0, max: 100, text: '120' })).toBe(
      'Enter a number from 0 to 100; “120” was not saved.',
    );
    expect(numberProblemText(en, { kind: 'atLeast', min: 5, text: '2' })).toBe('Enter a number of at least 5; “2” was not saved.');
    expect(numberProblemText(nl, { kind: 'atMost', max: 9, text: '12' })).toBe('Vul een getal van hoogstens 9 in; “12” is niet bewaard.');
    expect(parseNumberInput('5', 'en', { min: 10 })).toEqual({ ok: false, problem: { kind: 'atLeast', min: 10, text: '5' } });
    expect(parseNumberInput('50', 'en', { max: 10 })).toEqual({ ok: false, problem: { kind: 'atMost', max: 10, text: '50' } });
  });
});

describe('formatting', () => {
  it('shows a number the way it reads back', () => {
    expect(formatNumberInput(null, 'en')).toBe('');
    expect(formatNumberInput(1250.5, 'en')).toBe('1250.5');
    expect(formatNumberInput(1250.5, 'nl')).toBe('1250,5');
    expect(parseDecimal(formatNumberInput(0.125, 'nl'), 'nl')).toBe(0.125);
  });

  it('groups numbers in summaries', () => {
    expect(formatNumberDisplay(10000, 'en')).toBe('10,000');
    expect(formatNumberDisplay(12.5, 'nl')).toBe('12,5');
  });
});
