import ExcelJS from 'exceljs';
import type { ExportValue } from '@shared/matrix-io/export-rows';
import { columnWidths, LINE_POINTS, lineCount, wraps, type Paper } from '@shared/matrix-io/print-layout';
import { quoteSheetNamesInDefinedNames, setUpPrinting } from './xlsx-print';

export interface XlsxSheetSpec {
  name: string;
  rows: readonly (readonly ExportValue[])[];
  /** Cell notes, shown as spreadsheet comments (row and column index into `rows`). */
  notes?: readonly { row: number; column: number; note: string }[];
  /** A phase-by-channel grid (frozen names, role colours) rather than a plain table. */
  grid: boolean;
  /** Rows (0-based) that head a table, bold and wrapped short; row 0 always is one. */
  headerRows?: readonly number[];
  /** Columns (0-based) whose numbers are amounts of money: they get XlsxOptions.moneyFormat (header rows excepted). */
  moneyColumns?: readonly number[];
}

export interface XlsxOptions {
  /** The paper the sheets are set up to print on (see paperFor). */
  paper: Paper;
  /** The number format of money cells (see excelMoneyFormat); without it they stay plain numbers. */
  moneyFormat?: string;
}

/**
 * An Excel number format for amounts in this currency: its sign as the
 * language writes it, and as many decimals as the currency has (none for
 * the yen). The cell keeps the number, so sums and charts still work; Excel
 * shows the grouping and decimal marks of the reader's own settings.
 */
export function excelMoneyFormat(locale: string, currency: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const sign = format.formatToParts(0).find((part) => part.type === 'currency')?.value ?? currency;
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  const number = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  // [$...] shows its text literally; a '-' inside would start a locale id, so it is dropped.
  const literal = `[$${sign.replace(/[-\]]/g, '')}]`;
  return `${literal} ${number};-${literal} ${number}`;
}

/** Light to strong, so the roles read at a glance; none keeps the sheet white. */
const ROLE_FILL: Record<number, string | null> = { 0: null, 1: 'FFDCEBF7', 2: 'FF9DC3E6', 3: 'FF2E75B6' };

/**
 * A workbook of the given sheets, each set up to print (see setUpPrinting).
 * Text must already be formula-escaped (see escapeFormula).
 */
export async function writeXlsx(sheets: readonly XlsxSheetSpec[], options: XlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Channelwise';
  // A fixed date keeps two exports of the same data byte-comparable in tests and diffs.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const spec of sheets) {
    // The header row and the first column (phase, item or name) stay in view, as they repeat on paper.
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
    for (const row of spec.rows) sheet.addRow(row.map((v) => (v === null ? null : v)));
    const headers = new Set([0, ...(spec.headerRows ?? [])]);
    for (const r of headers) if (r < spec.rows.length) sheet.getRow(r + 1).font = { bold: true };
    const widths = columnWidths(spec.rows, spec.grid, headers);
    widths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
    wrapLongText(sheet, spec, widths, headers);
    setUpPrinting(sheet, spec.rows.length, widths, options.paper);
    if (spec.grid) {
      sheet.getColumn(1).font = { bold: true };
      spec.rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (r === 0 || c === 0 || typeof value !== 'number') return;
          const cell = sheet.getCell(r + 1, c + 1);
          cell.alignment = { horizontal: 'center' };
          const fill = ROLE_FILL[value];
          if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
          if (value === 3) cell.font = { color: { argb: 'FFFFFFFF' }, bold: true };
        }),
      );
    }
    if (options.moneyFormat && spec.moneyColumns) {
      for (const [r, row] of spec.rows.entries()) {
        if (headers.has(r)) continue;
        for (const c of spec.moneyColumns) if (typeof row[c] === 'number') sheet.getCell(r + 1, c + 1).numFmt = options.moneyFormat;
      }
    }
    for (const { row, column, note } of spec.notes ?? []) sheet.getCell(row + 1, column + 1).note = note;
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return Buffer.from(quoteSheetNamesInDefinedNames(bytes, sheets.map((s) => s.name)));
}

/**
 * Long text wraps inside its column instead of running under the next one
 * (cut off there, on screen and on paper). In tables every row reads from the
 * top, so a wrapped description lines up with the name beside it.
 */
function wrapLongText(sheet: ExcelJS.Worksheet, spec: XlsxSheetSpec, widths: readonly number[], headers: ReadonlySet<number>): void {
  spec.rows.forEach((row, r) => {
    const header = headers.has(r);
    const vertical = header ? 'bottom' : 'top';
    if (!spec.grid && !header) sheet.getRow(r + 1).alignment = { vertical };
    let lines = 1;
    row.forEach((value, c) => {
      if (!wraps(value, widths[c]!)) return;
      sheet.getCell(r + 1, c + 1).alignment = { vertical, wrapText: true };
      lines = Math.max(lines, lineCount(String(value), widths[c]!));
    });
    if (lines > 1) sheet.getRow(r + 1).height = lines * LINE_POINTS;
  });
}
