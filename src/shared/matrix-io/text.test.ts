import { describe, expect, it } from 'vitest';
import { cellRef, cleanCell, columnName, escapeFormula, listCells, nameKey, unescapeFormula, withinDistance } from './text';

describe('matrix-io text helpers', () => {
  it('names columns and cells as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(cellRef(3, 2)).toBe('C4');
  });

  it('escapes every text that a spreadsheet would run, and reads it back unchanged', () => {
    for (const text of ['=1+1', '+31 20', '-x', '@SUM(A1)', '\tfoo', '\rbar', '=HYPERLINK("http://x")']) {
      expect(escapeFormula(text)).toBe(`'${text}`);
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
    for (const text of ['Store', "'quoted", '3', 'a=b', '']) expect(escapeFormula(text)).toBe(text);
    expect(unescapeFormula("'plain")).toBe("'plain");
  });

  it('cleans cell text: odd spaces, runs of spaces, our own escape', () => {
    expect(cleanCell('  Call\u00a0 centre \n')).toBe('Call centre');
    expect(cleanCell("'=Promo")).toBe('=Promo');
    expect(cleanCell('\ufeffAantrekken')).toBe('Aantrekken');
  });

  it('compares names without case, accents or spacing around punctuation', () => {
    expect(nameKey('Support / service')).toBe(nameKey('support/Service'));
    expect(nameKey('Café')).toBe(nameKey('cafe'));
    expect(nameKey('Radio/TV')).toBe(nameKey('radio / tv'));
    expect(nameKey('E-mail')).toBe(nameKey('e - mail'));
    expect(nameKey('Store')).not.toBe(nameKey('Stores'));
  });

  it('finds small edit distances only', () => {
    expect(withinDistance('webiste', 'website', 2)).toBe(true);
    expect(withinDistance('store', 'stores', 1)).toBe(true);
    expect(withinDistance('print', 'email', 2)).toBe(false);
  });

  it('lists cells for a message, with a count beyond ten', () => {
    expect(listCells(['C4: 7'])).toBe('C4: 7');
    expect(listCells(Array.from({ length: 12 }, (_, i) => `A${i + 1}`))).toMatch(/A10, … \(\+2\)$/);
  });
});
