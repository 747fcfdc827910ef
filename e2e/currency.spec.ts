import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function createWorkspace(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Calls the contract the way the browser client does (with the host's key it keeps); fails the test on an error result. */
async function call<T>(page: Page, method: string, input: object): Promise<T> {
  const result = (await page.evaluate(
    async ({ method, input }) =>
      fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('channelwise.hostKey') ?? ''}` }, body: JSON.stringify(input) }).then((r) => r.json()),
    { method, input },
  )) as { ok: boolean; value: T; error?: unknown };
  expect(result.error ?? null).toBeNull();
  return result.value;
}

interface Ids {
  scenarios: { id: string; name: string }[];
  phases: { id: string; name: string }[];
  channels: { id: string; name: string }[];
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

test('the currency picked on the framework page is the one the economics page writes', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Dollars');
  const ids = await call<Ids>(page, 'catalog.get', {});
  const store = ids.channels.find((c) => c.name === 'Store')!;
  const attract = ids.phases.find((p) => p.name === 'Attract')!;
  await call(page, 'catalog.update', { id: store.id, patch: { kind: 'channel', costPerContact: 10 } });
  await call(page, 'matrix.setCells', { scenarioId: ids.scenarios[0]!.id, lens: { kind: 'all' }, cells: [{ phaseId: attract.id, channelId: store.id, role: 2 }] });

  await nav(page, 'Economics');
  const journey = page.getByRole('group', { name: 'Cost of one journey' });
  await expect(journey.locator('output')).toHaveText('€10.00');

  await nav(page, 'Framework');
  const currency = page.getByRole('combobox', { name: 'Currency' });
  await expect(currency).toHaveValue('EUR');
  await currency.selectOption({ label: 'USD — US Dollar' });
  await expect(currency).toHaveValue('USD');
  // The channel's cost is written in the new currency too (British English, the suite's locale, writes US$).
  await expect(page.getByText('US$10.00 per contact')).toBeVisible();

  await nav(page, 'Economics');
  await expect(journey.locator('output')).toHaveText('US$10.00');
  await expect(journey).toContainText('Attract US$10.00');

  // One undo step puts the euro back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(journey.locator('output')).toHaveText('€10.00');
});
