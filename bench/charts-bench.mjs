// Charts figures for `npm run bench`: chart data on the 60 x 12 x 40-lens
// workspace (Node), and drawing the Charts page through the browser host in
// Chromium (click on "Charts" until every chart is painted, medians of runs).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { importTs, root } from '../scripts/run-ts.mjs';

const CLI = join(root, 'out/main/cli.js');
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
/** Cards on the page: heatmap, mix, balance, radar, quadrant, delta per phase and per channel. */
const CARDS = 7;

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

/**
 * Milliseconds from a click on "Charts" until every card's chart is in the page
 * with its marks (cells, bars, outlines, circles), and that frame is painted:
 * a task queued from requestAnimationFrame runs after the frame's paint.
 */
function timeChartsOpen(page, cards) {
  return page.evaluate(
    (cards) =>
      new Promise((resolve) => {
        const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent?.trim() === 'Charts');
        const t0 = performance.now();
        const done = () => {
          const plots = [...document.querySelectorAll('.chart-card__plot')];
          const drawn = plots.filter((plot) => plot.querySelector('svg')?.querySelector('rect[fill], polygon[stroke], circle'));
          if (plots.length === cards && drawn.length === cards) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          }
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    cards,
  );
}

async function renderFigures(runs) {
  if (!existsSync(CLI) || !existsSync(join(root, 'out/renderer/index.html'))) return { skipped: 'the app is not built (npm run build)' };
  if (!CHROMIUM) return { skipped: 'no Chromium found (set CHROMIUM_PATH or install Debian chromium)' };
  const dir = mkdtempSync(join(tmpdir(), 'cw-charts-render-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  const { buildChartsBenchWorkspace } = await importTs('/bench/charts-workspace.ts');
  const file = buildChartsBenchWorkspace(join(dir, 'charts.channelwise'), home);
  const host = await startHost(file, { ...process.env, CHANNELWISE_HOME: home, CHANNELWISE_DEFAULT_FOLDER: dir, LANG: 'en_GB.UTF-8' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
    await page.goto(`${host.url}#/framework`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const open = [];
    for (let run = 0; run < runs; run++) {
      await page.getByRole('link', { name: 'Framework' }).click();
      await page.locator('.charts-page').waitFor({ state: 'detached' });
      open.push(await timeChartsOpen(page, CARDS));
    }
    return {
      figures: [
        { name: 'charts page first open, 60x12 x 40 lenses (incl. loading the cells)', value: open[0], unit: 'ms' },
        { name: 'charts page draw, 7 charts (click to painted, median)', value: median(open.slice(1)), unit: 'ms', budget: { max: 100 } },
      ],
    };
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runChartsFigures({ runs = 8 } = {}) {
  const { runChartsBench } = await importTs('/bench/charts.ts');
  const figures = runChartsBench();
  const render = await renderFigures(runs);
  if (render.figures) figures.push(...render.figures);
  else console.log(`Charts render timing skipped: ${render.skipped}`);
  return figures;
}
