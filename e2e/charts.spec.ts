import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
const card = (page: Page, title: string) => page.getByRole('figure', { name: title });

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

test('a role set in the matrix changes the charts; data tables and picture exports', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'File name' }).fill('Charts');
  await page.getByRole('button', { name: 'Create workspace' }).click();

  await nav(page, 'Charts');
  const heatmap = card(page, 'Heatmap of the matrix');
  const mix = card(page, 'Channel mix per phase');
  await expect(heatmap).toContainText('No roles are set in this scenario and lens yet.');
  await expect(mix).toContainText('No channel carries any role weight yet.');
  await expect(heatmap.getByRole('img', { name: /^Heatmap of the matrix\. No roles are set/ })).toBeVisible();

  await nav(page, 'Matrix');
  const cell = (role: string) => page.getByRole('gridcell', { name: `Attract, Store: ${role} (All customers)`, exact: true });
  await cell('not set').click();
  await page.keyboard.press('3');
  await expect(cell('lead')).toBeVisible();
  const website = page.getByRole('gridcell', { name: 'Inform, Website: not set (All customers)', exact: true });
  await website.click();
  await page.keyboard.press('1');
  await expect(page.getByRole('gridcell', { name: 'Inform, Website: supporting (All customers)', exact: true })).toBeVisible();

  await nav(page, 'Charts');
  await expect(heatmap).toContainText('2 of 78 cells have a role, 1 of them lead; Attract carries the most weight.');
  await expect(mix).toContainText('Store carries 75% of all role weight; Attract leans on a single channel.');

  // The data behind the heatmap: Attract x Store is 3, Inform x Website is 1.
  await heatmap.getByRole('button', { name: 'Show data' }).click();
  const table = heatmap.getByRole('table', { name: 'Data behind “Heatmap of the matrix”' });
  await expect(table.getByRole('columnheader', { name: 'Store' })).toBeVisible();
  const attract = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Attract' }) });
  await expect(attract.getByRole('cell').nth(1)).toHaveText('3');
  await expect(attract.getByRole('cell').nth(0)).toHaveText('not set');
  await heatmap.getByRole('button', { name: 'Hide data' }).click();
  await expect(table).toHaveCount(0);

  // The mix's table: one column per channel that carries weight, and the total.
  await mix.getByRole('button', { name: 'Show data' }).click();
  const mixTable = mix.getByRole('table');
  await expect(mixTable.getByRole('columnheader')).toHaveText(['Phase', 'Store', 'Website', 'Total']);
  await expect(mixTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Inform' }) }).getByRole('cell')).toHaveText(['0', '1', '1']);

  // Exports: an SVG document with the chart in it, and a real PNG.
  const svgDownload = page.waitForEvent('download');
  await heatmap.getByRole('button', { name: 'Export SVG' }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('Heatmap of the matrix - As-is - All customers.svg');
  const svgText = (await saved(svg)).toString('utf8');
  expect(svgText.startsWith('<?xml')).toBe(true);
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('Heatmap of the matrix');
  expect(svgText).toContain('>Store</text>');
  expect(svgText).toContain('>Attract</text>');

  const pngDownload = page.waitForEvent('download');
  await mix.getByRole('button', { name: 'Export PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('Channel mix per phase - As-is - All customers.png');
  expect([...(await saved(png)).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});

test('the scenario delta compares As-is with To-be by default; the charts follow the chosen scenario', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'File name' }).fill('Delta');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await nav(page, 'Matrix');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });
  await page.getByRole('gridcell', { name: 'Advise, Live chat: not set (All customers)', exact: true }).click();
  await page.keyboard.press('2');
  await expect(page.getByRole('gridcell', { name: 'Advise, Live chat: important (All customers)', exact: true })).toBeVisible();

  await nav(page, 'Charts');
  const delta = card(page, 'Scenario delta per channel');
  await expect(delta).toContainText('One cell changes from As-is to To-be (+2 role weight); the biggest shift is Live chat (+2).');
  await expect(page.getByRole('combobox', { name: 'Compare scenario' }).locator('option:checked')).toHaveText('As-is');
  await expect(page.getByRole('combobox', { name: 'with scenario' }).locator('option:checked')).toHaveText('To-be');
  await delta.getByRole('button', { name: 'Show data' }).click();
  await expect(delta.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Live chat' }) }).getByRole('cell')).toHaveText(['0', '2', '+2']);

  // Swapping the pair turns the change around.
  await page.getByRole('combobox', { name: 'Compare scenario' }).selectOption({ label: 'To-be' });
  await expect(delta).toContainText('One cell changes from To-be to As-is (\u22122 role weight); the biggest shift is Live chat (\u22122).');

  // The charts' own scenario: To-be has the role, As-is does not.
  const balance = card(page, 'Online/offline balance per phase');
  await expect(balance).toContainText('No channel carries any role weight yet.');
  await page.getByRole('group', { name: 'Chart settings' }).getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });
  await expect(balance).toContainText('Online channels carry 100% of the role weight; Advise is the most online phase, Advise the most offline.');

  // Without customer types the radar says how to get one.
  const radar = card(page, 'Channel profile per customer type');
  await expect(radar).toContainText('Choose one or more customer types to draw their profile.');
  await expect(radar).toContainText('No customer types yet: add them on the Framework page.');
});

