import { describe, expect, it } from 'vitest';
import { columnLetters, columnWidths, lineCount, orientationFor, paperFor, usedRange, wraps } from './print-layout';

describe('print layout', () => {
  it('prints on A4 unless the language tag names a Letter region', () => {
    expect(paperFor('nl')).toBe('a4');
    expect(paperFor('en')).toBe('a4');
    expect(paperFor('en-GB')).toBe('a4');
    expect(paperFor('nl-BE')).toBe('a4');
    expect(paperFor('en-US')).toBe('letter');
    expect(paperFor('en_ca')).toBe('letter');
  });

  it('names columns and the used range as a spreadsheet does', () => {
    expect([1, 14, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'N', 'Z', 'AA', 'AZ', 'AAA']);
    expect(usedRange(7, 14)).toBe('A1:N7');
    expect(usedRange(0, 0)).toBe('A1:A1');
  });

  it('turns a matrix (6 phases x 13 channels) and any sheet wider than a portrait page to landscape', () => {
    const matrix = [16, ...Array.from({ length: 13 }, () => 12)];
    expect(orientationFor(matrix, 7, 'a4')).toBe('landscape');
    // A long list of two columns stays portrait; a long list wider than the page does not.
    expect(orientationFor([20, 32], 60, 'a4')).toBe('portrait');
    expect(orientationFor([20, 32, 32, 12, 12, 12], 60, 'a4')).toBe('landscape');
  });

  it('sizes columns to their values up to where text wraps, headers wrapping sooner', () => {
    const rows = [
      ['Name', 'Openness (0 = Conservative, 100 = Open)', 'Description'],
      ['Loyal buyer', 25, 'A customer who buys again and again, year after year, without looking elsewhere.'],
    ];
    const widths = columnWidths(rows, false);
    expect(widths).toEqual([13, 16, 32]);
    expect(wraps(rows[0]![1]!, widths[1]!)).toBe(true);
    expect(wraps(rows[1]![0]!, widths[0]!)).toBe(false);
    expect(wraps(25, 3)).toBe(false);
    // A row of a second table marked as a header wraps as short as row 0.
    expect(columnWidths([['a'], ['A rather long table heading here']], false, new Set([0, 1]))).toEqual([16]);
  });

  it('counts the lines wrapped text takes, never fewer than it needs', () => {
    expect(lineCount('short', 12)).toBe(1);
    expect(lineCount('the prospect becomes aware', 12)).toBe(4);
    expect(lineCount('the prospect becomes aware', 20)).toBe(2);
    expect(lineCount('one\ntwo', 40)).toBe(2);
    expect(lineCount('x'.repeat(25), 12)).toBe(3);
  });
});
