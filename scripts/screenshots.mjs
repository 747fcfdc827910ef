// `npm run screenshots`: README pictures of the real app, through the browser host in Chromium.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = mkdtempSync(join(tmpdir(), 'cw-shots-'));
const docs = join(root, 'Documents');
mkdirSync(docs, { recursive: true });
const env = { ...process.env, CHANNELWISE_HOME: join(root, 'home'), CHANNELWISE_DEFAULT_FOLDER: docs, LANG: 'en_GB.UTF-8' };
const out = process.argv[2] ?? 'docs/screenshots';

const host = spawn(process.execPath, ['out/main/cli.js', 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => {
  let text = '';
  host.stdout.on('data', (c) => {
    text += c;
    const m = /(http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]+)\s/.exec(text);
    if (m) resolve(m[1]);
  });
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  // A recent workspace makes the start screen look like a real one.
  await page.goto(url);
  await page.getByRole('textbox', { name: 'File name' }).fill('Retail bank 2027');
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByRole('button', { name: 'Close workspace' }).click();
  await page.getByRole('textbox', { name: 'File name' }).fill('Garden centre');
  await page.screenshot({ path: join(out, 'start.png') });

  await page.getByRole('button', { name: /Retail bank 2027/ }).first().click();
  const store = page.getByRole('textbox', { name: 'Name of channel Store' });
  await store.fill('Branch office');
  await store.press('Enter');
  await page.getByRole('button', { name: 'Hide Print' }).click();
  await page.getByRole('button', { name: 'Show Print' }).waitFor();
  const top = () =>
    page.evaluate(() => {
      for (const el of [document.scrollingElement, ...document.querySelectorAll('main, #main, [data-scroll]')]) el?.scrollTo(0, 0);
    });
  await top();
  await page.screenshot({ path: join(out, 'workspace.png') });

  await page.getByRole('button', { name: 'History' }).click();
  await top();
  await page.screenshot({ path: join(out, 'history.png') });
  await page.getByRole('button', { name: 'Close history' }).click();

  // Presentation scale and high contrast, as on a projector.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog').getByRole('radio', { name: 'High contrast' }).check();
  await page.getByRole('dialog').getByRole('radio', { name: '200%' }).check();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: join(out, 'presentation-high-contrast.png') });
  // Leave the next run's settings as they were.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog').getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
  await page.getByRole('dialog').getByRole('radio', { name: '100%' }).check();
  await page.keyboard.press('Escape');

  // The board workspace (two scenarios, costs, a journey): findings with money, and the economics behind them.
  await page.setViewportSize({ width: 1440, height: 900 });
  const board = join(docs, 'Retail bank board.channelwise');
  await new Promise((resolve, reject) =>
    spawn(process.execPath, ['scripts/board-workspace.mjs', board], { stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`board-workspace exited ${code}`)))),
  );
  await page.getByRole('button', { name: 'Close workspace' }).click();
  await page.getByRole('textbox', { name: 'Workspace file' }).fill(board);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Findings', exact: true }).click();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'To-be' });
  await page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: 'Severity' });
  await page.getByText(/^A journey costs/).first().waitFor();
  await page.getByText(/^A journey costs/).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, 'findings-money.png') });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Economics', exact: true }).click();
  await page.getByRole('group', { name: 'Cost of one journey' }).waitFor();
  await top();
  await page.screenshot({ path: join(out, 'economics.png') });
} finally {
  await browser.close();
  host.kill('SIGTERM');
  await new Promise((r) => host.once('exit', r));
  rmSync(root, { recursive: true, force: true });
}
console.log(`Screenshots written to ${out}`);
