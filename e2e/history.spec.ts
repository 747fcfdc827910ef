import { expect, test } from './fixtures';

test('the history says what changed in words, and keeps the snapshots in their own tab', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'File name' }).fill('History in words');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' }).click();
  const grid = page.getByRole('grid', { name: 'Matrix: As-is, All customers' });
  await grid.getByRole('gridcell', { name: 'Advise, Store: not set (All customers)', exact: true }).click();
  await page.keyboard.press('2');
  await expect(grid.getByRole('gridcell', { name: 'Advise, Store: important (All customers)', exact: true })).toBeVisible();
  await page.keyboard.press('3');
  await expect(grid.getByRole('gridcell', { name: 'Advise, Store: lead (All customers)', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'History', exact: true }).click();
  const changes = page.getByRole('list', { name: 'Changes, newest first' });
  await expect(changes.getByRole('listitem').first()).toContainText('Store in Advise: important → lead (As-is, all customers)');
  await expect(changes.getByRole('listitem').nth(1)).toContainText('Store in Advise: not set → important (As-is, all customers)');
  // Snapshots are a tab of their own, reached by the keyboard too.
  const tabs = page.getByRole('tablist', { name: 'History' });
  await tabs.getByRole('tab', { name: 'Changes' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Snapshots' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Snapshots' }).getByRole('textbox', { name: 'Snapshot name' })).toBeVisible();
});
