import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function createWorkspace(page: Page, name: string, options: { dutch?: boolean; empty?: boolean } = {}) {
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  if (options.dutch) await page.getByRole('radio', { name: 'Nederlands' }).check();
  if (options.empty) await page.getByRole('radio', { name: 'Empty' }).check();
  await page.getByRole('button', { name: 'Create workspace' }).click();
}

test('create a workspace from the start screen, rename a channel, undo, and find it after a reload', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Channelwise', level: 1 })).toBeVisible();
  await createWorkspace(page, 'Retail plan');

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  const store = page.getByRole('textbox', { name: 'Name of channel Store' });
  await expect(store).toBeVisible();
  await store.fill('Flagship store');
  await store.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of channel Flagship store' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of channel Store' })).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of channel Flagship store' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Name of channel Flagship store' })).toBeVisible();

  // The file on disk holds it too, as the CLI sees it.
  const info = await host.cli('info', join(host.docs, 'Retail plan.channelwise'), '--json');
  expect(info.stderr).toMatch(/already open/);
});

test('undo and redo survive closing the app', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Survives');
  const inform = page.getByRole('textbox', { name: 'Name of phase Inform' });
  await inform.fill('Inform & compare');
  await inform.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Name of phase Inform & compare' })).toBeVisible();

  await host.restart();
  await page.goto(host.url);
  await page.getByRole('button', { name: /Survives/ }).first().click();
  await expect(page.getByRole('textbox', { name: 'Name of phase Inform & compare' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('textbox', { name: 'Name of phase Inform' })).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByRole('textbox', { name: 'Name of phase Inform & compare' })).toBeVisible();
});

test('names must be valid: empty, too long and duplicate names are refused with a message', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Names');
  const web = page.getByRole('textbox', { name: 'Name of channel Website' });
  await web.fill('   ');
  await web.press('Enter');
  await expect(page.getByText('A name cannot be empty.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of channel Website' })).toHaveValue('Website');

  const mail = page.getByRole('textbox', { name: 'Name of channel E-mail' });
  await mail.fill('store');
  await mail.press('Enter');
  await expect(page.getByText('“store” already exists. Choose another name.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of channel E-mail' })).toHaveValue('E-mail');
});

test('add, hide, reorder and delete framework items', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Lists');
  // The next name typed while the first is still being added (a slow save) is kept, not wiped.
  let held = 0;
  await page.route('**/api/catalog.create', async (route) => {
    if (held++ === 0) await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  const newChannel = page.getByRole('textbox', { name: 'New channel' });
  await newChannel.fill('Kiosk');
  await page.getByRole('button', { name: 'Add channel' }).click();
  await newChannel.fill('Pop-up');
  await expect(page.getByRole('textbox', { name: 'Name of channel Kiosk' })).toBeVisible();
  await expect(newChannel).toHaveValue('Pop-up');
  await page.getByRole('button', { name: 'Add channel' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of channel Pop-up' })).toBeVisible();
  await expect(newChannel).toHaveValue('');

  await page.getByRole('button', { name: 'Hide Kiosk' }).click();
  await expect(page.getByRole('button', { name: 'Show Kiosk' })).toBeVisible();

  const phases = page.getByRole('list', { name: 'Phases' });
  await page.getByRole('button', { name: 'Move Inform up' }).click();
  await expect(phases.getByRole('textbox').first()).toHaveValue('Inform');

  await page.getByRole('button', { name: 'Delete Kiosk' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of channel Kiosk' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of channel Kiosk' })).toBeVisible();
});

test('switch the language to Dutch and back', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Taal', { dutch: true });
  await expect(page.getByRole('textbox', { name: 'Name of channel Winkel' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'Nederlands' }).check();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('opening a damaged file says so and offers nothing unsafe', async ({ page, host }) => {
  const bad = join(host.docs, 'broken.channelwise');
  writeFileSync(bad, 'this is not a database');
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'Workspace file' }).fill(bad);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('is not a Channelwise workspace');
});

test('a truncated workspace offers its newest good backup', async ({ page, host }) => {
  const created = await host.cli('new', join(host.docs, 'damaged.channelwise'));
  expect(created.code).toBe(0);
  const backup = await host.cli('backup', join(host.docs, 'damaged.channelwise'));
  expect(backup.code).toBe(0);
  const { truncateSync, statSync } = await import('node:fs');
  const path = join(host.docs, 'damaged.channelwise');
  truncateSync(path, Math.floor(statSync(path).size / 2));

  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'Workspace file' }).fill(path);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('is damaged');
  await page.getByRole('button', { name: 'Open newest backup' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of phase Attract' })).toBeVisible();
});

test('a read-only workspace opens read-only and says so', async ({ page, host }) => {
  const path = join(host.docs, 'locked.channelwise');
  expect((await host.cli('new', path)).code).toBe(0);
  chmodSync(path, 0o444);
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'Workspace file' }).fill(path);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByText(/read-only/i).first()).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name of channel Store' })).toBeDisabled();
});
