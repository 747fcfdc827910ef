import ExcelJS from 'exceljs';
import { AppError } from '@shared/errors';
import { MAX_IMPORT_CELLS, MAX_IMPORT_NAMES, type SheetGrid } from '@shared/matrix-io/types';
import { repackStored, unzipBounded } from './zip-guard';

export interface XlsxSheet {
  grid: SheetGrid;
  /** Visible worksheets, in workbook order. */
  sheets: string[];
  sheet: string;
}

/** Beyond this many rows or columns a sheet is not a matrix; refuse before building a grid for it. */
const MAX_EXTENT = MAX_IMPORT_NAMES * 10;

/**
 * Read one worksheet of an XLSX file into a grid of texts. The zip is checked
 * and unpacked under limits first (see zip-guard), so exceljs only ever sees
 * measured, uncompressed data.
 */
export async function readXlsx(bytes: Buffer, fileName: string, wanted?: string | null): Promise<XlsxSheet> {
  const files = unzipBounded(bytes, fileName);
  if (!files.has('xl/workbook.xml')) {
    // A zip, but not a workbook: .docx, .ods, a plain archive.
    throw new AppError('IMPORT_UNSUPPORTED_TYPE', `${fileName} is a zip without a workbook`, { name: fileName });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(repackStored(files));
    return pickSheet(workbook, fileName, wanted);
  } catch (err) {
    if (err instanceof AppError) throw err;
    // exceljs stumbles over missing or inconsistent parts with raw JavaScript errors: the user gets words instead.
    throw new AppError('IMPORT_DAMAGED_WORKBOOK', `${fileName}: ${(err as Error).message.split('\n')[0]!.slice(0, 200)}`, { name: fileName });
  }
}

function pickSheet(workbook: ExcelJS.Workbook, fileName: string, wanted: string | null | undefined): XlsxSheet {
  const visible = workbook.worksheets.filter((ws) => ws.state === 'visible');
  const candidates = visible.length > 0 ? visible : workbook.worksheets;
  const sheets = candidates.map((ws) => ws.name);
  let worksheet: ExcelJS.Worksheet | undefined;
  if (wanted) {
    worksheet =
      workbook.worksheets.find((ws) => ws.name === wanted) ??
      workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted.toLowerCase());
    if (!worksheet) throw new AppError('IMPORT_NO_SHEET', `${fileName} has no sheet ${wanted}`, { name: fileName, sheet: wanted });
  } else {
    worksheet = candidates.find((ws) => ws.actualRowCount > 0) ?? candidates[0];
  }
  if (!worksheet) throw new AppError('IMPORT_NO_MATRIX', `${fileName} has no worksheet`, { name: fileName });
  return { grid: gridOf(worksheet), sheets, sheet: worksheet.name };
}

function gridOf(worksheet: ExcelJS.Worksheet): SheetGrid {
  const found: { row: number; column: number; text: string }[] = [];
  const formulas: string[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.type === ExcelJS.ValueType.Formula) {
        formulas.push(cell.address);
        return;
      }
      const text = cellText(cell.value);
      if (text !== '') found.push({ row: rowNumber - 1, column: columnNumber - 1, text });
    });
  });
  const height = found.reduce((n, c) => Math.max(n, c.row + 1), 0);
  const width = found.reduce((n, c) => Math.max(n, c.column + 1), 0);
  if (height > MAX_EXTENT || width > MAX_EXTENT || found.length > MAX_IMPORT_CELLS * 2) {
    throw new AppError('IMPORT_GRID_TOO_BIG', 'Sheet too big for a matrix', {
      phases: height,
      channels: width,
      cells: found.length,
      maxNames: MAX_IMPORT_NAMES,
      maxCells: MAX_IMPORT_CELLS,
    });
  }
  const rows: string[][] = Array.from({ length: height }, () => []);
  for (const { row, column, text } of found) rows[row]![column] = text;
  for (const row of rows) for (let c = 0; c < row.length; c++) row[c] ??= '';
  return { rows, formulas };
}

/** The text a user typed, whatever type exceljs gives the value. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
