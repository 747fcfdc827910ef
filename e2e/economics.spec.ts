import { expect, test } from './fixtures';
import { call, createWorkspace, nav, type Ids } from './workspace-api';

test('a role changed in the matrix changes the cost of a customer journey', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Cost to serve');
  const ids = await call<Ids>(page, 'catalog.get', {});
  const store = ids.channels.find((c) => c.name === 'Store')!;
  const attract = ids.phases.find((p) => p.name === 'Attract')!;
  const asIs = ids.scenarios[0]!;
  await call(page, 'catalog.update', { id: store.id, patch: { kind: 'channel', costPerContact: 10 } });
  const savers = await call<{ id: string }>(page, 'catalog.create', { kind: 'customerType', name: 'Savers' });
  await call(page, 'matrix.setCells', { scenarioId: asIs.id, lens: { kind: 'all' }, cells: [{ phaseId: attract.id, channelId: store.id, role: 2 }] });

  await nav(page, 'Economics');
  const journey = page.getByRole('group', { name: 'Cost of one journey' });
  // "Important" stands for one contact by default: 1 x 10.
  await expect(journey.locator('output')).toHaveText('€10.00');
  await expect(journey).toContainText('Attract €10.00');
  await expect(journey).toContainText('Most expensive phase: Attract');

  // Make the store lead in Attract, in the matrix itself.
  await nav(page, 'Matrix');
  await page.getByRole('gridcell', { name: 'Attract, Store: important (All customers)', exact: true }).click();
  await page.keyboard.press('3');
  await expect(page.getByRole('gridcell', { name: 'Attract, Store: lead (All customers)', exact: true })).toBeVisible();
  await nav(page, 'Economics');
  await expect(journey.locator('output')).toHaveText('€20.00');

  // A customer type inherits from all customers until its own lens says otherwise.
  await page.getByRole('combobox', { name: 'Customer type' }).selectOption({ label: 'Savers' });
  await expect(page.getByRole('table', { name: /Savers/ })).toBeVisible();
  await expect(journey.locator('output')).toHaveText('€20.00');
  await call(page, 'matrix.setCells', { scenarioId: asIs.id, lens: { kind: 'customerType', id: savers.id }, cells: [{ phaseId: attract.id, channelId: store.id, role: 1 }] });
  await expect(journey.locator('output')).toHaveText('€5.00');

  // The workspace-wide mapping: "supporting" now stands for three contacts.
  const supporting = page.getByRole('textbox', { name: 'Contacts when the role is “supporting”' });
  await supporting.fill('3');
  await supporting.press('Enter');
  await expect(journey.locator('output')).toHaveText('€30.00');
  await supporting.fill('-1');
  await supporting.press('Enter');
  await expect(page.getByText('“-1” is outside 0 to 1,000. The field was not changed.')).toBeVisible();
  await expect(supporting).toHaveValue('3');
  await expect(journey.locator('output')).toHaveText('€30.00');
});

test('customer value, lifetime value and NPS show their results beside the formula, and refuse bad rates', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Customer value');
  await call(page, 'catalog.create', { kind: 'customerType', name: 'Loyal regulars' });
  await nav(page, 'Economics');
  await expect(page.getByText('Choose a customer type above to enter and see its figures.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Customer type' }).selectOption({ label: 'Loyal regulars' });

  const kw = page.getByRole('group', { name: 'Customer value', exact: true });
  await expect(kw).toContainText('Enter T, A, P, K to see the result.');
  const enter = async (name: string, value: string) => {
    const field = page.getByRole('textbox', { name });
    await field.fill(value);
    await field.press('Enter');
    await expect(field).toHaveValue(value);
  };
  await enter('T: transactions over the relationship', '10');
  await enter('A: purchases per transaction', '2');
  await enter('P: average price per purchase', '25');
  await enter('K: acquisition cost', '100');
  await expect(kw.locator('output')).toHaveText('€400.00');
  await expect(kw).toContainText('Customer value = (T × A × P) − K');
  await expect(kw).toContainText('= (10 × 2 × €25.00) − €100.00 = €400.00');

  // An invalid rate is refused with a message and changes nothing.
  const retention = page.getByRole('textbox', { name: 'r: retention' });
  await retention.fill('120');
  await retention.press('Enter');
  await expect(page.getByText('“120” is outside 0 to 100. The field was not changed.')).toBeVisible();
  await expect(retention).toHaveValue('');
  const discount = page.getByRole('textbox', { name: 'd: discount rate' });
  await discount.fill('-100');
  await discount.press('Enter');
  await expect(page.getByText('“-100” must be above −100 (and at most 1,000). The field was not changed.')).toBeVisible();
  await expect(discount).toHaveValue('');

  await enter('m: margin per customer per year', '100');
  await enter('r: retention', '80');
  await enter('d: discount rate', '10');
  await enter('N: horizon in years', '3');
  // 100/1.1 + 80/1.21 + 64/1.331
  await expect(page.getByRole('group', { name: 'CLV' }).locator('output')).toHaveText('€205.11');
  const sensitivity = page.getByRole('group', { name: 'Five points more retention' });
  await expect(sensitivity).toContainText('CLV at r = 85%: €');
  await expect(sensitivity).toContainText('a commonly cited figure of about +75 %');

  await enter('Promoters (9–10)', '50');
  await enter('Passives (7–8)', '30');
  await enter('Detractors (0–6)', '20');
  const nps = page.getByRole('group', { name: 'NPS' });
  await expect(nps.locator('output')).toHaveText('30');
  await expect(nps).toContainText('= 50% − 20% = 30');

  // Everything is still there after a reload, and one undo takes the last number back.
  await page.reload();
  await page.getByRole('combobox', { name: 'Customer type' }).selectOption({ label: 'Loyal regulars' });
  await expect(kw.locator('output')).toHaveText('€400.00');
  // Without the 20 detractors: 50 of 80 promoters.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(nps.locator('output')).toHaveText('62.5');
});
