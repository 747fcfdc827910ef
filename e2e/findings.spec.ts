import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function createWorkspace(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill(name);
  await page.getByRole('button', { name: 'Create workspace' }).click();
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
const allCell = (page: Page, phase: string, channel: string, role: string) =>
  page.getByRole('gridcell', { name: `${phase}, ${channel}: ${role} (All customers)`, exact: true });
const finding = (page: Page, text: string | RegExp) => page.getByRole('list').getByRole('listitem', { name: text });

async function setRole(page: Page, phase: string, channel: string, key: string, role: string) {
  await allCell(page, phase, channel, 'not set').click();
  await page.keyboard.press(key);
  await expect(allCell(page, phase, channel, role)).toBeVisible();
}

test('a phase without a lead is found, its link focuses the cell, and a lead makes it go', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Findings roles');
  await nav(page, 'Matrix').click();
  await setRole(page, 'Attract', 'Store', '2', 'important');
  await setRole(page, 'Attract', 'Website', '2', 'important');

  await nav(page, 'Findings').click();
  await expect(page.getByRole('heading', { name: 'Findings', level: 1 })).toBeVisible();
  const noLead = finding(page, /^No channel leads Attract\./);
  await expect(noLead).toBeVisible();
  await expect(noLead).toContainText('It is served by Store and Website');
  // Nothing serves the other phases yet.
  await expect(finding(page, 'No channel serves Inform at all: customers who reach this phase are on their own.')).toBeVisible();

  // The cell link opens the matrix at that cell, selected and focused.
  await noLead.getByRole('link', { name: 'Attract · Website' }).click();
  await expect(allCell(page, 'Attract', 'Website', 'important')).toBeFocused();
  await expect(allCell(page, 'Attract', 'Website', 'important')).toHaveAttribute('aria-selected', 'true');
  // "Show in matrix" takes the first cell; a digit there sets the lead.
  await nav(page, 'Findings').click();
  await finding(page, /^No channel leads Attract\./).getByRole('button', { name: /^Show in matrix/ }).click();
  const store = allCell(page, 'Attract', 'Store', 'important');
  await expect(store).toBeFocused();
  await page.keyboard.press('3');
  await expect(allCell(page, 'Attract', 'Store', 'lead')).toBeVisible();

  await nav(page, 'Findings').click();
  await expect(finding(page, 'No channel serves Inform at all: customers who reach this phase are on their own.')).toBeVisible();
  await expect(finding(page, /^No channel leads Attract\./)).toHaveCount(0);

  // Taking the lead away brings the finding back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(finding(page, /^No channel leads Attract\./)).toBeVisible();
});

test('tuning a threshold makes a dominance finding appear and go, and the change can be undone', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Findings thresholds');
  await nav(page, 'Matrix').click();
  // Store: 3 of 5 role points (60%); Website 2 (40%).
  await setRole(page, 'Attract', 'Store', '3', 'lead');
  await setRole(page, 'Attract', 'Website', '2', 'important');

  await nav(page, 'Findings').click();
  const dominant = finding(page, /^Store carries 60% of all role weight/);
  await expect(dominant).toBeVisible();
  await expect(dominant).toContainText('more than the 40% set as the limit');

  await page.getByRole('button', { name: 'Tune thresholds' }).click();
  const overall = page.getByRole('textbox', { name: 'Share of one channel, whole matrix' });
  await expect(overall).toHaveValue('40');

  // A value out of range: a message in words, and nothing changes.
  await overall.fill('150');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('Enter a number from 5 to 100 with at most one decimal.')).toBeVisible();
  await expect(dominant).toBeVisible();

  await overall.fill('60');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Thresholds changed.' })).toBeVisible();
  await expect(dominant).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Share of one channel, whole matrix (changed)' })).toHaveValue('60');

  // The change is one undoable step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(finding(page, /^Store carries 60% of all role weight/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Share of one channel, whole matrix' })).toHaveValue('40');

  // Lower than the share: it stays; back to defaults keeps it too.
  await page.getByRole('textbox', { name: 'Share of one channel, whole matrix' }).fill('55.5');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(finding(page, /more than the 55.5% set as the limit/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to defaults' }).click();
  await expect(finding(page, /more than the 40% set as the limit/)).toBeVisible();
});

