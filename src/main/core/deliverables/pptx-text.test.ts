import { describe, expect, it } from 'vitest';
import { clampLine, clampLines, clampWords, ELLIPSIS, fitSize, linesHeight, longestWord, pack, paginate, textWidth, wrap } from './pptx-text';

describe('text measure estimates', () => {
  it("measures with Arial's widths, bold wider, accents as their base letter", () => {
    // "Store" in Arial: S 667 + t 278 + o 556 + r 333 + e 556 = 2390 thousandths of an em.
    expect(textWidth('Store', 72)).toBeCloseTo(2.39 * 1.04, 3);
    expect(textWidth('Store', 12, true)).toBeGreaterThan(textWidth('Store', 12));
    expect(textWidth('café', 12)).toBeCloseTo(textWidth('cafe', 12), 6);
    expect(textWidth('日本', 12)).toBeGreaterThan(textWidth('ab', 12));
  });

  it('wraps at spaces, keeps hard breaks and cuts only a word wider than the line', () => {
    const width = textWidth('Sees a social', 12);
    expect(wrap('Sees a social media ad', width, 12)).toEqual(['Sees a social', 'media ad']);
    expect(wrap('one\ntwo', 5, 12)).toEqual(['one', 'two']);
    const cut = wrap('Ondersteunend', textWidth('Onder', 12), 12);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.join('')).toBe('Ondersteunend');
  });

  it('knows the widest word a column must hold', () => {
    expect(longestWord('Messaging (WhatsApp)', 10)).toBeCloseTo(textWidth('(WhatsApp)', 10), 6);
    expect(longestWord('', 10)).toBe(0);
  });

  it('clamps to a number of lines with an ellipsis, and leaves text that fits alone', () => {
    const width = textWidth('Compares prices on a', 11);
    const text = 'Compares prices on a marketplace and with two competitors before deciding';
    const clamped = clampLines(text, width, 11, 2);
    expect(clamped.endsWith(ELLIPSIS)).toBe(true);
    expect(wrap(clamped, width, 11)).toHaveLength(2);
    expect(clampLines('Short', width, 11, 2)).toBe('Short');
    expect(wrap(clampLine('A very long title that will not fit on one line at all', 2, 24), 2, 24)).toHaveLength(1);
  });

  it('cuts a word too wide for its box with an ellipsis instead of breaking it', () => {
    const width = textWidth('Relation', 10, true);
    const cut = clampWords('Relationship building', width, 10, true);
    expect(cut).toMatch(new RegExp(`^Relati\\w*${ELLIPSIS} building$`));
    expect(textWidth(cut.split(' ')[0]!, 10, true)).toBeLessThanOrEqual(width);
    expect(clampWords('Support', width, 10, true)).toBe('Support');
    for (const line of wrap(clampWords('Relationship', width, 10, true), width, 10, true)) expect(textWidth(line, 10, true)).toBeLessThanOrEqual(width);
  });

  it('picks the largest size at which a text fits its lines', () => {
    const width = textWidth('Relationship', 14, true);
    expect(fitSize('Relationship', width, [16, 14, 12], 1, true)).toBe(14);
    expect(fitSize('Relationship building', width / 3, [12, 10], 1, true)).toBeNull();
  });

  it('paginates paragraphs without dropping or overflowing any', () => {
    const paragraphs = Array.from({ length: 9 }, (_, i) => `Finding ${i + 1}: ${'word '.repeat(30)}`);
    const width = 4;
    const height = linesHeight(8, 16);
    const pages = paginate(paragraphs, width, 16, height, 0.1);
    expect(pages.flat().length).toBeGreaterThanOrEqual(paragraphs.length);
    for (const page of pages) {
      const lines = page.reduce((n, p) => n + wrap(p, width, 16).length, 0);
      expect(linesHeight(lines, 16) + (page.length - 1) * 0.1).toBeLessThanOrEqual(height + 1e-9);
    }
    // Every word arrives, in order.
    expect(pages.flat().join(' ').split(/\s+/).filter((w) => w.startsWith('Finding')).length).toBe(9);
  });

  it('splits a paragraph taller than a page between lines, and survives a page smaller than a line', () => {
    const long = 'word '.repeat(400);
    const pages = paginate([long], 3, 12, linesHeight(5, 12));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flat().join(' ').split(/\s+/).filter(Boolean)).toHaveLength(400);
    expect(paginate(['a b c'], 0.1, 12, 0.01).length).toBeGreaterThan(0);
  });

  it('packs items of known heights in order', () => {
    expect(pack([1, 1, 1, 2.5, 0.5], 3, 0.1)).toEqual([[0, 1], [2], [3], [4]]);
    expect(pack([1, 1, 0.5], 3, 0.1)).toEqual([[0, 1, 2]]);
    expect(pack([4], 3)).toEqual([[0]]);
    expect(pack([], 3)).toEqual([]);
  });
});
