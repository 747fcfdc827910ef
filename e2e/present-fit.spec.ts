import type { Page } from '@playwright/test';
import { openBoardWorkspace, setAppearance, slideLayoutProblems } from './board';
import { expect, test } from './fixtures';

/**
 * Every slide kind of a real deck (13 channels, two scenarios, a journey, a
 * revealed vote, the join slide) at the screens and presentation scales a
 * room has: nothing outside the screen, the slide or its box, no scrollbars.
 */
const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
  { width: 3840, height: 2160 },
];

async function slideCount(page: Page): Promise<number> {
  const text = (await page.locator('.present-show__counter').textContent()) ?? '';
  return Number(/of (\d+)/.exec(text)?.[1] ?? 0);
}

/** Goes through every slide of the show at the current size and checks each. */
async function checkEverySlide(page: Page, label: string): Promise<number> {
  await page.keyboard.press('Home');
  await expect(page.locator('.present-show__counter')).toContainText('Slide 1 of');
  const count = await slideCount(page);
  for (let i = 1; i <= count; i++) {
    await expect(page.locator('.present-show__counter')).toContainText(`Slide ${i} of ${count}`);
    await expect.poll(() => slideLayoutProblems(page), { message: `${label}, slide ${i}` }).toEqual([]);
    if (i < count) await page.keyboard.press('ArrowRight');
  }
  return count;
}

async function startShow(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Start presentation' }).click();
  await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
}

async function addJoinSlide(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Present' }).click();
  await page.getByRole('button', { name: 'Add slide' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a slide' });
  await dialog.getByRole('combobox', { name: 'Slide' }).selectOption({ label: 'Join the workshop' });
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('list', { name: 'Slides' }).getByRole('listitem', { name: 'Join the workshop' })).toBeVisible();
}

test.describe.configure({ timeout: 240_000 });

test('every slide fits every screen at 100 %', async ({ page, host }) => {
  await openBoardWorkspace(page, host.url, host.docs);
  await addJoinSlide(page);
  await startShow(page);
  for (const screen of SCREENS) {
    await page.setViewportSize(screen);
    expect(await checkEverySlide(page, `${screen.width}x${screen.height} at 100 %`)).toBeGreaterThanOrEqual(18);
  }
});

test('every slide fits at 150 % and 200 % in high contrast', async ({ page, host }) => {
  await openBoardWorkspace(page, host.url, host.docs);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workshop' }).click();
  await page.getByRole('button', { name: 'Start sharing' }).click();
  await addJoinSlide(page);
  for (const scale of ['150%', '200%']) {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await setAppearance(page, scale, 'High contrast');
    await startShow(page);
    for (const screen of [SCREENS[0]!, SCREENS[2]!, SCREENS[4]!]) {
      await page.setViewportSize(screen);
      await checkEverySlide(page, `${screen.width}x${screen.height} at ${scale}, high contrast`);
    }
    await page.keyboard.press('Escape');
  }
});

test('a 30-channel matrix is cut into bands that fit, with nothing left unsaid', async ({ page, host }) => {
  await openBoardWorkspace(page, host.url, host.docs);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Framework' }).click();
  const add = page.getByRole('textbox', { name: 'New channel' });
  for (let i = 1; i <= 17; i++) {
    await add.fill(`Partner channel ${i}`);
    await add.press('Enter');
    await expect(page.getByRole('textbox', { name: `Name of channel Partner channel ${i}` })).toBeVisible();
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await startShow(page);
  await page.keyboard.press('ArrowRight');
  const show = page.getByRole('region', { name: 'Presentation' });
  await expect(show.getByRole('heading', { name: 'Matrix: As-is, All customers' })).toBeVisible();
  await expect(show.getByRole('grid')).toHaveCount(2);
  await expect(show.getByRole('columnheader', { name: 'Partner channel 17' })).toBeVisible();
  await expect.poll(() => slideLayoutProblems(page)).toEqual([]);

  // The check has teeth: a title too big for the slide is caught.
  await page.addStyleTag({ content: '.present-slide__title { font-size: 30rem; white-space: nowrap; }' });
  await expect.poll(() => slideLayoutProblems(page)).toContainEqual(expect.stringContaining('sticks out'));
});

test('the presenter view: previews, notes and clocks side by side, nothing overlapping or off screen', async ({ page, host }) => {
  await openBoardWorkspace(page, host.url, host.docs);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Present' }).click();
  const notes = page.getByRole('textbox', { name: 'Speaker notes for Matrix: As-is, All customers' });
  await notes.fill('Start with the lead channels: where does the customer decide?');
  await notes.press('Tab');
  await expect(notes).toHaveValue('Start with the lead channels: where does the customer decide?');
  // The address with the key; a route follows after a second # (`/#k=KEY#/present`).
  const base = host.url;
  await page.goto(`${base}#/present/presenter`);
  const view = page.getByRole('region', { name: 'Presenter view' });
  await expect(view).toBeVisible();
  await expect(view.getByText('Not presenting.', { exact: false })).toBeVisible();
  await expect(view.getByRole('timer', { name: 'Elapsed' })).toHaveText('0:00');
  await view.getByRole('button', { name: 'Next slide' }).click();
  await expect(view.getByRole('region', { name: 'Speaker notes' })).toContainText('Start with the lead channels');
  const parts = ['Current slide', 'Next slide', 'Speaker notes', 'Clocks'];
  for (const [size, scale] of [[{ width: 1366, height: 768 }, '100%'], [{ width: 1920, height: 1080 }, '200%']] as const) {
    await page.setViewportSize(size);
    if (scale !== '100%') {
      // Settings are in the app's top bar, under the presenter view.
      await page.goto(`${base}#/present`);
      await setAppearance(page, scale, 'High contrast');
      // The core keeps the slide on screen: the view comes back to it.
      await page.goto(`${base}#/present/presenter`);
    }
    await expect(view.getByRole('region', { name: 'Current slide' }).getByRole('heading', { name: 'Matrix: As-is, All customers' })).toBeVisible();
    const boxes = await Promise.all(parts.map(async (name) => (await view.getByRole('region', { name, exact: true }).boundingBox())!));
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width + 1);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const apart = a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1 || a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1;
        expect(apart, `${parts[i]} and ${parts[j]} at ${size.width}x${size.height} ${scale}`).toBe(true);
      }
    }
    // Notes at arm's length: at least 20 px type.
    const notesSize = await view.locator('.presenter__notes-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(notesSize).toBeGreaterThanOrEqual(20);
  }
});
