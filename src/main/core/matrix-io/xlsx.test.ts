import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readSheetMatrix } from '@shared/matrix-io/read-table';
import { MAX_IMPORT_BYTES } from '@shared/matrix-io/types';
import { decodeUpload, sniffFile } from './sniff';
import { readXlsx } from './xlsx-read';
import { writeXlsx } from './xlsx-write';
import { unzipBounded } from './zip-guard';

const rejects = (promise: Promise<unknown>, code: string) => expect(promise).rejects.toMatchObject({ code });
const throwsCode = (fn: () => unknown, code: string) => expect(fn).toThrow(expect.objectContaining({ code }));

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A zip holding a workbook marker and one large, highly compressible entry. */
function bomb(size: number): Buffer {
  return Buffer.from(zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>'), 'xl/big.xml': new Uint8Array(size) }, { level: 9 }));
}

describe('XLSX', () => {
  it('round-trips: what writeXlsx writes, readXlsx reads back as the same matrix', async () => {
    const rows = [
      ['As-is - All customers', 'Store', "'@home", 'Website'],
      ['Attract', 3, null, 1],
      ["'=Promo", 0, 2, null],
    ];
    const bytes = await writeXlsx([{ name: 'As-is - All customers', rows, notes: [{ row: 1, column: 1, note: 'Key' }], grid: true }], { paper: 'a4' });
    expect(sniffFile('m.xlsx', bytes).format).toBe('xlsx');
    const sheet = await readXlsx(bytes, 'm.xlsx');
    expect(sheet.sheets).toEqual(['As-is - All customers']);
    const matrix = readSheetMatrix(sheet.grid, 'm.xlsx');
    expect(matrix.phases.map((p) => p.name)).toEqual(['Attract', '=Promo']);
    expect(matrix.channels.map((c) => c.name)).toEqual(['Store', '@home', 'Website']);
    expect(matrix.cells.map((c) => `${c.ref}=${c.role}`)).toEqual(['B2=3', 'D2=1', 'B3=0', 'C3=2']);
  });

  it('imports its own export of a sheet whose name has an apostrophe (print titles quoted)', async () => {
    const rows = [['Klant', 'Store'], ['Attract', 2]];
    const bytes = await writeXlsx([{ name: "Klant's view", rows, grid: true }, { name: 'Other', rows, grid: true }], { paper: 'a4' });
    const sheet = await readXlsx(bytes, 'm.xlsx', "Klant's view");
    expect(sheet.sheets).toEqual(["Klant's view", 'Other']);
    expect(readSheetMatrix(sheet.grid, 'm.xlsx').cells.map((c) => `${c.ref}=${c.role}`)).toEqual(['B2=2']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.pageSetup.printTitlesColumn)).toEqual(['A:A', 'A:A']);
  });

  it('picks a sheet by name, or the first visible sheet with content', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('Hidden', { state: 'hidden' }).addRow(['x']);
      wb.addWorksheet('Empty');
      const b = wb.addWorksheet('To-be');
      b.addRow(['', 'Store']);
      b.addRow(['Attract', 'lead']);
    });
    expect((await readXlsx(bytes, 'm.xlsx')).sheet).toBe('To-be');
    expect((await readXlsx(bytes, 'm.xlsx')).sheets).toEqual(['Empty', 'To-be']);
    expect((await readXlsx(bytes, 'm.xlsx', 'to-be')).sheet).toBe('To-be');
    await rejects(readXlsx(bytes, 'm.xlsx', 'Nope'), 'IMPORT_NO_SHEET');
  });

  it('reports formula cells by reference, whatever their cached result', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('M');
      ws.addRow(['', 'Store', 'Web']);
      ws.addRow(['Attract', 3, { formula: '1+1', result: 2 }]);
    });
    const sheet = await readXlsx(bytes, 'm.xlsx');
    expect(sheet.grid.formulas).toEqual(['C2']);
    throwsCode(() => readSheetMatrix(sheet.grid, 'm.xlsx'), 'IMPORT_FORMULA');
  });

  it('reads numbers, rich text and merged headers as the text a user typed', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('M');
      ws.addRow(['', { richText: [{ text: 'Sto' }, { text: 're' }] }, 'Web', '']);
      ws.addRow(['Attract', 2, 'Important', '']);
      ws.mergeCells('C1:D1');
    });
    const matrix = readSheetMatrix((await readXlsx(bytes, 'm.xlsx')).grid, 'm.xlsx');
    expect(matrix.channels.map((c) => c.name)).toEqual(['Store', 'Web']);
    expect(matrix.cells.map((c) => c.role)).toEqual([2, 2]);
  });

  it('refuses something called .xlsx that is not a zip, a damaged zip, and a zip that is no workbook', async () => {
    throwsCode(() => sniffFile('m.xlsx', Buffer.from('Phase;Store\nAttract;1\n')), 'IMPORT_UNREADABLE');
    throwsCode(() => sniffFile('m.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), 'IMPORT_UNSUPPORTED_TYPE');
    throwsCode(() => sniffFile('m.pdf', Buffer.from('%PDF-1.7\n\u0000\u0001binary')), 'IMPORT_UNSUPPORTED_TYPE');
    const good = await writeXlsx([{ name: 'M', rows: [['', 'Store'], ['Attract', 1]], grid: true }], { paper: 'a4' });
    await rejects(readXlsx(good.subarray(0, Math.floor(good.length / 2)), 'm.xlsx'), 'IMPORT_UNREADABLE');
    const docx = Buffer.from(zipSync({ 'word/document.xml': new TextEncoder().encode('<w/>') }));
    await rejects(readXlsx(docx, 'm.xlsx'), 'IMPORT_UNSUPPORTED_TYPE');
  });

  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    const huge = bomb(45 * 1024 * 1024);
    expect(huge.length).toBeLessThan(200_000);
    await rejects(readXlsx(huge, 'bomb.xlsx'), 'IMPORT_ZIP_BOMB');
    // Under the total, but packed a thousand to one.
    throwsCode(() => unzipBounded(bomb(5 * 1024 * 1024), 'bomb.xlsx'), 'IMPORT_ZIP_BOMB');
    throwsCode(
      () => unzipBounded(bomb(2048), 'small.xlsx', { maxEntries: 1, maxTotalBytes: 1e9, maxRatio: 1e9, ratioFloorBytes: 0 }),
      'IMPORT_ZIP_BOMB',
    );
  });

  it('stops inflating at the size the directory declared, when the directory lies', () => {
    const size = 4 * 1024 * 1024;
    const zip = bomb(size);
    // Rewrite the declared size of xl/big.xml (central directory and local header) to 1000 bytes.
    const central = zip.lastIndexOf(Buffer.from('xl/big.xml')) - 46;
    zip.writeUInt32LE(1000, central + 24);
    const local = zip.indexOf(Buffer.from('xl/big.xml')) - 30;
    zip.writeUInt32LE(1000, local + 22);
    throwsCode(() => unzipBounded(zip, 'liar.xlsx'), 'IMPORT_ZIP_BOMB');
    expect(deflateRawSync(Buffer.alloc(size)).length).toBeLessThan(size / 100);
  });

  it('refuses files over the size limit, before decoding the upload', () => {
    throwsCode(() => sniffFile('big.csv', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41)), 'IMPORT_TOO_LARGE');
    const fifty = 'A'.repeat(Math.ceil((50 * 1024 * 1024 * 4) / 3));
    try {
      decodeUpload('big.xlsx', fifty);
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({ code: 'IMPORT_TOO_LARGE', params: { name: 'big.xlsx', max: 3 } });
      expect((err as { params: { size: number } }).params.size).toBeCloseTo(50, 0);
    }
  });
});