test('at 200 % in high contrast the heatmap fits a wide card, scrolls by keyboard in a narrow one, and the radar keeps its scale clear of the phases', async ({ page, host }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'File name' }).fill('Presentation');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('radio', { name: 'High contrast' }).check();
  await settings.getByRole('radio', { name: '200%' }).check();
  await page.keyboard.press('Escape');
  await expect(settings).toHaveCount(0);
  await nav(page, 'Charts');

  // 13 channels at 200 % are wider than this card: a named region that the arrow keys scroll.
  const heatmap = card(page, 'Heatmap of the matrix');
  const region = heatmap.getByRole('region', { name: 'Heatmap of the matrix, wider than the card: scroll sideways' });
  await expect(region).toBeVisible();
  await expect(heatmap).toContainText('Wider than the card: scroll sideways');
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

  // On a wide screen the same heatmap fits: narrower cells, steeper headers, no scrolling.
  await page.setViewportSize({ width: 2200, height: 900 });
  await expect(region).toHaveCount(0);
  const fits = await heatmap.locator('.chart-card__frame').evaluate((frame) => frame.scrollWidth <= frame.clientWidth);
  expect(fits).toBe(true);

  // The radar's scale numbers run between two spokes, so none touches a phase name.
  const radar = card(page, 'Channel profile per customer type');
  type Box = { left: number; right: number; top: number; bottom: number };
  const boxes = (selector: string) =>
    radar.locator(selector).evaluateAll((els): Box[] => els.map((el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; }));
  const scale = await boxes('svg text.chart__scale');
  const phases = await boxes('svg text.chart__label:not(.chart__scale)');
  expect(scale.length).toBeGreaterThan(1);
  expect(phases).toHaveLength(6);
  const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  expect(scale.flatMap((s) => phases.filter((p) => overlaps(s, p)))).toEqual([]);
});

test('the matrix and the charts keep their view while you move between pages, and after a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'File name' }).fill('Views');
  await page.getByRole('button', { name: 'Create workspace' }).click();

  await nav(page, 'Matrix');
  await page.getByRole('combobox', { name: 'Lens' }).selectOption({ label: 'Impulsive decision maker' });
  await expect(page.getByRole('grid', { name: 'Matrix: As-is, Impulsive decision maker' })).toBeVisible();

  await nav(page, 'Charts');
  const settings = page.getByRole('group', { name: 'Chart settings' });
  await expect(settings.getByRole('combobox', { name: 'Lens' }).locator('option:checked')).toHaveText('All customers');
  await settings.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });

  await nav(page, 'Matrix');
  await expect(page.getByRole('grid', { name: 'Matrix: As-is, Impulsive decision maker' })).toBeVisible();
  await nav(page, 'Charts');
  await expect(settings.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('To-be');
  await page.reload();
  await expect(settings.getByRole('combobox', { name: 'Scenario' }).locator('option:checked')).toHaveText('To-be');
});
