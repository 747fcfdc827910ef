import { mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const cell = (page: Page, name: string) =>
  page.getByRole('grid', { name: 'Matrix: As-is, All customers' }).getByRole('gridcell', { name, exact: true });

async function openMatrix(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page.getByRole('grid', { name: 'Matrix: As-is, All customers' })).toBeVisible();
}

async function setRole(page: Page, from: string, key: string) {
  await cell(page, from).click();
  await page.keyboard.press(key);
}

async function setDisplayName(page: Page, name: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('textbox', { name: 'Your name for teammates' }).fill(name);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Name saved.')).toBeAttached();
  await settings.getByRole('button', { name: 'Close' }).click();
}

test('two laptops share a workspace through a folder: edits travel both ways, and a conflict is listed and taken back', async ({ page, host, browser }) => {
  test.slow();
  const shared = join(host.root, 'OneDrive', 'Team plan');
  mkdirSync(shared, { recursive: true });

  // Ann shares her workspace.
  await page.goto(host.url);
  await setDisplayName(page, 'Ann');
  await page.getByRole('textbox', { name: 'File name' }).fill('Team plan');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('button', { name: 'Team sync' }).click();
  let panel = page.getByRole('dialog', { name: 'Team sync' });
  await panel.getByRole('button', { name: 'Share through this folder' }).click();
  await expect(panel.getByText('Type the path of the shared folder.')).toBeVisible();
  await panel.getByRole('textbox', { name: 'Shared folder' }).fill(host.docs);
  await panel.getByRole('button', { name: 'Share through this folder' }).click();
  // The workspace file is in that folder: refused, with the reason, and nothing shared.
  await expect(panel.getByRole('alert')).toContainText('Cloud clients damage database files that are open');
  await panel.getByRole('textbox', { name: 'Shared folder' }).fill(shared);
  await panel.getByRole('button', { name: 'Share through this folder' }).click();
  await expect(panel.getByText('A shared folder')).toBeVisible();
  await expect(panel.getByText('No teammate has synced yet.')).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: /^Team sync: Synced/ })).toBeVisible();

  // Bob joins it from his start screen.
  const bobHost = await host.teammate();
  const bob = await (await browser.newContext()).newPage();
  await bob.goto(bobHost.url);
  await setDisplayName(bob, 'Bob');
  const joinCard = bob.getByRole('region', { name: 'Open a shared workspace' });
  await joinCard.getByRole('textbox', { name: 'Shared folder' }).fill(shared);
  await joinCard.getByRole('textbox', { name: 'Name of your copy' }).fill('Team plan (Bob)');
  await joinCard.getByRole('button', { name: 'Join' }).click();
  await expect(bob.getByRole('banner').getByText('Team plan (Bob)')).toBeVisible();

  // An edit on one laptop appears on the other, both ways.
  await openMatrix(page);
  await openMatrix(bob);
  await setRole(page, 'Attract, Store: not set (All customers)', '3');
  await expect(cell(bob, 'Attract, Store: lead (All customers)')).toBeVisible({ timeout: 20_000 });
  await setRole(bob, 'Inform, Store: not set (All customers)', '2');
  await expect(cell(page, 'Inform, Store: important (All customers)')).toBeVisible({ timeout: 20_000 });
  // Ann's history names Bob on his change.
  await page.getByRole('button', { name: 'History', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem').first()).toContainText('by Bob');
  await page.getByRole('button', { name: 'Close history' }).click();

  // The folder goes away (a cloud client stopped): both edit the same cell apart, Ann first.
  renameSync(shared, `${shared} (offline)`);
  await setRole(page, 'Advise, Store: not set (All customers)', '3');
  await expect(page.getByRole('button', { name: 'Team sync: Offline' })).toBeVisible({ timeout: 20_000 });
  await setRole(bob, 'Advise, Store: not set (All customers)', '1');
  await expect(cell(bob, 'Advise, Store: supporting (All customers)')).toBeVisible();
  renameSync(`${shared} (offline)`, shared);

  // The later change (Bob's) wins on both laptops; Ann's value is listed, and she takes it back.
  await expect(cell(page, 'Advise, Store: supporting (All customers)')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Team sync:/ }).click();
  panel = page.getByRole('dialog', { name: 'Team sync' });
  const conflict = panel.getByRole('listitem', { name: 'Matrix cell “Store × Advise, As-is”: role' });
  await expect(conflict).toContainText('Lead (your change');
  await expect(conflict).toContainText('Supporting');
  await expect(panel.getByText('Bob')).toBeVisible();
  await conflict.getByRole('button', { name: 'Use this value instead' }).click();
  await expect(panel.getByText('No conflicts.')).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(cell(page, 'Advise, Store: lead (All customers)')).toBeVisible();
  await expect(cell(bob, 'Advise, Store: lead (All customers)')).toBeVisible({ timeout: 20_000 });
});
