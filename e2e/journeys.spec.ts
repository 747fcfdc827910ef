import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { openBoardWorkspace, setAppearance } from './board';
import { expect, test } from './fixtures';

async function createWorkspace(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

/** Sets roles in the matrix (As-is, All customers) with the keyboard, as a person would. */
async function setRoles(page: Page, roles: readonly [phase: string, channel: string, role: string][]) {
  await nav(page, 'Matrix');
  await expect(page.getByRole('grid', { name: 'Matrix: As-is, All customers' })).toBeVisible();
  for (const [phase, channel, role] of roles) {
    await page.getByRole('gridcell', { name: `${phase}, ${channel}: not set (All customers)`, exact: true }).click();
    await page.keyboard.press(role);
  }
  const words: Record<string, string> = { '1': 'supporting', '2': 'important', '3': 'lead' };
  const [phase, channel, role] = roles[roles.length - 1]!;
  await expect(page.getByRole('gridcell', { name: `${phase}, ${channel}: ${words[role]} (All customers)`, exact: true })).toBeVisible();
}

async function createJourney(page: Page, name: string, options: { scenario?: string } = {}) {
  await nav(page, 'Journeys');
  await page.getByRole('button', { name: 'New journey' }).click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  if (options.scenario) await dialog.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: options.scenario });
  await dialog.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('group', { name: `Journey map: ${name}` })).toBeVisible();
}

