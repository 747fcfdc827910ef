import { describe, expect, it } from 'vitest';
import { CELL_PAD_X, columnWidths, planGrid, type GridInput } from './pptx-grid';
import { longestWord } from './pptx-text';

const CHANNELS = [
  'Account manager', 'Store', 'Call centre', 'Website', 'Direct mail', 'Radio/TV', 'Print',
  'E-mail', 'Social media', 'Live chat', 'Mobile app', 'Marketplace', 'Messaging (WhatsApp)',
];
const PHASES = ['Attract', 'Inform', 'Advise', 'Transact', 'Support', 'Relationship'];
const ROLES = ['', 'supporting', 'important', 'lead'];
const matrix = (channels: readonly string[], phases: readonly string[] = PHASES): GridInput => ({
  rowHeads: phases,
  colHeads: channels,
  cell: (r, c) => ({ text: ROLES[(r + c) % 4]!, bold: (r + c) % 4 === 3 }),
});
const BOX = { w: 9.2, h: 3.85 };

describe('the grid layout', () => {
  it('continues 13 channels on a second slide, evenly, rather than shrinking them', () => {
    const plan = planGrid(matrix(CHANNELS), BOX);
    expect(plan.fontSize).toBeGreaterThanOrEqual(10);
    expect(plan.pages.map((p) => p.cols)).toEqual([
      { from: 0, to: 7 },
      { from: 7, to: 13 },
    ]);
    for (const page of plan.pages) {
      expect(page.rows).toEqual({ from: 0, to: 6 });
      expect(page.colW.reduce((a, b) => a + b)).toBeLessThanOrEqual(BOX.w + 1e-9);
      expect(page.rowH.reduce((a, b) => a + b)).toBeLessThanOrEqual(BOX.h + 1e-9);
    }
  });

  it('never makes a column narrower than its widest word', () => {
    const plan = planGrid(matrix(CHANNELS), BOX);
    for (const page of plan.pages) {
      page.colW.slice(1).forEach((w, i) => {
        const c = page.cols.from + i;
        const words = [longestWord(CHANNELS[c]!, plan.fontSize, true), longestWord('supporting', plan.fontSize), longestWord('important', plan.fontSize)];
        expect(w - 2 * CELL_PAD_X).toBeGreaterThanOrEqual(Math.max(...words) - 1e-9);
      });
    }
  });

  it('keeps a small matrix on one slide at the largest size', () => {
    const plan = planGrid(matrix(CHANNELS.slice(0, 4)), BOX);
    expect(plan.pages).toHaveLength(1);
    expect(plan.fontSize).toBe(14);
  });

  it('continues rows on further slides when the phases do not fit in height', () => {
    const phases = Array.from({ length: 30 }, (_, i) => `Phase ${i + 1}`);
    const plan = planGrid(matrix(CHANNELS.slice(0, 3), phases), BOX);
    expect(plan.pages.length).toBeGreaterThan(1);
    expect(plan.pages.map((p) => p.rows.to - p.rows.from).reduce((a, b) => a + b)).toBe(30);
    for (const page of plan.pages) expect(page.rowH.reduce((a, b) => a + b)).toBeLessThanOrEqual(BOX.h + 1e-9);
  });

  it('sizes a plain table: no column under its widest word, the whole width used', () => {
    const head = ['Klanttype', 'Klantwaarde (KW)', 'Klantlevensduurwaarde (CLV)', 'Net Promoter Score'];
    const rows = [['Trouwe gezinskoper', '€ 900', '€ 446', 'niet te berekenen']];
    const widths = columnWidths(head, rows, 12, 6);
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(6, 6);
    head.forEach((h, c) => expect(widths[c]! - 2 * CELL_PAD_X).toBeGreaterThanOrEqual(longestWord(h, 12, true) - 1e-9));
    // Too narrow a total: every column keeps its widest word; the table is then wider than asked.
    const tight = columnWidths(head, rows, 12, 1);
    head.forEach((h, c) => expect(tight[c]! - 2 * CELL_PAD_X).toBeGreaterThanOrEqual(longestWord(h, 12, true) - 1e-9));
  });
});
