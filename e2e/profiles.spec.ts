import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function createWorkspace(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Adds a customer type on the Framework page and opens its details; returns the editor dialog. */
async function addCustomerType(page: Page, name: string) {
  await page.getByRole('textbox', { name: 'New customer type' }).fill(name);
  await page.getByRole('button', { name: 'Add customer type' }).click();
  await page.getByRole('button', { name: `Edit details of ${name}` }).click();
  const editor = page.getByRole('dialog', { name: `Customer type: ${name}` });
  await expect(editor).toBeVisible();
  return editor;
}

/** Calls the contract the way the browser client does (with the host's key it keeps); returns the Result. */
async function call<T>(page: Page, method: string, input: object): Promise<{ ok: boolean; value: T }> {
  const result: unknown = await page.evaluate(
    async ({ method, input }) =>
      fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('channelwise.hostKey') ?? ''}` },
        body: JSON.stringify(input),
      }).then((r) => r.json()),
    { method, input },
  );
  return result as { ok: boolean; value: T };
}

interface CatalogIds {
  scenarios: { id: string; name: string }[];
  phases: { id: string; name: string }[];
  channels: { id: string; name: string }[];
}

test('a customer type keeps its share, dimensions, contact preferences and typology', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Customer types');
  const editor = await addCustomerType(page, 'Loyal regulars');
  const open = page.getByRole('button', { name: 'Edit details of Loyal regulars' });

  const share = editor.getByRole('textbox', { name: 'Share of the customer base (%)' });
  await share.fill('25');
  await share.press('Enter');
  // The UI says what the server would: a share is a percentage.
  await share.fill('120');
  await share.press('Enter');
  await expect(editor.getByText('Enter a number from 0 to 100; “120” was not saved.')).toBeVisible();
  await expect(share).toHaveValue('25');

  const openness = editor.getByRole('slider', { name: 'Openness: Conservative to Open' });
  await openness.focus();
  await openness.press('ArrowRight');
  await expect(openness).toHaveAttribute('aria-valuetext', '51: slightly Open');
  const activity = editor.getByRole('slider', { name: 'Activity: Active to Passive' });
  await activity.focus();
  await activity.press('End');
  await expect(activity).toHaveAttribute('aria-valuetext', '100: strongly Passive');

  await editor
    .getByRole('radiogroup', { name: 'Contact preference for Radio/TV' })
    .getByRole('radio', { name: 'Refused' })
    .check();
  await editor
    .getByRole('radiogroup', { name: 'Contact preference for Store' })
    .getByRole('radio', { name: 'Preferred' })
    .check();
  await editor.getByRole('combobox', { name: 'Most likely search typology' }).selectOption({ label: 'Impulsive decision maker' });
  await expect(page.getByText('Typology: Impulsive decision maker')).toBeAttached();

  // Esc closes the editor and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(open).toBeFocused();
  const attributes = page.getByRole('list', { name: 'Attributes of Loyal regulars' });
  await expect(attributes).toContainText('25% of customers');
  await expect(attributes).toContainText('Prefers 1 channel');
  await expect(attributes).toContainText('Refuses 1 channel');

  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await page.getByRole('button', { name: 'Edit details of Loyal regulars' }).click();
    await expect(editor.getByRole('textbox', { name: 'Share of the customer base (%)' })).toHaveValue('25');
    await expect(editor.getByRole('slider', { name: 'Openness: Conservative to Open' })).toHaveValue('51');
    await expect(editor.getByRole('slider', { name: 'Activity: Active to Passive' })).toHaveValue('100');
    await expect(
      editor.getByRole('radiogroup', { name: 'Contact preference for Radio/TV' }).getByRole('radio', { name: 'Refused' }),
    ).toBeChecked();
    await expect(
      editor.getByRole('radiogroup', { name: 'Contact preference for Store' }).getByRole('radio', { name: 'Preferred' }),
    ).toBeChecked();
    await expect(
      editor.getByRole('radiogroup', { name: 'Contact preference for Website' }).getByRole('radio', { name: 'Neutral' }),
    ).toBeChecked();
    await expect(editor.getByRole('combobox', { name: 'Most likely search typology' }).locator('option:checked')).toHaveText(
      'Impulsive decision maker',
    );
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect(editor).toBeHidden();
  }

  // Each change is its own undo step: the last one (the typology) goes first.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Typology: Impulsive decision maker')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Attributes of Loyal regulars' })).toContainText('Prefers 1 channel');
});

test('a channel refuses a negative cost per contact and shows a valid one', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Channels');
  await page.getByRole('button', { name: 'Edit details of Store' }).click();
  const editor = page.getByRole('dialog', { name: 'Channel: Store' });
  const cost = editor.getByRole('textbox', { name: 'Cost per contact' });

  await cost.fill('-5');
  await cost.press('Enter');
  await expect(editor.getByText('This cannot be negative; “-5” was not saved.')).toBeVisible();
  await expect(cost).toHaveValue('');
  await expect(cost).toHaveAttribute('aria-invalid', 'true');

  await editor.getByRole('radiogroup', { name: 'Icon' }).getByRole('radio', { name: 'Store' }).check();
  await cost.fill('12.5');
  await expect(cost).not.toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText('This cannot be negative', { exact: false })).toHaveCount(0);
  // Enter saves; an Esc straight after closes the editor rather than throwing the value away.
  await cost.press('Enter');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  const attributes = page.getByRole('list', { name: 'Attributes of Store' });
  await expect(attributes).toContainText('€12.50 per contact');
  // The history names the field that changed.
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toHaveAccessibleDescription(/Undo: Change “Cost per contact” of “Store”/);
  await page.reload();
  await page.getByRole('button', { name: 'Edit details of Store' }).click();
  await expect(editor.getByRole('textbox', { name: 'Cost per contact' })).toHaveValue('12.5');
  await expect(editor.getByRole('radiogroup', { name: 'Icon' }).getByRole('radio', { name: 'Store' })).toBeChecked();
});

test('one product domain is the main one: the badge moves', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Domains');
  const badgeOf = (name: string) => page.getByRole('list', { name: `Attributes of ${name}` }).getByText('Main', { exact: true });

  await page.getByRole('button', { name: 'Edit details of Services' }).click();
  await page.getByRole('dialog', { name: 'Product domain: Services' }).getByRole('checkbox', { name: 'Main domain of this workspace' }).check();
  await page.keyboard.press('Escape');
  await expect(badgeOf('Services')).toBeVisible();

  await page.getByRole('button', { name: 'Edit details of Catalogue products' }).click();
  const catalogue = page.getByRole('dialog', { name: 'Product domain: Catalogue products' });
  await catalogue.getByRole('checkbox', { name: 'Main domain of this workspace' }).check();
  await expect(catalogue.getByRole('checkbox', { name: 'Main domain of this workspace' })).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(badgeOf('Catalogue products')).toBeVisible();
  await expect(badgeOf('Services')).toHaveCount(0);
});

test('deleting a channel says what goes with it, and undo brings it all back', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Impact');
  const catalog = await call<CatalogIds>(page, 'catalog.get', {});
  expect(catalog.ok).toBe(true);
  const scenario = catalog.value.scenarios[0]!;
  const store = catalog.value.channels.find((c) => c.name === 'Store')!;
  const [attract, inform] = catalog.value.phases;
  const set = await call<number>(page, 'matrix.setCells', {
    scenarioId: scenario.id,
    lens: { kind: 'all' },
    cells: [
      { phaseId: attract!.id, channelId: store.id, role: 3, note: 'Flagship window' },
      { phaseId: inform!.id, channelId: store.id, role: 2 },
    ],
  });
  expect(set.ok).toBe(true);

  await page.getByRole('button', { name: 'Delete Store' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete channel “Store”?' });
  await expect(confirm).toContainText('2 matrix cells (1 with a note) use it. You can undo this.');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of channel Store' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Name of channel Store' })).toBeVisible();
  const impact = await call<{ cells: number; notes: number }>(page, 'catalog.deleteImpact', { kind: 'channel', id: store.id });
  expect(impact.value).toMatchObject({ cells: 2, notes: 1 });

  // Nothing extra is said when nothing uses the item.
  await page.getByRole('button', { name: 'Delete Print' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete channel “Print”?' })).toContainText(
    'It disappears from the framework and from everything that uses it.',
  );
  await page.keyboard.press('Escape');
});

test('fields revert: Esc undoes typing, a refused name says why, and a picture is shrunk or refused', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Fields');
  await page.getByRole('button', { name: 'Edit details of Website' }).click();
  const channel = page.getByRole('dialog', { name: 'Channel: Website' });

  // The first Esc puts back the saved text and keeps the editor open; the second closes it.
  const reach = channel.getByRole('textbox', { name: 'Reach' });
  await reach.fill('5000');
  await reach.press('Escape');
  await expect(reach).toHaveValue('');
  await expect(channel).toBeVisible();

  // The server is the judge of names; its message is shown by the field, which reverts.
  const name = channel.getByRole('textbox', { name: 'Name' });
  await name.fill('Store');
  await name.press('Enter');
  await expect(channel.getByText('“Store” already exists. Choose another name.')).toBeVisible();
  await expect(name).toHaveValue('Website');
  await page.keyboard.press('Escape');
  await expect(channel).toBeHidden();

  const type = await addCustomerType(page, 'Young families');

  await type.getByLabel('Choose a picture').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(type.getByText('“notes.txt” is not a picture.', { exact: false })).toBeVisible();

  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="500"><rect width="1000" height="500" fill="#c2410c"/></svg>';
  await type.getByLabel('Choose a picture').setInputFiles({ name: 'family.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
  const picture = type.getByRole('img', { name: 'Picture of Young families' });
  await expect(picture).toBeVisible();
  // Shrunk to fit 256 x 256, keeping its 2:1 shape (the e2e tsconfig has no DOM types, hence Reflect).
  expect(await picture.evaluate((img) => [Reflect.get(img, 'naturalWidth'), Reflect.get(img, 'naturalHeight')])).toEqual([256, 128]);
  expect(await picture.getAttribute('src')).toMatch(/^data:image\/png;base64,/);

  await type.getByLabel('Colour').fill('#2453c7');
  await expect(type.getByText('#2453c7')).toBeVisible();

  await type.getByRole('button', { name: 'Remove picture' }).click();
  await expect(picture).toHaveCount(0);
  // Undo from inside the editor brings the picture back.
  await type.getByRole('button', { name: 'Undo last change' }).click();
  await expect(picture).toBeVisible();
});

test('in a read-only workspace the details can be read but not changed', async ({ page, host }) => {
  const path = join(host.docs, 'locked.channelwise');
  expect((await host.cli('new', path)).code).toBe(0);
  chmodSync(path, 0o444);
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'Workspace file' }).fill(path);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('button', { name: 'Edit details of Store' }).click();
  const editor = page.getByRole('dialog', { name: 'Channel: Store' });
  await expect(editor.getByRole('textbox', { name: 'Name' })).toBeDisabled();
  await expect(editor.getByRole('textbox', { name: 'Cost per contact' })).toBeDisabled();
  await expect(editor.getByRole('radiogroup', { name: 'Online or offline' }).getByRole('radio', { name: 'Offline' })).toBeDisabled();
  await expect(editor.getByRole('button', { name: 'Undo last change' })).toBeDisabled();
  await expect(editor).toContainText('read-only');
});

test('a slider gesture is one undo step, by mouse or by a held key', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Gestures');
  const editor = await addCustomerType(page, 'Bargain hunters');
  const entries = async () => (await call<unknown[]>(page, 'history.list', { limit: 100 })).value.length;
  const before = await entries();

  // Drag the thumb from the middle most of the way to the right and let go.
  const motive = editor.getByRole('slider', { name: 'Motive: Individual, instrumental to Social, emotional' });
  const box = (await motive.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (const share of [0.6, 0.7, 0.8, 0.9]) await page.mouse.move(box.x + box.width * share, box.y + box.height / 2);
  await page.mouse.up();
  await expect(motive).toHaveAttribute('aria-valuetext', /: (leaning|strongly) Social, emotional$/);
  await expect.poll(entries).toBe(before + 1);

  // Holding an arrow key repeats it; letting go saves once.
  const openness = editor.getByRole('slider', { name: 'Openness: Conservative to Open' });
  await openness.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.down('ArrowLeft');
  await page.keyboard.up('ArrowLeft');
  await expect(openness).toHaveAttribute('aria-valuetext', '45: slightly Conservative');
  await expect.poll(entries).toBe(before + 2);
  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByRole('button', { name: 'Edit details of Bargain hunters' }).click();
  await expect(editor.getByRole('slider', { name: 'Openness: Conservative to Open' })).toHaveValue('45');
});

test('a value committed while the previous one is still saving is checked and saved too', async ({ page, host }) => {
  await page.goto(host.url);
  await createWorkspace(page, 'Slow saves');
  const editor = await addCustomerType(page, 'Night owls');
  const share = editor.getByRole('textbox', { name: 'Share of the customer base (%)' });

  // A slow disk or a busy laptop: every save takes a while to answer.
  await page.route('**/api/catalog.update', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await share.fill('25');
  await share.press('Enter');
  await share.fill('120');
  await share.press('Enter');
  await expect(editor.getByText('Enter a number from 0 to 100; “120” was not saved.')).toBeVisible();
  await expect(share).toHaveValue('25');

  // Enter, type, Enter, Esc in quick succession: the Esc closes the dialog and takes nothing back.
  await share.fill('10');
  await share.press('Enter');
  await share.fill('30');
  await share.press('Enter');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await page.getByRole('button', { name: 'Edit details of Night owls' }).click();
  await expect(share).toHaveValue('30');
  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByRole('button', { name: 'Edit details of Night owls' }).click();
  await expect(editor.getByRole('textbox', { name: 'Share of the customer base (%)' })).toHaveValue('30');
});
