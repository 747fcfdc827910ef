import ExcelJS from 'exceljs';
import type { ExportValue } from '@shared/matrix-io/export-rows';

export interface XlsxSheetSpec {
  name: string;
  rows: readonly (readonly ExportValue[])[];
  /** Cell notes, shown as spreadsheet comments (row and column index into `rows`). */
  notes?: readonly { row: number; column: number; note: string }[];
  /** A phase-by-channel grid (frozen names, role colours) rather than a plain table. */
  grid: boolean;
}

/** Light to strong, so the roles read at a glance; none keeps the sheet white. */
const ROLE_FILL: Record<number, string | null> = { 0: null, 1: 'FFDCEBF7', 2: 'FF9DC3E6', 3: 'FF2E75B6' };

/** A workbook of the given sheets. Text must already be formula-escaped (see escapeFormula). */
export async function writeXlsx(sheets: readonly XlsxSheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Channelwise';
  // A fixed date keeps two exports of the same data byte-comparable in tests and diffs.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, {
      views: [{ state: 'frozen', xSplit: spec.grid ? 1 : 0, ySplit: 1 }],
    });
    for (const row of spec.rows) sheet.addRow(row.map((v) => (v === null ? null : v)));
    sheet.getRow(1).font = { bold: true };
    const width = spec.rows.reduce((n, row) => Math.max(n, row.length), 0);
    for (let c = 1; c <= width; c++) {
      const longest = spec.rows.reduce((n, row) => Math.max(n, String(row[c - 1] ?? '').length), 0);
      sheet.getColumn(c).width = Math.min(40, Math.max(spec.grid && c > 1 ? 6 : 10, longest + 2));
    }
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
    for (const { row, column, note } of spec.notes ?? []) sheet.getCell(row + 1, column + 1).note = note;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
