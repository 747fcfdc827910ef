import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startCouchServer } from '../src/main/core/testing/couch-server';
import { expect, test } from './fixtures';

const cell = (page: Page, name: string) =>
  page.getByRole('grid', { name: 'Matrix: As-is, All customers' }).getByRole('gridcell', { name, exact: true });

async function fillServer(scope: ReturnType<Page['getByRole']>, url: string, user: string, password: string) {
  await scope.getByRole('radio', { name: 'A CouchDB server' }).check();
  await scope.getByRole('textbox', { name: 'Database address' }).fill(url);
  await scope.getByRole('textbox', { name: 'User name' }).fill(user);
  await scope.getByLabel('Password').fill(password);
}

test('two laptops share a workspace through a CouchDB server: a wrong password is refused, an edit arrives in seconds', async ({ page, host, browser }) => {
  test.slow();
  const server = await startCouchServer(join(host.root, 'couch'));
  try {
    const url = server.db('team-plan');
    await page.goto(host.url);
    await page.getByRole('textbox', { name: 'File name' }).fill('Team plan');
    await page.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('button', { name: 'Team sync' }).click();
    const panel = page.getByRole('dialog', { name: 'Team sync' });
    await panel.getByRole('radio', { name: 'A CouchDB server' }).check();
    await panel.getByRole('button', { name: 'Share through this database' }).click();
    await expect(panel.getByText('Type the address of the database.')).toBeVisible();
    await fillServer(panel, url, server.user, 'wrong');
    await panel.getByRole('button', { name: 'Share through this database' }).click();
    await expect(panel.getByRole('alert')).toContainText('did not accept the user name');
    await panel.getByLabel('Password').fill(server.password);
    await panel.getByRole('button', { name: 'Share through this database' }).click();
    await expect(panel.getByText(url)).toBeVisible();
    await expect(panel.getByText('Signed in as')).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();

    const bobHost = await host.teammate();
    const bob = await (await browser.newContext()).newPage();
    await bob.goto(bobHost.url);
    const joinCard = bob.getByRole('region', { name: 'Open a shared workspace' });
    await fillServer(joinCard, url, server.user, server.password);
    await joinCard.getByRole('textbox', { name: 'Name of your copy' }).fill('Team plan (Bob)');
    await joinCard.getByRole('button', { name: 'Join' }).click();
    await expect(bob.getByRole('banner').getByText('Team plan (Bob)')).toBeVisible();

    for (const p of [page, bob]) await p.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' }).click();
    await cell(page, 'Attract, Store: not set (All customers)').click();
    await page.keyboard.press('3');
    // The server's longpoll wakes Bob's laptop: well within the two seconds, with room for a loaded test machine.
    await expect(cell(bob, 'Attract, Store: lead (All customers)')).toBeVisible({ timeout: 10_000 });
  } finally {
    await server.kill();
  }
});
