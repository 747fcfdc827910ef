import { expect, test } from './fixtures';
import { call, createWorkspace, nav, type Ids } from './workspace-api';

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
