import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { useTempDir } from '../testing/temp';
import { runPlan } from './plan';
import { fillWorkspace } from './test-fixture';
import { planWorkbook } from './workbook';

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number): unknown[] => (sheet.getRow(n).values as unknown[]).slice(1);

describe('the workbook', () => {
  const tmp = useTempDir();

  it('holds every matrix view, the lists, journeys, votes and economics, with valid unique sheet names', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const catalog = ws.catalogRepo.catalog();
    const file = await runPlan(planWorkbook(ws));
    expect(file.fileName).toBe('test.xlsx');
    const book = await readBack(file.bytes);
    const names = book.worksheets.map((s) => s.name);
    const views = catalog.scenarios.length * (1 + catalog.customerTypes.length + catalog.typologies.length + catalog.productDomains.length);
    expect(names).toHaveLength(views + 10);
    expect(names[0]).toBe(`${catalog.scenarios[0]!.name} - All customers`);
    expect(names.slice(views)).toEqual(['Phases', 'Channels', 'Customer types', 'Typologies', 'Product domains', 'Journeys', 'Journey steps', 'Votes', 'Economics', 'Cost to serve']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);

    const matrix = book.worksheets[0]!;
    expect(matrix.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(matrix.getCell(2, 2).value).toBe(3);
    expect(matrix.getCell(2, 2).note).toBe('=SUM(A1:A2) is not a formula here');

    const steps = book.getWorksheet('Journey steps')!;
    expect(steps.getRow(1).font?.bold).toBe(true);
    expect(rowValues(steps, 1).slice(0, 5)).toEqual(['Journey', 'No.', 'Phase', 'Channel', 'Title']);
    expect(rowValues(steps, 2).slice(0, 5)).toEqual(['Renewal', 1, catalog.phases[0]!.name, catalog.channels[0]!.name, 'Sees an ad']);
    // Formula-looking user text is escaped, never stored as a formula.
    expect(steps.getCell(3, 5).value).toBe("'+31 calls the shop");
    expect(steps.getCell(3, 12).value).toBe('yes');

    const votes = book.getWorksheet('Votes')!;
    expect(rowValues(votes, 2)).toEqual(['Where do we invest?', 'revealed', 3, `${catalog.phases[0]!.name} × ${catalog.channels[1]!.name}`, 2, 1]);

    const economics = book.getWorksheet('Economics')!;
    const typeRow = economics.getRows(1, economics.rowCount)!.find((r) => r.getCell(1).value === catalog.customerTypes[0]!.name)!;
    // KW = 10 x 2 x 50 - 100
    expect(typeRow.getCell(14).value).toBe(900);
    const texts = economics.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('Customer value = (T × A × P) − K');

    const cost = book.getWorksheet('Cost to serve')!;
    expect(rowValues(cost, 2).slice(0, 2)).toEqual([catalog.scenarios[0]!.name, 'All customers']);
  });

  it('writes amounts as numbers in the workspace currency, counts as plain numbers', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const phases = ws.catalogRepo.catalog().phases.filter((p) => !p.hidden).length;
    const euros = await readBack((await runPlan(planWorkbook(ws))).bytes);
    const kw = euros.getWorksheet('Economics')!.getRows(1, 40)!.find((r) => r.getCell(14).value === 900)!.getCell(14);
    expect(kw.numFmt).toBe('[$€] #,##0.00;-[$€] #,##0.00');
    ws.settings.setCurrency('USD');
    const dollars = await readBack((await runPlan(planWorkbook(ws))).bytes);
    const economics = dollars.getWorksheet('Economics')!;
    const typeRow = economics.getRows(1, 40)!.find((r) => r.getCell(14).value === 900)!;
    expect(typeRow.getCell(14).numFmt).toBe('[$US$] #,##0.00;-[$US$] #,##0.00');
    // Transactions (T) is a count.
    expect(typeRow.getCell(2).numFmt).toBeFalsy();
    const cost = dollars.getWorksheet('Cost to serve')!;
    expect(cost.getCell(2, 3).numFmt).toContain('US$');
    expect(cost.getCell(2, phases + 3).numFmt).toBeFalsy();
    expect(cost.getCell(2, phases + 4).numFmt).toContain('US$');
    expect(cost.getCell(1, 3).numFmt).toBeFalsy();
  });

  it('sets every sheet up to print: one page wide, titles repeated, frozen panes, A4', async () => {
    const ws = tmp.create();
    fillWorkspace(ws);
    const catalog = ws.catalogRepo.catalog();
    const book = await readBack((await runPlan(planWorkbook(ws))).bytes);
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup, sheet.name).toMatchObject({
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        paperSize: 9,
        printTitlesRow: '1:1',
        printTitlesColumn: 'A:A',
        printArea: `A1:${String.fromCharCode(64 + sheet.columnCount)}${sheet.rowCount}`,
      });
      expect(sheet.pageSetup.margins, sheet.name).toMatchObject({ left: 0.5, right: 0.5 });
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    }
    // The 6 x 13 matrix is wider than tall: landscape, on one page wide.
    const matrix = book.worksheets[0]!;
    expect([matrix.rowCount, matrix.columnCount]).toEqual([catalog.phases.length + 1, catalog.channels.length + 1]);
    expect(matrix.pageSetup.orientation).toBe('landscape');
    expect(matrix.pageSetup.printArea).toBe('A1:N7');
    // Long descriptions wrap in their column, on rows tall enough for them.
    const phases = book.getWorksheet('Phases')!;
    expect(phases.getCell(2, 2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(phases.getRow(2).height).toBeGreaterThan(15);
  });

  it('quotes a sheet name with an apostrophe in its print titles, so the workbook reads back', async () => {
    const ws = tmp.create('quoted.channelwise');
    const scenario = ws.catalogRepo.catalog().scenarios[0]!;
    ws.catalog.update(scenario.id, { kind: 'scenario', name: "Klant's view" });
    const file = await runPlan(planWorkbook(ws));
    const book = await readBack(file.bytes);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toMatch(/^Klant's view - /);
    expect(sheet.pageSetup).toMatchObject({ printTitlesRow: '1:1', printTitlesColumn: 'A:A', printArea: 'A1:N7' });
  });

  it('reports progress per step and writes nothing once cancelled', async () => {
    const ws = tmp.create();
    const plan = planWorkbook(ws);
    const seen: number[] = [];
    const file = await runPlan(plan, { onProgress: (done, total) => seen.push(done / total) });
    expect(file.bytes.length).toBeGreaterThan(0);
    expect(seen[0]).toBe(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    let calls = 0;
    const cancelled = runPlan(planWorkbook(ws), { cancelled: () => ++calls > 3 });
    await expect(cancelled).rejects.toBeInstanceOf(AppError);
    await expect(runPlan(planWorkbook(ws), { cancelled: () => true })).rejects.toMatchObject({ code: 'EXPORT_CANCELLED' });
  });
});