test('the as-is vs to-be paragraph says what the to-be scenario changes', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Findings change');
  await nav(page, 'Matrix').click();
  await setRole(page, 'Inform', 'Website', '3', 'lead');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });
  await expect(page.getByRole('grid', { name: 'Matrix: To-be, All customers' })).toBeVisible();
  await setRole(page, 'Inform', 'Social media', '1', 'supporting');

  await nav(page, 'Findings').click();
  // Pages load on first visit: the matrix stays on screen until the Findings page is in.
  await expect(page.getByRole('heading', { name: 'Findings', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });
  await expect(page.getByRole('combobox', { name: 'Compare with' })).toHaveValue(/.+/);
  const change = finding(page, /^Compared with As-is, To-be changes 2 roles/);
  await expect(change).toContainText('In Inform, Social media comes in; Website drops out.');
  await page.getByRole('combobox', { name: 'Compare with' }).selectOption({ label: 'Nothing' });
  await expect(change).toHaveCount(0);
});

test('a journey’s worst phase and its hypothesis-only steps are findings that open the journey at the step', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Findings journeys');
  await nav(page, 'Journeys').click();
  await page.getByRole('button', { name: 'New journey' }).click();
  const create = page.getByRole('dialog', { name: 'New journey' });
  await create.getByRole('textbox', { name: 'Name' }).fill('Purchase');
  await create.getByRole('button', { name: 'Create journey' }).click();
  await expect(page.getByRole('group', { name: 'Journey map: Purchase' })).toBeVisible();

  const addStep = async (phase: string, title: string, emotion: string, evidence?: string) => {
    await page.getByRole('button', { name: `Add step to ${phase}` }).click();
    await page.getByRole('dialog', { name: 'Step: Untitled step' }).getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByRole('dialog', { name: 'Step: Untitled step' }).getByRole('textbox', { name: 'Title' }).press('Enter');
    const editor = page.getByRole('dialog', { name: `Step: ${title}` });
    const field = editor.getByRole('textbox', { name: 'Emotion (−2 to +2)' });
    await field.fill(emotion);
    await field.press('Enter');
    await expect(field).toHaveValue(emotion.replace('-', '−'));
    if (evidence) {
      await editor.getByRole('radio', { name: evidence }).check();
      await expect(editor.getByRole('radio', { name: evidence })).toBeChecked();
    }
    await editor.getByRole('button', { name: 'Done' }).click();
    await expect(editor).toHaveCount(0);
  };
  await addStep('Attract', 'Sees an ad', '+1');
  await addStep('Advise', 'Waits on hold', '-2', 'Hypothesis');
  await addStep('Advise', 'Asks a friend', '-1');

  await nav(page, 'Findings').click();
  const worst = finding(page, 'In “Purchase”, the customer feels worst in Advise: its 2 steps there average −1.5 on the scale from −2 to +2.');
  const guessed = finding(page, 'In “Purchase”, 1 of 3 steps rests only on a hypothesis: check it with customers before building on it.');
  await expect(worst).toBeVisible();
  await expect(worst).toContainText('Journey “Purchase” · All customers');
  await expect(guessed).toBeVisible();
  await expect(page.getByRole('heading', { name: /^What the journeys show/ })).toBeVisible();

  // A step link opens the journey with that step focused.
  await worst.getByRole('link', { name: 'Asks a friend' }).click();
  await expect(page.getByRole('group', { name: 'Journey map: Purchase' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Asks a friend, / })).toBeFocused();

  // "Open the journey" lands on the first step the finding names.
  await nav(page, 'Findings').click();
  await guessed.getByRole('button', { name: /^Open the journey/ }).click();
  await expect(page.getByRole('button', { name: /^Waits on hold, / })).toBeFocused();

  // Backing the step with an observation takes that finding away.
  await page.getByRole('button', { name: /^Waits on hold, / }).click();
  const editor = page.getByRole('dialog', { name: 'Step: Waits on hold' });
  await editor.getByRole('radio', { name: 'Observed' }).check();
  await expect(editor.getByRole('radio', { name: 'Observed' })).toBeChecked();
  await editor.getByRole('button', { name: 'Done' }).click();
  await nav(page, 'Findings').click();
  await expect(worst).toBeVisible();
  await expect(guessed).toHaveCount(0);
});

