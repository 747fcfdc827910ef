import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openMatrix(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' }).click();
  return page.getByRole('grid', { name: 'Matrix: As-is, All customers' });
}

test('the history says what changed in words, and keeps the snapshots in their own tab', async ({ page, host }) => {
  const grid = await openMatrix(page, host.url, 'History in words');
  await grid.getByRole('gridcell', { name: 'Advise, Store: not set (All customers)', exact: true }).click();
  await page.keyboard.press('2');
  await expect(grid.getByRole('gridcell', { name: 'Advise, Store: important (All customers)', exact: true })).toBeVisible();
  await page.keyboard.press('3');
  await expect(grid.getByRole('gridcell', { name: 'Advise, Store: lead (All customers)', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const changes = page.getByRole('list', { name: 'Changes, newest first' });
  // Two edits of one cell in a row read as one line, which opens to both, each in its own words.
  const run = changes.getByRole('button', { name: /^Set 1 matrix cell in As-is, all customers/ });
  await expect(run).toContainText('2 changes');
  await run.click();
  const steps = page.getByRole('list', { name: 'The changes of “Set 1 matrix cell in As-is, all customers”' });
  await expect(steps.getByRole('listitem').first()).toContainText('Store in Advise: important → lead (As-is, all customers)');
  await expect(steps.getByRole('listitem').nth(1)).toContainText('Store in Advise: not set → important (As-is, all customers)');
  // Snapshots are a tab of their own, reached by the keyboard too.
  const tabs = page.getByRole('tablist', { name: 'History' });
  await tabs.getByRole('tab', { name: 'Changes' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Snapshots' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Snapshots' }).getByRole('textbox', { name: 'Snapshot name' })).toBeVisible();
});

test('a run of matrix edits is one entry that opens to its cells, and the history filters by area', async ({ page, host }) => {
  const grid = await openMatrix(page, host.url, 'History runs');
  await grid.getByRole('gridcell', { name: 'Attract, Store: not set (All customers)', exact: true }).click();
  await page.keyboard.press('3');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('2');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('1');
  await expect(grid.getByRole('gridcell', { name: 'Attract, Store: lead (All customers)', exact: true })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Attract, Call centre: important (All customers)', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const changes = page.getByRole('list', { name: 'Changes, newest first' });
  const run = changes.getByRole('button', { name: /^Set 3 matrix cells in As-is, all customers/ });
  await expect(run).toHaveAttribute('aria-expanded', 'false');
  await expect(run).toContainText('3 changes');
  await run.click();
  await expect(run).toHaveAttribute('aria-expanded', 'true');
  const cells = page.getByRole('list', { name: 'The changes of “Set 3 matrix cells in As-is, all customers”' });
  await expect(cells.getByRole('listitem')).toHaveCount(3);
  await expect(cells.getByRole('listitem').last()).toContainText('Store in Attract: not set → lead (As-is, all customers)');

  const area = page.getByRole('combobox', { name: 'Area' });
  await area.selectOption({ label: 'Import and restore' });
  await expect(changes.getByRole('listitem')).toHaveCount(1);
  await expect(changes.getByRole('listitem')).toContainText('Create workspace');
  await area.selectOption({ label: 'Matrix' });
  await expect(changes.getByRole('button', { name: /^Set 3 matrix cells/ })).toBeVisible();
  await expect(changes).not.toContainText('Create workspace');
  await area.selectOption({ label: 'Journeys' });
  await expect(page.getByText('No changes in this area yet.')).toBeVisible();
});
