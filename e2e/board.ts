/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The layout check runs inside the page, so this file needs the DOM types.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

const run = promisify(execFile);

/**
 * Writes the board workspace (src/main/core/testing/board-workspace.ts: 13
 * channels, As-is and To-be, two customer types, a journey, a revealed vote)
 * into `folder` and opens it in the app.
 */
export async function openBoardWorkspace(page: Page, url: string, folder: string, name = 'Board review'): Promise<string> {
  const file = join(folder, `${name}.channelwise`);
  await run(process.execPath, ['scripts/board-workspace.mjs', file]);
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Workspace file' }).fill(file);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  return file;
}

/** Sets the presentation scale and theme in Settings, as a facilitator would before a session. */
export async function setAppearance(page: Page, scale: string, theme: 'System' | 'High contrast'): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: theme }).first().check();
  await dialog.getByRole('radio', { name: scale }).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

/**
 * What is wrong with the layout of the slide on screen: anything outside the
 * viewport, outside the slide, or outside the box it was fitted into; a page or
 * part that scrolls; a body that did not fit; a slide still empty.
 */
export function slideLayoutProblems(page: Page, root = '.present-show'): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const problems: string[] = [];
    const scope = document.querySelector(rootSelector);
    const slide = scope?.querySelector('.present-slide');
    if (!slide) return ['no slide on screen'];
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ')[0]}`;
    const inside = (r: DOMRect, box: DOMRect) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    const viewport = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    const page = document.scrollingElement!;
    if (page.scrollWidth > page.clientWidth || page.scrollHeight > page.clientHeight) problems.push('the page scrolls');
    const slideBox = slide.getBoundingClientRect();
    if (!inside(slideBox, viewport)) problems.push('the slide is outside the viewport');
    const bodies = slide.querySelectorAll<HTMLElement>('.fit-box__inner');
    for (const body of bodies) if (body.dataset.fit !== 'fits') problems.push('a body does not fit even at its smallest zoom');
    if (!slide.querySelector('.fit-box__content > *, .present-join')) problems.push('the slide is still empty');
    for (const el of slide.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const box = el.closest('.fit-box');
      const frame = box && box !== el ? box.getBoundingClientRect() : slideBox;
      if (!inside(r, frame)) problems.push(`${name(el)} sticks out of ${box && box !== el ? 'its box' : 'the slide'}`);
      const style = getComputedStyle(el);
      const scrolls = (o: string) => o === 'auto' || o === 'scroll';
      if ((scrolls(style.overflowX) && el.scrollWidth > el.clientWidth + 1) || (scrolls(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        problems.push(`${name(el)} scrolls`);
      }
    }
    return [...new Set(problems)].slice(0, 6);
  }, root);
}