test('the list can show one severity; the count still counts every finding', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Findings filter');
  await nav(page, 'Matrix').click();
  await setRole(page, 'Attract', 'Store', '2', 'important');
  await nav(page, 'Findings').click();
  const summary = page.getByRole('status', { name: 'Findings by severity' });
  await expect(summary).toContainText(/\d+ findings/);
  const total = await summary.textContent();
  await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Needs attention' });
  const lists = page.locator('.findings-list');
  await expect(lists.locator('> li.finding--warning').first()).toBeVisible();
  await expect(lists.locator('> li:not(.finding--warning)')).toHaveCount(0);
  await expect(summary).toHaveText(total!);
  // Kept in the address: a reload shows the same narrowed list.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue('warning');
});

test('a small case through the UI: money findings with their formula, a retired channel said as a change, no noise', async ({ page, host }) => {
  await createWorkspace(page, host.url, 'Findings money');
  await nav(page, 'Framework').click();
  for (const [channel, cost] of [
    ['Store', '18'],
    ['Website', '0.30'],
  ] as const) {
    await page.getByRole('button', { name: `Edit details of ${channel}` }).click();
    const editor = page.getByRole('dialog', { name: `Channel: ${channel}` });
    const field = editor.getByRole('textbox', { name: 'Cost per contact' });
    await field.fill(cost);
    await field.press('Enter');
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
  }
  await nav(page, 'Matrix').click();
  await setRole(page, 'Attract', 'Store', '1', 'supporting');
  await setRole(page, 'Attract', 'Website', '3', 'lead');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });
  await expect(page.getByRole('grid', { name: 'Matrix: To-be, All customers' })).toBeVisible();
  await setRole(page, 'Attract', 'Website', '3', 'lead');

  await nav(page, 'Findings').click();
  await expect(page.getByRole('heading', { name: 'Findings', level: 1 })).toBeVisible();
  // As-is: the store only supports Attract but makes up most of what it costs (0.5 x 18.00 of 9.00 + 2 x 0.30).
  await expect(finding(page, /^In Attract, Store only supports/)).toContainText('94% of what the phase costs per journey: 0.5 contacts × €18.00 = €9.00 of €9.60.');
  // Product-domain rules speak only of the main domain or one in use; none is, so none speaks.
  await expect(finding(page, /^For /)).toHaveCount(0);
  // Typology rules speak only of typologies a customer type is linked to; there are none.
  await expect(finding(page, /searches intensively|decides quickly/)).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });
  await expect(finding(page, /^A journey costs €0.60 in To-be against €9.60 in As-is: −\u2060?€9.00 \(−93.8%\), mostly through Store \(−\u2060?€9.00\)\./)).toBeVisible();
  await expect(finding(page, /^Compared with As-is, To-be changes one role/)).toContainText('To-be retires Store: it played a role in As-is and plays none now.');
  // Retired on purpose: not also a "cost without use" warning.
  await expect(finding(page, 'Store plays no role in any phase: cost without use.')).toHaveCount(0);
  await expect(finding(page, 'Social media plays no role in any phase: cost without use.')).toBeVisible();
});
