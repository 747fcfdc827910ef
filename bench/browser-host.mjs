// What the render benches share: a built workspace served by the browser host
// (`cli.js serve`) in a throwaway data folder, and one Chromium page on it at a
// fixed size and locale, so their timings are taken in the same conditions.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { root } from '../scripts/run-ts.mjs';

const CLI = join(root, 'out/main/cli.js');
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Waits until the page is painted and its main thread idle: a user looks at a page before clicking on. A click timed
 * the moment the previous page's DOM was in also counted that page's unfinished work (its paint, the garbage
 * collection its mount or teardown left), several milliseconds that vary from run to run.
 */
export function settled(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => done(), { timeout: 2000 }), 0))));
}

/** Why render timing cannot run here, or null when it can. */
export function browserHostUnavailable() {
  if (!existsSync(CLI) || !existsSync(join(root, 'out/renderer/index.html'))) return 'the app is not built (npm run build)';
  if (!CHROMIUM) return 'no Chromium found (set CHROMIUM_PATH or install Debian chromium)';
  return null;
}

function startHost(file, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', file, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]+)\s/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)));
  });
}

/**
 * Builds a workspace with `build(dir, home)` (it returns the file's path), serves
 * it and opens a page in Chromium. Returns { url, page, stop }; call stop() when
 * done: it closes the browser, ends the host and removes the folder.
 */
export async function startBrowserHost(prefix, build) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const home = join(dir, 'home');
  mkdirSync(home);
  const file = await build(dir, home);
  const host = await startHost(file, { ...process.env, CHANNELWISE_HOME: home, CHANNELWISE_DEFAULT_FOLDER: dir, LANG: 'en_GB.UTF-8' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const stop = async () => {
    await browser.close();
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
    // Where a timed click stops its clock, for every bench: once the frame that shows the result is painted. A task
    // queued from requestAnimationFrame runs after that frame's style, layout and paint; the callback itself runs
    // before them, so stopping there counted the layout only when Chromium happened to force it earlier.
    await page.addInitScript(() => {
      window.__afterPaint = (done) => requestAnimationFrame(() => setTimeout(done, 0));
    });
    return { url: host.url, page, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
