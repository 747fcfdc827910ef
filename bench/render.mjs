// Render timing of the Matrix page through the browser host in Chromium: the
// 60 channels x 12 phases grid, first render and a role change, medians of runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { importTs, root } from '../scripts/run-ts.mjs';

const CLI = join(root, 'out/main/cli.js');
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function startHost(file, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', file, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)));
  });
}

/** Returns figures, or a reason why render timing could not run here. */
export async function runRenderBench({ runs = 7 } = {}) {
  if (!existsSync(CLI) || !existsSync(join(root, 'out/renderer/index.html'))) return { skipped: 'the app is not built (npm run build)' };
  if (!CHROMIUM) return { skipped: 'no Chromium found (set CHROMIUM_PATH or install Debian chromium)' };

  const dir = mkdtempSync(join(tmpdir(), 'cw-render-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  const { buildRenderWorkspace } = await importTs('/bench/render-workspace.ts');
  const file = buildRenderWorkspace(join(dir, 'render.channelwise'), home);
  const host = await startHost(file, { ...process.env, CHANNELWISE_HOME: home, CHANNELWISE_DEFAULT_FOLDER: dir, LANG: 'en_GB.UTF-8' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
    await page.goto(`${host.url}#/framework`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const firstRender = [];
    const roleChange = [];
    for (let run = 0; run < runs; run++) {
      // Leave the matrix, then time the click on "Matrix" until all 720 cells are in the grid.
      await page.getByRole('link', { name: 'Framework' }).click();
      await page.getByRole('grid').waitFor({ state: 'detached' });
      firstRender.push(
        await page.evaluate(
          () =>
            new Promise((resolve) => {
              const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent?.trim() === 'Matrix');
              const t0 = performance.now();
              const done = () => {
                const grid = document.querySelector('[role="grid"]');
                if (grid && grid.querySelectorAll('[role="gridcell"]').length >= 720) {
                  observer.disconnect();
                  // The next frame is when the user sees it.
                  requestAnimationFrame(() => resolve(performance.now() - t0));
                }
              };
              const observer = new MutationObserver(done);
              observer.observe(document.body, { childList: true, subtree: true });
              link.click();
            }),
        ),
      );
      // A role change: press a digit on a cell and wait until the cell shows it.
      roleChange.push(
        await page.evaluate(
          (run) =>
            new Promise((resolve) => {
              const cells = document.querySelectorAll('[role="gridcell"]');
              const cell = cells[(run * 37) % cells.length];
              cell.focus();
              const next = String((Number(cell.getAttribute('data-role') || '0') + 1) % 4);
              const t0 = performance.now();
              const observer = new MutationObserver(() => {
                if (cell.getAttribute('data-role') === next) {
                  observer.disconnect();
                  requestAnimationFrame(() => resolve(performance.now() - t0));
                }
              });
              observer.observe(cell, { attributes: true, attributeFilter: ['data-role'] });
              cell.dispatchEvent(new KeyboardEvent('keydown', { key: next, bubbles: true }));
            }),
          run,
        ),
      );
    }
    return {
      figures: [
        { name: 'matrix 60x12 first render (click to grid painted, median)', value: median(firstRender), unit: 'ms', budget: { max: 100 } },
        { name: 'matrix role change visible (keypress to painted, median)', value: median(roleChange), unit: 'ms', budget: { max: 50 } },
      ],
    };
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
