import type { Page } from '@playwright/test';

// The e2e code is typed for Node (no DOM lib), so the page's clipboard is
// described here rather than pulling browser types into the node project.
interface PageClipboard {
  navigator: { clipboard: { writeText(text: string): Promise<void>; readText(): Promise<string> } };
}

export function writeClipboard(page: Page, text: string): Promise<void> {
  return page.evaluate((t) => (globalThis as unknown as PageClipboard).navigator.clipboard.writeText(t), text);
}

export function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as PageClipboard).navigator.clipboard.readText());
}