describe('damaged workbooks', () => {
  const damaged = async (change: (files: Record<string, Uint8Array>) => void): Promise<Buffer> => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('M').addRow(['x', 'Store']);
    const files = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    change(files);
    return Buffer.from(zipSync(files));
  };
  const text = (s: string) => new TextEncoder().encode(s);

  // Each of these made exceljs throw a raw JavaScript error that reached the user.
  it.each([
    ['a cell pointing at a shared string that is not there', (f: Record<string, Uint8Array>) => {
      f['xl/worksheets/sheet1.xml'] = text('<worksheet><sheetData><row><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>');
    }],
    ['a workbook part that is not XML', (f: Record<string, Uint8Array>) => {
      f['xl/workbook.xml'] = text('<<<not xml');
    }],
    ['a worksheet part that is not XML', (f: Record<string, Uint8Array>) => {
      f['xl/worksheets/sheet1.xml'] = text('<worksheet><sheetData><row><c r="A1"');
    }],
  ])('%s: a clear message, no JavaScript error', async (_name, change) => {
    const err = await readXlsx(await damaged(change), 'm.xlsx').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: expect.stringMatching(/^IMPORT_(DAMAGED_WORKBOOK|NO_MATRIX|UNREADABLE)$/) });
    expect((err as { code: string }).code).not.toBe('INTERNAL');
  });
});
