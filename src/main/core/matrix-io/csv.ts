import Papa from 'papaparse';
import { AppError } from '@shared/errors';
import { CSV_DELIMITERS, type CsvDelimiter, type SheetGrid } from '@shared/matrix-io/types';
import type { ExportValue } from '@shared/matrix-io/export-rows';
import { cellRef } from '@shared/matrix-io/text';

// papaparse is used here, in the Node core, rather than in src/shared: its type
// package pulls Node's types into every program that sees it, the renderer's too.

export interface CsvSheet {
  grid: SheetGrid;
  delimiter: CsvDelimiter;
}

const isDelimiter = (value: string): value is CsvDelimiter => (CSV_DELIMITERS as readonly string[]).includes(value);

/**
 * Parse delimited text as spreadsheets write it: comma, semicolon (Dutch
 * Excel) or tab, detected from the text (or from Excel's "sep=;" first line),
 * quoted fields with embedded delimiters, quotes and line breaks. A cell
 * starting with "=" is reported as a formula: CSV has no other way to say so.
 */
export function readCsv(text: string, fileName: string): CsvSheet {
  let body = text;
  let forced: CsvDelimiter | null = null;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep && isDelimiter(sep[1]!)) {
    forced = sep[1];
    body = body.slice(sep[0].length);
  }
  const result = Papa.parse<string[]>(body, {
    delimiter: forced ?? guessDelimiter(body),
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
  });
  const broken = result.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    const detail = `row ${(broken.row ?? 0) + 1}: ${broken.message}`;
    throw new AppError('IMPORT_UNREADABLE', `${fileName}: ${detail}`, { name: fileName, detail });
  }
  const delimiter = isDelimiter(result.meta.delimiter) ? result.meta.delimiter : ',';
  const rows = result.data.map((row) => row.map((value) => value ?? ''));
  const formulas: string[] = [];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value.trimStart().startsWith('=')) formulas.push(cellRef(r, c));
    }),
  );
  return { grid: { rows, formulas }, delimiter };
}

/**
 * The delimiter that splits the first rows most consistently into two or more
 * fields. (papaparse's own guess gives up on two-column files and on a
 * trailing blank line, both common in hand-made sheets.)
 */
export function guessDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; share: number; fields: number } = { delimiter: ',', share: 0, fields: 0 };
  for (const delimiter of CSV_DELIMITERS) {
    const rows = Papa.parse<string[]>(text, { delimiter, preview: 50, skipEmptyLines: 'greedy' }).data;
    const tally = new Map<number, number>();
    for (const row of rows) tally.set(row.length, (tally.get(row.length) ?? 0) + 1);
    const [fields, count] = [...tally].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    const share = rows.length > 0 ? count / rows.length : 0;
    if (fields >= 2 && (share > best.share || (share === best.share && fields > best.fields))) best = { delimiter, share, fields };
  }
  return best.delimiter;
}

/**
 * CSV that Excel opens correctly on both sides of the language border: UTF-8
 * with a BOM (else accents break), CRLF line ends, fields quoted only when
 * they must be. Text must already be formula-escaped (see escapeFormula).
 */
export function writeCsv(rows: readonly (readonly ExportValue[])[], delimiter: CsvDelimiter): string {
  const text = Papa.unparse(
    rows.map((row) => row.map((value) => (value === null ? '' : String(value)))),
    { delimiter, newline: '\r\n', quotes: false },
  );
  return `\ufeff${text}\r\n`;
}
