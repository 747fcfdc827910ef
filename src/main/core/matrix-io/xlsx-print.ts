import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { orientationFor, PAPER_SIZE_CODE, PRINT_MARGINS, usedRange, type Paper } from '@shared/matrix-io/print-layout';

/**
 * Page setup for one sheet, so it prints as a document rather than as a
 * screen: one page wide (as many pages tall as it takes), landscape when
 * wide, the header row and the first column on every page, the used range
 * as the print area, the sheet name above and the page number below.
 */
export function setUpPrinting(sheet: ExcelJS.Worksheet, rows: number, columnWidths: readonly number[], paper: Paper): void {
  const [from, to] = usedRange(rows, columnWidths.length).split(':') as [string, string];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: PAPER_SIZE_CODE[paper] as ExcelJS.PaperSize,
    orientation: orientationFor(columnWidths, rows, paper),
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages tall as the rows need, at the scale that fits the width.
    fitToHeight: 0,
    margins: { ...PRINT_MARGINS },
    // exceljs puts a $ before each end it is given; a $ before the row makes the
    // reference fully absolute ($A$1:$M$7), as Excel itself writes a print area.
    printArea: `${absoluteRow(from)}:${absoluteRow(to)}`,
    printTitlesRow: '1:1',
    printTitlesColumn: 'A:A',
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddHeader: '&C&A', oddFooter: '&C&P / &N' };
}

const absoluteRow = (cell: string) => cell.replace(/(\d+)$/, '$$$1');

/**
 * exceljs writes the print area and titles as `'Sheet name'!$A$1:…` without
 * doubling an apostrophe inside the name, so Excel repairs such a workbook and
 * exceljs itself cannot read it back. Sheet names come from scenario and lens
 * names, where "Klant's view" is ordinary; quote them as the format says.
 */
export function quoteSheetNamesInDefinedNames(bytes: Uint8Array, sheetNames: readonly string[]): Uint8Array {
  const quoted = sheetNames.filter((name) => name.includes("'"));
  if (quoted.length === 0) return bytes;
  const files = unzipSync(bytes);
  const book = files['xl/workbook.xml'];
  if (!book) return bytes;
  let xml = strFromU8(book);
  for (const name of quoted) {
    const written = `&apos;${encoded(name)}&apos;!`;
    const correct = `&apos;${encoded(name.replaceAll("'", "''"))}&apos;!`;
    xml = xml.replaceAll(`>${written}`, `>${correct}`).replaceAll(`,${written}`, `,${correct}`);
  }
  files['xl/workbook.xml'] = strToU8(xml);
  return zipSync(files, { level: 6 });
}

/** Text as exceljs encodes it in element content (quotes and apostrophes included). */
function encoded(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
