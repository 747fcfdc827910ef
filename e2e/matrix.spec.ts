import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readClipboard, writeClipboard } from './clipboard';

async function openMatrix(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matrix' }).click();
  await expect(page.getByRole('grid', { name: 'Matrix: As-is, All customers' })).toBeVisible();
}

const allCell = (page: Page, phase: string, channel: string, role: string) =>
  page.getByRole('gridcell', { name: `${phase}, ${channel}: ${role} (All customers)`, exact: true });

test('set roles with the keyboard and the popover, undo, and paste a range from a spreadsheet', async ({ page, host, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMatrix(page, host.url, 'Matrix keys');

  await allCell(page, 'Attract', 'Store', 'not set').click();
  await page.keyboard.press('3');
  await expect(allCell(page, 'Attract', 'Store', 'lead')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('2');
  await expect(allCell(page, 'Attract', 'Call centre', 'important')).toBeVisible();
  // A cell's ball is its background image, one drawing per role; the legend's balls are elements (a ring and a fill
  // box) whose ink grows with the role; under forced colours a cell draws its ball as boxes in the system colour.
  const image = (cell: Locator) => cell.evaluate((el) => getComputedStyle(el).backgroundImage);
  const lead = await image(allCell(page, 'Attract', 'Store', 'lead'));
  expect(lead).toMatch(/^url\("data:image\/svg\+xml,/);
  expect(await image(allCell(page, 'Attract', 'Call centre', 'important'))).not.toBe(lead);
  const ink = (ball: Locator, ringPseudo: '::before' | null = null) =>
    ball.evaluate((el, ringPseudo) => {
      const ring = getComputedStyle(el, ringPseudo);
      const fill = getComputedStyle(el, '::after');
      return {
        ring: ring.borderTopStyle,
        width: parseFloat(ring.width),
        fill: fill.content === 'none' ? 0 : parseFloat(fill.width) * parseFloat(fill.height),
      };
    }, ringPseudo);
  const legend = page.getByRole('region', { name: 'Legend' }).getByRole('listitem');
  const inkGrows = async (balls: (role: string) => Locator, ringPseudo: '::before' | null = null) => {
    const drawn = [];
    for (const role of ['0', '1', '2', '3']) drawn.push(await ink(balls(role), ringPseudo));
    expect(drawn.map((b) => b.ring)).toEqual(['solid', 'solid', 'solid', 'solid']);
    expect(drawn[3]!.width).toBeGreaterThan(16);
    expect(drawn[0]!.fill).toBe(0);
    for (const role of [1, 2, 3]) expect(drawn[role]!.fill).toBeGreaterThan(drawn[role - 1]!.fill * 1.5);
  };
  await inkGrows((role) => legend.filter({ hasText: `${role} ·` }).locator('.role-glyph'));
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await image(allCell(page, 'Attract', 'Store', 'lead'))).toBe('none');
  const cellOf: Record<string, [string, string, string]> = {
    '0': ['Advise', 'Store', 'none'],
    '1': ['Advise', 'Call centre', 'supporting'],
    '2': ['Attract', 'Call centre', 'important'],
    '3': ['Attract', 'Store', 'lead'],
  };
  await allCell(page, 'Advise', 'Store', 'not set').click();
  await page.keyboard.press('0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('1');
  await expect(allCell(page, 'Advise', 'Call centre', 'supporting')).toBeVisible();
  await inkGrows((role) => allCell(page, ...cellOf[role]!), '::before');
  await page.emulateMedia({ forcedColors: 'none' });
  await allCell(page, 'Attract', 'Call centre', 'important').click();

  // A 2x2 range by Shift+arrows, one digit sets all of it.
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('1');
  for (const [phase, channel] of [['Attract', 'Store'], ['Attract', 'Call centre'], ['Inform', 'Store'], ['Inform', 'Call centre']]) {
    await expect(allCell(page, phase!, channel!, 'supporting')).toBeVisible();
  }
  // One undo step takes the whole range back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(allCell(page, 'Attract', 'Store', 'lead')).toBeVisible();
  await expect(allCell(page, 'Inform', 'Store', 'not set')).toBeVisible();

  // The mouse: a double-click opens the popover.
  await allCell(page, 'Advise', 'Website', 'not set').dblclick();
  const popover = page.getByRole('dialog', { name: 'Advise · Website' });
  await expect(popover.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await popover.getByRole('button', { name: 'Important' }).click();
  await expect(popover.getByRole('button', { name: 'Important' })).toHaveAttribute('aria-pressed', 'true');
  await popover.getByRole('textbox', { name: 'Note' }).fill('Comparison pages decide it');
  await popover.getByRole('radio', { name: 'Observed' }).check();
  await popover.getByRole('button', { name: 'Done' }).click();
  await expect(popover).toHaveCount(0);
  const noted = page.getByRole('gridcell', { name: 'Advise, Website: important (All customers), observed, with a note', exact: true });
  await expect(noted).toBeFocused();
  // Enter opens it again, Esc closes it and focus returns to the cell.
  await page.keyboard.press('Enter');
  await expect(popover.getByRole('textbox', { name: 'Note' })).toHaveValue('Comparison pages decide it');
  await page.keyboard.press('Escape');
  await expect(noted).toBeFocused();

  // Paste 2 rows x 3 columns of spreadsheet text; the blank cell is left alone.
  await allCell(page, 'Transact', 'Account manager', 'not set').click();
  await writeClipboard(page, '3\t2\tlead\r\n1\t\tbelangrijk\r\n');
  await page.keyboard.press('Control+V');
  await expect(allCell(page, 'Transact', 'Account manager', 'lead')).toBeVisible();
  await expect(allCell(page, 'Transact', 'Store', 'important')).toBeVisible();
  await expect(allCell(page, 'Transact', 'Call centre', 'lead')).toBeVisible();
  await expect(allCell(page, 'Support', 'Account manager', 'supporting')).toBeVisible();
  await expect(allCell(page, 'Support', 'Store', 'not set')).toBeVisible();
  await expect(allCell(page, 'Support', 'Call centre', 'important')).toBeVisible();
  // The paste was one step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(allCell(page, 'Transact', 'Account manager', 'not set')).toBeVisible();
  await expect(allCell(page, 'Support', 'Call centre', 'not set')).toBeVisible();

  // A value that is not a role: a message, and nothing written.
  await allCell(page, 'Transact', 'Account manager', 'not set').click();
  await writeClipboard(page, '3\tmaybe\n');
  await page.keyboard.press('Control+V');
  await expect(page.getByRole('alert')).toContainText('“maybe” (row 1, column 2 of what you pasted) is not a role');
  await expect(allCell(page, 'Transact', 'Account manager', 'not set')).toBeVisible();

  // Copy puts the roles on the clipboard as tab-separated digits.
  await allCell(page, 'Attract', 'Store', 'lead').click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+C');
  await expect.poll(() => readClipboard(page)).toBe('3\t2\r\n');
});

test('a lens inherits from all customers until a cell is set in it, and resets', async ({ page, host }) => {
  await openMatrix(page, host.url, 'Matrix lenses');
  await allCell(page, 'Attract', 'Store', 'not set').click();
  await page.keyboard.press('3');
  await expect(allCell(page, 'Attract', 'Store', 'lead')).toBeVisible();

  await page.getByRole('combobox', { name: 'Lens' }).selectOption({ label: 'Impulsive decision maker' });
  const grid = page.getByRole('grid', { name: 'Matrix: As-is, Impulsive decision maker' });
  const inherited = grid.getByRole('gridcell', { name: 'Attract, Store: lead, inherited from All customers (Impulsive decision maker)' });
  await expect(inherited).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Inform, Store: not set, inherited from All customers (Impulsive decision maker)' })).toBeVisible();

  await inherited.click();
  await page.keyboard.press('1');
  const overridden = grid.getByRole('gridcell', { name: 'Attract, Store: supporting, set in this lens (Impulsive decision maker)' });
  await expect(overridden).toBeVisible();
  await expect(page.getByText('Set in this lens', { exact: true })).toBeVisible();

  // The view survives a reload (it is in the address).
  await page.reload();
  await expect(overridden).toBeVisible();

  await overridden.click();
  await page.getByRole('toolbar', { name: 'Edit cells' }).getByRole('button', { name: 'Reset to inherited' }).click();
  await expect(inherited).toBeVisible();

  // Delete in a lens also resets; "all customers" kept its own value all along.
  await expect(inherited).toBeFocused();
  await page.keyboard.press('0');
  await expect(grid.getByRole('gridcell', { name: 'Attract, Store: none, set in this lens (Impulsive decision maker)' })).toBeVisible();
  await page.keyboard.press('Delete');
  await expect(inherited).toBeVisible();
  await page.getByRole('combobox', { name: 'Lens' }).selectOption({ label: 'All customers' });
  await expect(allCell(page, 'Attract', 'Store', 'lead')).toBeVisible();
});

test('copy a scenario, change it, and compare the two', async ({ page, host }) => {
  await openMatrix(page, host.url, 'Matrix scenarios');
  await allCell(page, 'Attract', 'Store', 'not set').click();
  await page.keyboard.press('1');
  await allCell(page, 'Inform', 'Website', 'not set').click();
  await page.keyboard.press('2');
  await expect(allCell(page, 'Inform', 'Website', 'important')).toBeVisible();

  await page.getByRole('button', { name: 'Scenario actions' }).click();
  await page.getByRole('menuitem', { name: 'Copy scenario' }).click();
  const copyDialog = page.getByRole('dialog', { name: 'Copy scenario' });
  await copyDialog.getByRole('textbox', { name: 'Name' }).fill('To-be 2027');
  await copyDialog.getByRole('button', { name: 'Copy', exact: true }).click();
  const copy = page.getByRole('grid', { name: 'Matrix: To-be 2027, All customers' });
  await expect(copy.getByRole('gridcell', { name: 'Inform, Website: important (All customers)' })).toBeVisible();

  await copy.getByRole('gridcell', { name: 'Attract, Store: supporting (All customers)' }).click();
  await page.keyboard.press('3');
  await copy.getByRole('gridcell', { name: 'Inform, Website: important (All customers)' }).click();
  await page.keyboard.press('Delete');
  await copy.getByRole('gridcell', { name: 'Advise, E-mail: not set (All customers)' }).click();
  await page.keyboard.press('2');
  await expect(copy.getByRole('gridcell', { name: 'Advise, E-mail: important (All customers)' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'As-is' });
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'To-be 2027' });
  const diff = page.getByRole('grid', { name: 'Differences: As-is to To-be 2027, All customers' });
  await expect(diff.getByRole('gridcell', { name: 'Attract, Store: rose from supporting to lead' })).toBeVisible();
  await expect(diff.getByRole('gridcell', { name: 'Inform, Website: vanished, was important' })).toBeVisible();
  await expect(diff.getByRole('gridcell', { name: 'Advise, E-mail: appeared, important' })).toBeVisible();
  await expect(diff.getByRole('gridcell', { name: 'Transact, Store: unchanged, not set' })).toBeVisible();

  const summary = page.getByRole('table', { name: /Changes per phase/ });
  await expect(summary).toContainText('3 changes');
  const row = (phase: string) => summary.getByRole('row').filter({ has: page.getByRole('rowheader', { name: phase, exact: true }) });
  await expect(row('Attract').getByRole('cell')).toHaveText(['1', '0', '0', '0', '1']);
  await expect(row('Inform').getByRole('cell')).toHaveText(['0', '0', '0', '1', '1']);
  await expect(row('Advise').getByRole('cell')).toHaveText(['0', '0', '1', '0', '1']);
  await expect(row('Total').getByRole('cell')).toHaveText(['1', '0', '1', '1', '3']);

  await page.getByRole('radio', { name: 'Side by side' }).check();
  await expect(page.getByRole('grid', { name: 'Matrix: As-is, All customers' })).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Matrix: To-be 2027, All customers' })).toBeVisible();
  // The two grids scroll together, so the same cells face each other.
  const scrolled = (pane: string) =>
    page.getByRole('region', { name: pane }).locator('.grid-scroll').evaluate((el) => [el.scrollLeft, el.scrollTop]);
  await page.getByRole('grid', { name: 'Matrix: As-is, All customers' }).hover();
  await page.mouse.wheel(400, 0);
  await expect.poll(async () => (await scrolled('As-is'))[0]).toBeGreaterThan(0);
  await expect.poll(() => scrolled('To-be 2027')).toEqual(await scrolled('As-is'));
  // One selection: the cell you are on in one grid is marked in the other, and edits stay where you type.
  const asIs = page.getByRole('grid', { name: 'Matrix: As-is, All customers' });
  const toBe = page.getByRole('grid', { name: 'Matrix: To-be 2027, All customers' });
  await asIs.getByRole('gridcell', { name: 'Attract, Store: supporting (All customers)' }).click();
  const partner = toBe.getByRole('gridcell', { name: 'Attract, Store: lead (All customers)' });
  await expect(partner).toHaveAttribute('aria-selected', 'true');
  // Marked where you can see it (an outline), not only for a screen reader.
  await expect(partner).toHaveCSS('box-shadow', /inset/);
  await page.keyboard.press('ArrowDown');
  await expect(toBe.getByRole('gridcell', { name: 'Inform, Store: not set (All customers)' })).toHaveAttribute('aria-selected', 'true');
  await expect(toBe.getByRole('gridcell', { name: 'Attract, Store: lead (All customers)' })).toHaveAttribute('aria-selected', 'false');
  await expect(asIs.getByRole('gridcell', { name: 'Inform, Store: not set (All customers)' })).toBeFocused();
  await page.keyboard.press('1');
  await expect(asIs.getByRole('gridcell', { name: 'Inform, Store: supporting (All customers)' })).toBeVisible();
  await expect(toBe.getByRole('gridcell', { name: 'Inform, Store: not set (All customers)' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(asIs.getByRole('gridcell', { name: 'Inform, Store: not set (All customers)' })).toBeVisible();

  // Delete the copy: the confirmation says what goes with it; Undo brings it back.
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be 2027' });
  await page.getByRole('button', { name: 'Scenario actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete scenario' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete scenario “To-be 2027”?' });
  await expect(confirm).toContainText('This also deletes 2 matrix cells (0 with a note) and 0 journeys.');
  await confirm.getByRole('button', { name: 'Delete scenario' }).click();
  await expect(page.getByRole('grid', { name: 'Matrix: As-is, All customers' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Scenario' }).getByRole('option', { name: 'To-be 2027' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('combobox', { name: 'Scenario' }).getByRole('option', { name: 'To-be 2027' })).toHaveCount(1);
});

test('reorder a channel from the keyboard, hide and show it, group, filter and transpose', async ({ page, host }) => {
  await openMatrix(page, host.url, 'Matrix layout');
  const grid = page.getByRole('grid', { name: 'Matrix: As-is, All customers' });
  const headers = grid.getByRole('columnheader');
  // The corner heads the phase column; then the channels in order.
  await expect(headers.nth(2)).toHaveAccessibleName('Store');

  await allCell(page, 'Attract', 'Store', 'not set').click();
  await page.keyboard.press('ArrowUp');
  const store = grid.getByRole('button', { name: 'Store', exact: true });
  await expect(store).toBeFocused();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(headers.nth(3)).toHaveAccessibleName('Store');
  await expect(headers.nth(2)).toHaveAccessibleName('Call centre');
  await expect(store).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(headers.nth(2)).toHaveAccessibleName('Store');

  // Hide from the header's menu, then show all again.
  await store.click();
  await page.getByRole('menuitem', { name: 'Hide Store' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Store', exact: true })).toHaveCount(0);
  await expect(page.getByText('Hidden: 1')).toBeVisible();
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Store', exact: true })).toBeVisible();
  // Showing all is one step: Undo hides it again.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAccessibleDescription(/Show 1 hidden item/);

  await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Online / offline' });
  await expect(grid.getByRole('columnheader', { name: 'Online', exact: true })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Offline', exact: true })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Filter channels' }).fill('mail');
  await expect(grid.getByRole('columnheader', { name: 'Direct mail', exact: true })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'E-mail', exact: true })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Store', exact: true })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Filter channels' }).fill('');

  const transpose = page.getByRole('button', { name: 'Transpose' });
  await expect(transpose).toHaveAttribute('aria-pressed', 'false');
  await transpose.click();
  await expect(transpose).toHaveAttribute('aria-pressed', 'true');
  await expect(grid.getByRole('rowheader', { name: 'Store', exact: true })).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Attract', exact: true })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Attract, Store: not set (All customers)' })).toBeVisible();
});

test('a change the core refuses shows at once, then goes back with a message', async ({ page, host }) => {
  await openMatrix(page, host.url, 'Matrix refused');
  await allCell(page, 'Attract', 'Store', 'not set').click();
  // The core refuses every matrix write from here on (as when another window deleted the channel).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/matrix.setCells', async (route) => {
    await held;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } }) });
  });
  await page.keyboard.press('2');
  await expect(allCell(page, 'Attract', 'Store', 'important')).toBeVisible();
  release();
  await expect(page.getByRole('alert')).toContainText('The change to the matrix was not saved and has been undone on screen: That item no longer exists.');
  await expect(allCell(page, 'Attract', 'Store', 'not set')).toBeVisible();
});
