import { describe, expect, it } from 'vitest';
import { readSheetMatrix } from '@shared/matrix-io/read-table';
import { readCsv, writeCsv } from './csv';
import { decodeText, sniffFile } from './sniff';

const read = (text: string) => readCsv(text, 'm.csv');
const matrixOf = (bytes: Buffer) => {
  const sniffed = sniffFile('m.csv', bytes);
  if (sniffed.format !== 'csv') throw new Error('not csv');
  return readSheetMatrix(readCsv(sniffed.text, 'm.csv').grid, 'm.csv');
};

describe('CSV reading', () => {
  it('detects semicolon, comma and tab delimiters', () => {
    expect(read('Fase;Winkel;Website\r\nAantrekken;3;2\r\n').delimiter).toBe(';');
    expect(read('Phase,Store,Website\nAttract,3,2\n').delimiter).toBe(',');
    expect(read('Phase\tStore\tWebsite\nAttract\t3\t2\n').delimiter).toBe('\t');
    expect(read('sep=;\nPhase;Store, mall;Web\nAttract;3;2')).toMatchObject({
      delimiter: ';',
      grid: { rows: [['Phase', 'Store, mall', 'Web'], ['Attract', '3', '2']] },
    });
  });

  it('keeps a semicolon file semicolon even when names hold commas', () => {
    const { delimiter, grid } = read('Fase;Radio, tv;Print, flyers\nAantrekken;3;2\nInformeren;1;0\n');
    expect(delimiter).toBe(';');
    expect(grid.rows[0]).toEqual(['Fase', 'Radio, tv', 'Print, flyers']);
  });

  it('reads quoted fields with delimiters, quotes and line breaks inside', () => {
    const { grid } = read('"Phase";"Store; mall";"Say ""hi"""\n"Attract\nphase";3;1\n');
    expect(grid.rows[0]).toEqual(['Phase', 'Store; mall', 'Say "hi"']);
    expect(grid.rows[1]![0]).toBe('Attract\nphase');
  });

  it('reads a Dutch Excel file: BOM, semicolons, Dutch role words, blank lines, stray spaces', () => {
    const text = '\ufeffFase ; Winkel ;Website;\r\n\r\n AANTREKKEN;leidend; Ondersteunend ;\r\n;;;\r\nInformeren;geen;3;\r\n';
    const matrix = matrixOf(Buffer.from(text, 'utf8'));
    expect(matrix.phases.map((p) => p.name)).toEqual(['AANTREKKEN', 'Informeren']);
    expect(matrix.channels.map((c) => c.name)).toEqual(['Winkel', 'Website']);
    expect(matrix.cells.map((c) => `${c.ref}=${c.role}`)).toEqual(['B3=3', 'C3=1', 'B5=0', 'C5=3']);
  });

  it('decodes UTF-8 with and without BOM, UTF-16 and Windows-1252', () => {
    expect(decodeText(Buffer.from('\ufeffCafé', 'utf8'))).toBe('Café');
    expect(decodeText(Buffer.from('Café', 'utf8'))).toBe('Café');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café\tWinkel', 'utf16le')]))).toBe('Café\tWinkel');
    expect(decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
  });

  it('reports text starting with = as a formula, and our own escaped text as text', () => {
    expect(read('Phase;Store\nAttract;=1+2\n').grid.formulas).toEqual(['B2']);
    expect(read("Phase;'=Store\nAttract;2\n").grid.formulas).toEqual([]);
  });

  it('refuses an unbalanced quote', () => {
    expect(() => read('Phase;"Store\nAttract;2')).toThrow(expect.objectContaining({ code: 'IMPORT_UNREADABLE' }));
  });
});

describe('CSV writing', () => {
  it('writes UTF-8 with a BOM and CRLF, quoting only where needed, and reads back the same', () => {
    const rows = [
      ['As-is', 'Store; mall', "'=Promo", 'Say "hi"'],
      ['Attract', 3, null, 1],
    ];
    const text = writeCsv(rows, ';');
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text).toBe('\ufeffAs-is;"Store; mall";\'=Promo;"Say ""hi"""\r\nAttract;3;;1\r\n');
    const back = matrixOf(Buffer.from(text, 'utf8'));
    expect(back.channels.map((c) => c.name)).toEqual(['Store; mall', '=Promo', 'Say "hi"']);
    expect(back.cells.map((c) => c.role)).toEqual([3, 1]);
  });
});
