/**
 * The layout of a grid table on slides (the matrix, the heatmap): which
 * columns and rows go on which slide, how wide each column is and how tall
 * each row, at which font size. Pure, from text measure estimates.
 *
 * A column is never narrower than its widest word, so no word breaks in the
 * middle; when the columns do not fit a slide at the smallest size allowed,
 * they continue on further slides (the row heads repeated) instead of shrinking.
 */
import { linesHeight, longestWord, textWidth, wrap } from './pptx-text';

/** Cell padding, inches: left and right each, top and bottom each. */
export const CELL_PAD_X = 0.06;
export const CELL_PAD_Y = 0.04;
/** A row head wider than this wraps its words. */
const ROW_HEAD_MAX = 2;
/** Columns wider than this look empty; the table then stays narrower than the slide. */
const COL_MAX = 1.6;
/** Sizes tried, largest first; 10 pt is the smallest a room can read. */
export const GRID_SIZES = [14, 13, 12, 11, 10] as const;

export interface GridCell {
  text: string;
  bold?: boolean;
}

export interface GridInput {
  rowHeads: readonly string[];
  colHeads: readonly string[];
  cell: (row: number, col: number) => GridCell;
}

export interface Range {
  /** First index, inclusive. */
  from: number;
  /** Last index, exclusive. */
  to: number;
}

export interface GridPage {
  cols: Range;
  rows: Range;
  /** Inches: the row-head column, then one per column on the page. */
  colW: number[];
  /** Inches: the header row, then one per row on the page. */
  rowH: number[];
}

export interface GridPlan {
  fontSize: number;
  pages: GridPage[];
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const padX = 2 * CELL_PAD_X;
const padY = 2 * CELL_PAD_Y;

const lines = (text: string, width: number, pt: number, bold: boolean): number => (text === '' ? 1 : wrap(text, width - padX, pt, bold).length);

/** Consecutive chunks of columns whose widths fit `avail`, as even in count as the widths allow. */
function chunkColumns(minW: readonly number[], avail: number): Range[] {
  const greedy: Range[] = [];
  let from = 0;
  while (from < minW.length) {
    let to = from + 1;
    while (to < minW.length && sum(minW.slice(from, to + 1)) <= avail) to++;
    greedy.push({ from, to });
    from = to;
  }
  // Greedy fills the first slides and leaves a stub; the same number of slides, evenly filled, reads better.
  const size = Math.ceil(minW.length / Math.max(1, greedy.length));
  const even: Range[] = [];
  for (let f = 0; f < minW.length; f += size) even.push({ from: f, to: Math.min(minW.length, f + size) });
  return even.every((r) => r.to - r.from === 1 || sum(minW.slice(r.from, r.to)) <= avail) ? even : greedy;
}

/** Column widths inside one chunk: even when the widest word allows, else each its minimum plus an even share. */
function widths(minW: readonly number[], avail: number): number[] {
  const uniform = Math.min(COL_MAX, avail / minW.length);
  if (uniform >= Math.max(...minW)) return minW.map(() => uniform);
  const extra = Math.max(0, avail - sum(minW)) / minW.length;
  return minW.map((w) => Math.min(w + extra, avail));
}

function planAt(input: GridInput, box: { w: number; h: number }, pt: number): GridPage[] {
  const { rowHeads, colHeads, cell } = input;
  const rowHeadMin = Math.max(0, ...rowHeads.map((h) => longestWord(h, pt, true))) + padX;
  const rowHeadFull = Math.max(0, ...rowHeads.map((h) => textWidth(h, pt, true))) + padX;
  const rowHeadW = Math.max(rowHeadMin, Math.min(rowHeadFull, ROW_HEAD_MAX));
  const avail = box.w - rowHeadW;
  const minW = colHeads.map((head, c) => {
    let widest = longestWord(head, pt, true);
    rowHeads.forEach((_, r) => {
      const { text, bold = false } = cell(r, c);
      widest = Math.max(widest, longestWord(text, pt, bold));
    });
    // A single word wider than the slide has to break; give it the whole width.
    return Math.min(widest + padX, avail);
  });
  const pages: GridPage[] = [];
  for (const cols of chunkColumns(minW, avail)) {
    const colW = widths(minW.slice(cols.from, cols.to), avail);
    const headerH = linesHeight(Math.max(1, ...colW.map((w, i) => lines(colHeads[cols.from + i]!, w, pt, true))), pt) + padY;
    const bodyH = rowHeads.map((head, r) => {
      let most = lines(head, rowHeadW, pt, true);
      colW.forEach((w, i) => {
        const { text, bold = false } = cell(r, cols.from + i);
        most = Math.max(most, lines(text, w, pt, bold));
      });
      return linesHeight(most, pt) + padY;
    });
    let from = 0;
    while (from < rowHeads.length || (from === 0 && rowHeads.length === 0)) {
      let to = from;
      let used = headerH;
      while (to < rowHeads.length && (to === from || used + bodyH[to]! <= box.h + 1e-9)) used += bodyH[to++]!;
      pages.push({ cols, rows: { from, to }, colW: [rowHeadW, ...colW], rowH: [headerH, ...bodyH.slice(from, to)] });
      if (to === from) break;
      from = to;
    }
  }
  return pages;
}

/** The fewest slides at any allowed size; among those, the largest size. */
export function planGrid(input: GridInput, box: { w: number; h: number }, sizes: readonly number[] = GRID_SIZES): GridPlan {
  let best: GridPlan | null = null;
  for (const fontSize of sizes) {
    const pages = planAt(input, box, fontSize);
    if (!best || pages.length < best.pages.length) best = { fontSize, pages };
  }
  return best ?? { fontSize: sizes[0] ?? 10, pages: [] };
}

/** The narrowest each column of a plain table can be: its widest word (the header bold) plus padding. */
export function minColumnWidths(head: readonly string[], rows: readonly (readonly string[])[], pt: number): number[] {
  return head.map((h, c) => Math.max(longestWord(h, pt, true), ...rows.map((r) => longestWord(r[c] ?? '', pt))) + padX);
}

/** The width each column of a plain table would take with every text on one line. */
export function wantColumnWidths(head: readonly string[], rows: readonly (readonly string[])[], pt: number): number[] {
  const least = minColumnWidths(head, rows, pt);
  return head.map((h, c) => Math.max(least[c]!, textWidth(h, pt, true) + padX, ...rows.map((r) => textWidth(r[c] ?? '', pt) + padX)));
}

/**
 * Widths of a plain table's columns filling `total` inches: each at least its
 * widest word (the header bold), the room left shared in proportion to what
 * each column's longest text would need on one line.
 */
export function columnWidths(head: readonly string[], rows: readonly (readonly string[])[], pt: number, total: number): number[] {
  const minW = minColumnWidths(head, rows, pt);
  const wantW = wantColumnWidths(head, rows, pt);
  const spare = total - sum(minW);
  if (spare <= 0) return minW;
  const wish = wantW.map((w, c) => w - minW[c]!);
  const wished = sum(wish);
  // Not enough room for every wish: each gets its share of the room; else every wish and the rest evenly.
  return wished >= spare ? minW.map((w, c) => w + (wish[c]! / wished) * spare) : wantW.map((w) => w + (spare - wished) / wantW.length);
}
