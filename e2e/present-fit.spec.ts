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
