/**
 * How a spreadsheet of ours prints: paper, orientation and the printed range.
 * Pure decisions from the sheet's shape; xlsx-write puts them in the file.
 */

export type Paper = 'a4' | 'letter';
export type Orientation = 'portrait' | 'landscape';

/** OOXML ST_PaperSize codes (what `paperSize` in a sheet's pageSetup holds). */
export const PAPER_SIZE_CODE: Record<Paper, number> = { letter: 1, a4: 9 };

/** Page size in inches, portrait. */
const PAPER_INCHES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 8.27, height: 11.69 },
  letter: { width: 8.5, height: 11 },
};

/**
 * Margins in inches (the unit of the file format): half an inch at the sides,
 * room above and below for the header (sheet name) and footer (page number).
 */
export const PRINT_MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } as const;

/** Regions whose offices print on Letter: the United States and Canada. */
const LETTER_REGIONS = new Set(['US', 'CA']);

/**
 * The paper for a workspace's language tag. A4 unless the tag names a Letter
 * region: a workspace records its content language without a region ('nl' or
 * 'en'), 'en' included because Dutch and other European teams write in English
 * for their international colleagues, and everyone outside North America
 * prints on A4. Guessing Letter from a bare 'en' would be wrong for most users;
 * a Letter printer given an A4 sheet that fits to width still prints it whole.
 */
export function paperFor(language: string): Paper {
  const region = language.split(/[-_]/)[1]?.toUpperCase();
  return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

/** Spreadsheet column letters: 1 is A, 27 is AA. */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The range a sheet of `rows` by `columns` uses, from A1 (at least one cell). */
export function usedRange(rows: number, columns: number): string {
  return `A1:${columnLetters(Math.max(1, columns))}${Math.max(1, rows)}`;
}

/** Excel's default row height and the pixels per character of column width at 96 dpi (Calibri 11). */
const ROW_PX = 20;
const CHAR_PX = 7;
const CELL_PADDING_PX = 5;

/**
 * Landscape when the printed cells are wider than they are tall (every matrix:
 * a handful of phases against a dozen channels), or wider than a portrait
 * page's printable width: fitted to the page width, such a sheet would shrink
 * in portrait, and landscape prints it larger.
 */
export function orientationFor(columnWidths: readonly number[], rows: number, paper: Paper): Orientation {
  const width = columnWidths.reduce((sum, chars) => sum + chars * CHAR_PX + CELL_PADDING_PX, 0);
  const height = rows * ROW_PX;
  const printable = (PAPER_INCHES[paper].width - PRINT_MARGINS.left - PRINT_MARGINS.right) * 96;
  return width > height || width > printable ? 'landscape' : 'portrait';
}

/** Header text wraps beyond this many characters, so a long heading does not widen a column of numbers. */
export const HEADER_WRAP_AT = 14;
/** Other text wraps beyond this many: descriptions take more lines instead of a page's width. */
export const TEXT_WRAP_AT = 30;
const MAX_WIDTH = 40;

type CellValue = string | number | boolean | null;

/** Characters a value asks of its column: text up to where it wraps, numbers in full. */
function demand(value: CellValue, headerRow: boolean): number {
  if (value === null) return 0;
  const text = String(value);
  return typeof value === 'string' ? Math.min(text.length, headerRow ? HEADER_WRAP_AT : TEXT_WRAP_AT) : text.length;
}

/**
 * Column widths in characters: wide enough for each column's values up to
 * where text wraps, never wider than 40; grid role columns can be narrow.
 * `headerRows` are the rows (0-based) that head a table: row 0, and in a sheet
 * of several tables the first row of each.
 */
export function columnWidths(rows: readonly (readonly CellValue[])[], grid: boolean, headerRows: ReadonlySet<number> = new Set([0])): number[] {
  const count = rows.reduce((n, row) => Math.max(n, row.length), 0);
  return Array.from({ length: count }, (_, c) => {
    const longest = rows.reduce((n, row, r) => Math.max(n, demand(row[c] ?? null, headerRows.has(r))), 0);
    return Math.min(MAX_WIDTH, Math.max(grid && c > 0 ? 6 : 10, longest + 2));
  });
}

/** Whether a value needs more than one line in a column of `width` characters. */
export function wraps(value: CellValue, width: number): boolean {
  return typeof value === 'string' && value.length > width - 2;
}

/** Points per line of 11 pt text: Excel's default row height. */
export const LINE_POINTS = 15;

/**
 * Lines a text takes in a column of `width` characters, wrapped at spaces as a
 * spreadsheet does (a word longer than the line is broken). Row heights are
 * set from this because not every reader fits rows to wrapped text by itself
 * (LibreOffice keeps the default height and the lines overlap the next row).
 */
export function lineCount(text: string, width: number): number {
  const room = Math.max(1, width - 2);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= room) {
        used = need;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.floor(Math.max(0, word.length - 1) / room);
      used = word.length % room || (word.length === 0 ? 0 : room);
    }
  }
  return lines;
}
