import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What a Dutch Excel saves as "CSV (puntkomma)": a BOM, semicolons, Dutch names and role words, one unknown channel. */
const DUTCH_CSV = Buffer.from(
  '\ufeffFase;Winkel;Website;Callcenter;Podcast\r\n' +
    'Aantrekken;leidend;2;;1\r\n' +
    'Informeren; ondersteunend ;belangrijk;geen;\r\n' +
    '\r\n' +
    'Transactie;3;;;\r\n',
  'utf8',
);

async function createWorkspace(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** The cells stored in a view, straight from the browser host's API (with the key the page keeps; independent of how the grid draws them). */
async function storedRoles(page: Page, scenario: number): Promise<number> {
  return page.evaluate(async (index) => {
    const call = async (method: string, input: unknown) => {
      const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('channelwise.hostKey') ?? ''}` }, body: JSON.stringify(input) });
      const result = (await response.json()) as { ok: boolean; value: unknown };
      if (!result.ok) throw new Error(JSON.stringify(result));
      return result.value;
    };
    const catalog = (await call('catalog.get', {})) as { scenarios: { id: string }[] };
    const cells = (await call('matrix.get', { scenarioId: catalog.scenarios[index]!.id, lens: { kind: 'all' } })) as unknown[];
    return cells.length;
  }, scenario);
}

test('import a Dutch semicolon CSV with a BOM, see the preview, undo it in one step; export XLSX and read it back', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Import plan');
  await page.getByRole('link', { name: 'Matrix' }).click();

  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a matrix' });
  await dialog.getByLabel('Spreadsheet file (CSV or XLSX)').setInputFiles({ name: 'matrix.csv', mimeType: 'text/csv', buffer: DUTCH_CSV });

  // The preview, before anything is written: counts, the unknown channel, every changed cell.
  await expect(dialog.getByText('7 cells will change.')).toBeVisible();
  await expect(dialog.getByText('5 empty cells in the sheet leave the matrix as they are.')).toBeVisible();
  const podcast = dialog.getByRole('combobox', { name: 'What to do with channel “Podcast”' });
  await expect(podcast).toHaveValue('create');
  const table = dialog.getByRole('table', { name: 'Cells that will change' });
  await expect(table.getByRole('row', { name: /B2 Attract Store not set 3 · lead/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /D3 Inform Call centre not set 0 · none/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /E2 Attract Podcast \(new\)/ })).toBeVisible();
  expect(await storedRoles(page, 0)).toBe(0);

  await podcast.selectOption({ label: 'Skip its cells' });
  await expect(dialog.getByText('1 cell is in a skipped row or column.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import 6 cells' })).toBeEnabled();
  await podcast.selectOption({ label: 'Create as a new channel' });
  await dialog.getByRole('button', { name: 'Import 7 cells' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('gridcell', { name: /^Attract, Store: lead/ })).toBeVisible();
  await expect(page.getByRole('gridcell', { name: /^Attract, Podcast: supporting/ })).toBeVisible();
  expect(await storedRoles(page, 0)).toBe(7);

  // One undo takes back every cell and the channel the import created.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('gridcell', { name: /^Attract, Store: lead/ })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: /Podcast/ })).toHaveCount(0);
  expect(await storedRoles(page, 0)).toBe(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('gridcell', { name: /^Attract, Store: lead/ })).toBeVisible();

  // Export this view as XLSX.
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export the matrix' });
  await expect(exportDialog.getByRole('radio', { name: 'Excel workbook (.xlsx)' })).toBeChecked();
  await expect(exportDialog.getByRole('radio', { name: 'This view: As-is, All customers' })).toBeChecked();
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Download' }).click()]);
  expect(download.suggestedFilename()).toBe('Import plan - As-is - All customers.xlsx');
  const saved = join(host.docs, 'exported.xlsx');
  await download.saveAs(saved);

  // Read back in the app: the same view has nothing left to change...
  await page.getByRole('button', { name: 'Import…' }).click();
  await dialog.getByLabel('Spreadsheet file (CSV or XLSX)').setInputFiles(saved);
  await expect(dialog.getByText('Nothing to import: the matrix already holds every role in this sheet.')).toBeVisible();
  await expect(dialog.getByText('7 cells already hold that role.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Import 0 cells' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // ...and through the CLI into a fresh workspace it sets the same cells.
  const other = join(host.docs, 'Copy.channelwise');
  expect((await host.cli('new', other)).code).toBe(0);
  const imported = await host.cli('import', other, '--matrix', saved, '--create-missing');
  expect(imported.stderr).toBe('');
  expect(imported.stdout.trim()).toBe('Imported exported.xlsx into As-is / All customers: 7 cells set, 1 channel created.');
});

test('bad files get a clear message and change nothing', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Bad input');
  await page.getByRole('link', { name: 'Matrix' }).click();
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a matrix' });
  const file = dialog.getByLabel('Spreadsheet file (CSV or XLSX)');

  await file.setInputFiles({ name: 'roles.csv', mimeType: 'text/csv', buffer: Buffer.from('Phase;Store;Website\nAttract;7;maybe\n') });
  await expect(dialog.getByRole('alert')).toHaveText(/2 cell\(s\) do not hold a role: B2: 7, C2: maybe\./);
  await file.setInputFiles({ name: 'fake.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all') });
  await expect(dialog.getByRole('alert')).toHaveText(/“fake.xlsx” could not be read/);
  const huge = join(host.docs, 'huge.csv');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 0x41));
  await file.setInputFiles(huge);
  await expect(dialog.getByRole('alert')).toHaveText('“huge.csv” is 50 MB; files up to 3 MB can be imported. Save only the matrix sheet and try again.');
  await expect(dialog.getByRole('button', { name: /^Import \d+ cells?$/ })).toBeDisabled();
  expect(await storedRoles(page, 0)).toBe(0);
});