const column = (page: Page, phase: string) => page.getByRole('group', { name: /^Journey map/ }).getByRole('region', { name: phase, exact: true });
const stepButton = (scope: Page | Locator, title: string) => scope.getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}, `) });

async function draftFromMatrix(page: Page) {
  await page.getByRole('button', { name: 'Draft from matrix…' }).click();
  return page.getByRole('dialog', { name: 'Draft from the matrix' });
}

test('create a journey, draft it from the matrix, move steps by keyboard and by drag, undo', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Journeys draft');
  await setRoles(page, [
    ['Attract', 'Radio/TV', '3'],
    ['Inform', 'Website', '3'],
    ['Advise', 'Store', '3'],
    ['Advise', 'Website', '2'],
    ['Transact', 'Store', '2'],
    ['Support', 'Call centre', '3'],
  ]);

  // An empty name is refused with a message, nothing is created.
  await nav(page, 'Journeys');
  await page.getByRole('button', { name: 'New journey' }).click();
  const create = page.getByRole('dialog', { name: 'New journey' });
  await create.getByRole('button', { name: 'Create journey' }).click();
  await expect(create.getByText('Enter a name for the journey.')).toBeVisible();
  await create.getByRole('button', { name: 'Cancel' }).click();
  await createJourney(page, 'First purchase');

  // One proposal per phase that has a lead (or important) channel; keep, edit or drop each.
  const draft = await draftFromMatrix(page);
  await expect(draft.getByRole('rowheader')).toHaveText(['Attract', 'Inform', 'Advise', 'Transact', 'Support']);
  await expect(draft.getByRole('combobox', { name: 'Channel of the step in Advise' }).locator('option:checked')).toHaveText('Store');
  await draft.getByRole('checkbox', { name: 'Keep the step in Support' }).uncheck();
  await draft.getByRole('textbox', { name: 'Title of the step in Advise' }).fill('Ask in the store');
  await draft.getByRole('button', { name: 'Add 4 steps' }).click();
  await expect(draft).toHaveCount(0);

  await expect(stepButton(column(page, 'Attract'), 'Attract via Radio/TV')).toBeVisible();
  await expect(stepButton(column(page, 'Inform'), 'Inform via Website')).toBeVisible();
  await expect(stepButton(column(page, 'Advise'), 'Ask in the store')).toBeVisible();
  await expect(stepButton(column(page, 'Transact'), 'Transact via Store')).toBeVisible();
  await expect(column(page, 'Support').getByRole('listitem')).toHaveCount(0);
  // The draft was one action: one undo takes all four steps away, redo brings them back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('group', { name: /^Journey map/ }).getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('group', { name: /^Journey map/ }).getByRole('listitem')).toHaveCount(4);

  // Keyboard: Alt+Right moves a step into the next phase, focus stays on it, the move is announced.
  await stepButton(page, 'Ask in the store').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(stepButton(column(page, 'Transact'), 'Ask in the store')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'moved to Transact' })).toHaveText(/“Ask in the store” moved to Transact, place 1 of 2\./);
  // Alt+Down reorders inside the phase.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(column(page, 'Transact').getByRole('listitem').last()).toContainText('Ask in the store');
  await expect(stepButton(page, 'Ask in the store')).toBeFocused();

  // The mouse: drag a step by its handle into another phase.
  const handle = page.getByRole('button', { name: 'Drag “Attract via Radio/TV”' });
  const target = column(page, 'Inform');
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await page.mouse.up();
  await expect(stepButton(column(page, 'Inform'), 'Attract via Radio/TV')).toBeVisible();
  await expect(column(page, 'Inform').getByRole('listitem')).toHaveCount(2);
  await expect(column(page, 'Attract').getByRole('listitem')).toHaveCount(0);

  // Every move is undoable.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(stepButton(column(page, 'Attract'), 'Attract via Radio/TV')).toBeVisible();
});

async function openStep(page: Page, title: string) {
  await stepButton(page, title).click();
  return page.getByRole('dialog', { name: `Step: ${title}` });
}

async function setEmotion(page: Page, title: string, value: string) {
  const editor = await openStep(page, title);
  const field = editor.getByRole('textbox', { name: 'Emotion (−2 to +2)' });
  await field.fill(value);
  await field.press('Enter');
  await expect(field).toHaveValue(value.replace('-', '−'));
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor).toHaveCount(0);
}

test('set emotions and see the curve, then compare it with a duplicated to-be journey', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Journeys curve');
  await setRoles(page, [
    ['Inform', 'Website', '3'],
    ['Transact', 'Store', '3'],
  ]);
  await createJourney(page, 'As-is purchase');
  const draft = await draftFromMatrix(page);
  await draft.getByRole('button', { name: 'Add 2 steps' }).click();

  // An emotion outside -2..+2 is refused with a message, and nothing is saved.
  const editor = await openStep(page, 'Inform via Website');
  const emotion = editor.getByRole('textbox', { name: 'Emotion (−2 to +2)' });
  await emotion.fill('3');
  await emotion.press('Enter');
  await expect(editor.getByRole('alert')).toHaveText('“3” is not an emotion. Use a whole number from −2 to +2, or leave it empty.');
  await expect(emotion).toHaveValue('');
  await editor.getByRole('button', { name: 'Done' }).click();
  await setEmotion(page, 'Inform via Website', '-1');
  await setEmotion(page, 'Transact via Store', '+2');
  await expect(column(page, 'Inform').getByText('−1')).toBeVisible();

  // A moment of truth and the evidence show on the card as marks named by their meaning.
  const marked = await openStep(page, 'Transact via Store');
  await marked.getByRole('checkbox', { name: 'Moment of truth' }).check();
  await marked.getByRole('radio', { name: 'Observed' }).check();
  await marked.getByRole('button', { name: 'Done' }).click();
  const card = column(page, 'Transact').getByRole('listitem').filter({ has: stepButton(page, 'Transact via Store') });
  await expect(card.getByRole('img', { name: 'Moment of truth' })).toHaveText('★');
  await expect(card.getByRole('img', { name: 'Evidence: observed' })).toHaveText('■');

  const curve = page.getByRole('figure', { name: 'Emotion across the steps of As-is purchase' });
  await expect(curve.locator('.recharts-line-curve')).toHaveCount(1);
  await page.getByText('The curve as a table').click();
  await expect(page.getByRole('row', { name: 'As-is purchase: Inform via Website −1' })).toBeVisible();
  await expect(page.getByRole('row', { name: 'As-is purchase: Transact via Store +2' })).toBeVisible();

  // Duplicate into To-be (the next scenario is proposed), and make the purchase worse there.
  await page.getByRole('link', { name: 'All journeys' }).click();
  await page.getByRole('button', { name: 'Duplicate “As-is purchase”' }).click();
  const duplicate = page.getByRole('dialog', { name: 'Duplicate “As-is purchase”' });
  await expect(duplicate.getByRole('combobox', { name: 'Into scenario' }).locator('option:checked')).toHaveText('To-be');
  await duplicate.getByRole('textbox', { name: 'Name of the copy' }).fill('To-be purchase');
  await duplicate.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('group', { name: 'Journey map: To-be purchase' })).toBeVisible();
  await expect(page.getByText('Scenario: To-be')).toBeVisible();
  await setEmotion(page, 'Transact via Store', '-2');

  // Lay the as-is curve over the to-be one: two lines, two keys, both in the table.
  await page.getByRole('group', { name: 'Compare with' }).getByRole('checkbox', { name: 'As-is purchase' }).check();
  const toBeCurve = page.getByRole('figure', { name: 'Emotion across the steps of To-be purchase' });
  await expect(toBeCurve.locator('.recharts-line-curve')).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Emotion curve' }).getByRole('listitem')).toHaveText(['To-be purchase', 'As-is purchase']);
  await page.getByText('The curve as a table').click();
  await expect(page.getByRole('row', { name: 'To-be purchase: Transact via Store −2' })).toBeVisible();
  await expect(page.getByRole('row', { name: 'As-is purchase: Transact via Store +2' })).toBeVisible();

  // The cards take their texts from the column: a language switch relabels them at once.
  // The map's name is translated too ("Klantreiskaart: …"): find it by the journey's name.
  const store = page.getByRole('group', { name: /: To-be purchase$/ }).getByRole('listitem').filter({ hasText: 'Transact via Store' });
  await expect(store.getByTitle('Emotion −2')).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'Nederlands' }).check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '“Transact via Store” slepen' })).toBeVisible();
  await expect(store.getByTitle('Emotie −2')).toBeVisible();
});

test('a step on a channel without a role is flagged, and resolved either way', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Journeys consistency');
  await setRoles(page, [
    ['Attract', 'Radio/TV', '3'],
    ['Attract', 'Print', '1'],
  ]);
  await createJourney(page, 'Flags');

  const addStep = async (title: string, channel: string) => {
    await page.getByRole('button', { name: 'Add step to Attract' }).click();
    const editor = page.getByRole('dialog', { name: 'Step: Untitled step' });
    await editor.getByRole('textbox', { name: 'Title' }).fill(title);
    await editor.getByRole('textbox', { name: 'Title' }).press('Enter');
    await page.getByRole('dialog', { name: `Step: ${title}` }).getByRole('combobox', { name: 'Channel' }).selectOption({ label: channel });
    await page.getByRole('dialog', { name: `Step: ${title}` }).getByRole('button', { name: 'Done' }).click();
  };

  // Fix one: give the channel a role in the matrix.
  await addStep('Sees a post', 'Social media');
  const flag = page.getByRole('note').filter({ hasText: 'The matrix gives Social media no role in Attract for All customers.' });
  await expect(flag).toBeVisible();
  await flag.getByRole('button', { name: 'Set Social media to supporting in Attract' }).click();
  await expect(flag).toHaveCount(0);
  await nav(page, 'Matrix');
  await expect(page.getByRole('gridcell', { name: 'Attract, Social media: supporting (All customers)', exact: true })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('group', { name: 'Journey map: Flags' })).toBeVisible();

  // Fix two: move the step to a channel that plays a role there (strongest first).
  await addStep('Gets a newsletter', 'E-mail');
  const second = page.getByRole('note').filter({ hasText: 'The matrix gives E-mail no role in Attract' });
  await expect(second).toBeVisible();
  await second.getByRole('button', { name: 'Change the channel of “Gets a newsletter” to' }).click();
  const menu = page.getByRole('menu', { name: 'Change the channel of “Gets a newsletter” to' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Radio/TV', 'Print', 'Social media']);
  await menu.getByRole('menuitem', { name: 'Print' }).click();
  await expect(second).toHaveCount(0);
  await expect(stepButton(page, 'Gets a newsletter')).toHaveAccessibleName('Gets a newsletter, Attract, Print');
  await expect(page.getByRole('note')).toHaveCount(0);

  // Moved to the To-be scenario, whose matrix is still empty: the steps stay, and both are flagged there.
  await page.getByRole('button', { name: 'Change scenario or lens…' }).click();
  const edit = page.getByRole('dialog', { name: 'Journey “Flags”' });
  await edit.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText('Scenario: To-be · Lens: All customers')).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Scenario: As-is · Lens: All customers')).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('export the map as PNG and SVG; long texts wrap; delete a journey and undo it', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Journeys export');
  await setRoles(page, [['Inform', 'Website', '3']]);
  await createJourney(page, 'Exported journey');
  const draft = await draftFromMatrix(page);
  const long = `Compares ${'many offers side by side '.repeat(30)}and ${'x'.repeat(300)}`;
  await draft.getByRole('textbox', { name: 'Title of the step in Inform' }).fill(long);
  await draft.getByRole('button', { name: 'Add 1 step' }).click();

  // A very long title wraps inside its card: the card is no wider than its column.
  const card = column(page, 'Inform').getByRole('listitem');
  const cardBox = (await card.boundingBox())!;
  const columnBox = (await column(page, 'Inform').boundingBox())!;
  expect(cardBox.width).toBeLessThanOrEqual(columnBox.width);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const pngDownload = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Map as PNG' }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe('Exported journey.png');
  const pngBytes = readFileSync((await png.path())!);
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Map as SVG' }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe('Exported journey.svg');
  const svgText = readFileSync((await svg.path())!, 'utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('Exported journey');
  expect(svgText).toContain('Inform');
  expect(svgText).toContain('Compares many offers side by');

  // Delete from the list, with an Undo in the notice.
  await page.getByRole('link', { name: 'All journeys' }).click();
  await page.getByRole('button', { name: 'Delete “Exported journey”' }).click();
  await expect(page.getByRole('link', { name: 'Exported journey' })).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'Journey “Exported journey” deleted.' }).filter({ has: page.getByRole('button') });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Exported journey' })).toBeVisible();
});

/** The header of every phase column of the map, as boxes on screen. */
async function phaseHeaders(page: Page) {
  const map = page.getByRole('group', { name: /^Journey map/ });
  const names = ['Attract', 'Inform', 'Advise', 'Transact', 'Support', 'Relationship'];
  return Promise.all(names.map(async (name) => ({ name, box: (await map.getByRole('region', { name, exact: true }).getByRole('heading', { name }).boundingBox())! })));
}

test('the journey map shows all six phases at 1600 px, and says so when it must scroll', async ({ page, host }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openBoardWorkspace(page, host.url, host.docs);
  await nav(page, 'Journeys');
  await page.getByRole('link', { name: 'Opening a savings account' }).click();
  const phases = page.getByRole('region', { name: 'Phases of Opening a savings account' });
  await expect(phases.getByRole('group', { name: 'Journey map: Opening a savings account' })).toBeVisible();
  // Every phase's column header is wholly inside the window: nothing is cut.
  for (const { name, box } of await phaseHeaders(page)) {
    expect({ name, inside: box.x >= 0 && box.x + box.width <= 1600 && box.y >= 0 && box.y + box.height <= 1000 }).toEqual({ name, inside: true });
  }
  await expect(page.getByRole('button', { name: /more phase/ })).toHaveCount(0);

  // A small screen at 200 %: the map cannot show every phase, so it scrolls, and says so.
  await setAppearance(page, '200%', 'High contrast');
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(phases).toHaveAttribute('tabindex', '0');
  await expect(phases).toHaveAccessibleDescription(/More phases than fit: scroll sideways/);
  // One button, its name telling how many phases are still out of view.
  const forward = page.getByRole('button', { name: /^(\d+ more phases?|No more phases) →$/ });
  await expect(forward).toHaveText(/^\d+ more phases? →$/);
  await expect(forward).toBeEnabled();
  const relationship = phases.getByRole('region', { name: 'Relationship', exact: true });
  const viewport = (await phases.boundingBox())!;
  const outside = async () => {
    const box = (await relationship.boundingBox())!;
    return box.x + box.width > viewport.x + viewport.width + 1;
  };
  expect(await outside()).toBe(true);
  // "More phases" brings the next cut-off phase into view, until the last is there and nothing more is hidden.
  for (let i = 0; i < 6; i++) {
    const label = (await forward.textContent()) ?? '';
    if (label.startsWith('No more')) break;
    await forward.click();
    await expect(forward).not.toHaveText(label);
  }
  await expect(forward).toHaveText('No more phases →');
  await expect(forward).toBeDisabled();
  expect(await outside()).toBe(false);
  await expect(page.getByRole('button', { name: /^← \d+ earlier phases?$/ })).toBeEnabled();
  // The keyboard scrolls it too: the focused map moves back with the left arrow key.
  const scrolled = () => phases.evaluate((el) => el.scrollLeft);
  const before = await scrolled();
  await phases.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(scrolled).toBeLessThan(before);
});

test('a long column shows its first cards at once and the rest right after; a link to a step further down still lands on it', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Journeys long column');
  await createJourney(page, 'Long attract');
  const attract = column(page, 'Attract');
  for (let n = 1; n <= 11; n++) {
    await page.getByRole('button', { name: 'Add step to Attract' }).click();
    const editor = page.getByRole('dialog', { name: 'Step: Untitled step' });
    await editor.getByRole('textbox', { name: 'Title' }).fill(`Ad ${n}`);
    await editor.getByRole('textbox', { name: 'Title' }).press('Enter');
    await page.getByRole('dialog', { name: `Step: Ad ${n}` }).getByRole('button', { name: 'Done' }).click();
  }
  await expect(attract.getByRole('listitem')).toHaveCount(11);
  const last = await attract.getByRole('listitem').last().getAttribute('data-step-id');
  const journey = new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('id');

  // Open the journey from the list with the last step named in the address, as a finding's link does.
  await page.getByRole('link', { name: 'All journeys' }).click();
  await page.evaluate(([id, step]) => (window.location.hash = `#/journeys?id=${id}&step=${step}`), [journey, last]);
  await expect(stepButton(attract, 'Ad 11')).toBeFocused();
  await expect(attract.getByRole('listitem')).toHaveCount(11);
  await expect(attract.getByText('11 steps')).toBeVisible();
});
