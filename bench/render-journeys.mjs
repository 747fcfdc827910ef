// Render timing of a 200-step journey map through the browser host in Chromium:
// first render (click in the list to every card painted) and scrolling (frame
// times while the page scrolls through the map), medians/percentiles of runs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { importTs, root } from '../scripts/run-ts.mjs';

const CLI = join(root, 'out/main/cli.js');
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const STEPS = 200;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

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

/** The journey figures for bench/run.mjs; an empty list (with the reason printed) where it cannot run. */
export async function journeyRenderFigures({ runs = 7 } = {}) {
  if (!existsSync(CLI) || !existsSync(join(root, 'out/renderer/index.html'))) {
    console.log('Journey render timing skipped: the app is not built (npm run build)');
    return [];
  }
  if (!CHROMIUM) {
    console.log('Journey render timing skipped: no Chromium found (set CHROMIUM_PATH or install Debian chromium)');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'cw-journey-render-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  const { buildJourneyWorkspace } = await importTs('/bench/journey-workspace.ts');
  const built = buildJourneyWorkspace(join(dir, 'journey.channelwise'), home, STEPS);
  const host = await startHost(built.path, { ...process.env, CHANNELWISE_HOME: home, CHANNELWISE_DEFAULT_FOLDER: dir, LANG: 'en_GB.UTF-8' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB' });
    await page.goto(`${host.url}#/journeys`);
    await page.getByRole('link', { name: built.journeyName }).waitFor();
    const firstRender = [];
    const wholePage = [];
    const frames = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(`${host.url}#/journeys`);
      await page.getByRole('link', { name: built.journeyName }).waitFor();
      // Click the journey in the list, then wait until all its cards are in the map and painted.
      const timing = await page.evaluate(
          ({ name, steps }) =>
            new Promise((resolve) => {
              const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === name);
              const t0 = performance.now();
              let map = null;
              const observer = new MutationObserver(() => {
                if (map === null && document.querySelectorAll('[data-step-id]').length >= steps) {
                  map = 0;
                  // The next frame is when the user sees it.
                  requestAnimationFrame(() => (map = performance.now() - t0));
                }
                // The curve is drawn last: then the whole page is there.
                if (map !== null && document.querySelector('.journey-curve__chart .recharts-line-curve')) {
                  observer.disconnect();
                  requestAnimationFrame(() => resolve({ map, all: performance.now() - t0 }));
                }
              });
              observer.observe(document.body, { childList: true, subtree: true });
              link.click();
            }),
          { name: built.journeyName, steps: STEPS },
        );
      firstRender.push(timing.map);
      wholePage.push(timing.all);
      // Scroll the page from the top of the map to the end, one step per frame, and record each frame's time.
      frames.push(
        ...(await page.evaluate(
          () =>
            new Promise((resolve) => {
              const scroller = document.querySelector('.workspace__main');
              const target = scroller && scroller.scrollHeight > scroller.clientHeight ? scroller : document.scrollingElement;
              target.scrollTop = 0;
              const end = target.scrollHeight - target.clientHeight;
              const times = [];
              let last = performance.now();
              const tick = (now) => {
                times.push(now - last);
                last = now;
                target.scrollTop += Math.max(40, end / 90);
                if (target.scrollTop < end && times.length < 240) requestAnimationFrame(tick);
                else resolve(times.slice(1));
              };
              requestAnimationFrame(tick);
            }),
        )),
      );
    }
    return [
      { name: `journey ${STEPS} steps first render (click to map painted, median)`, value: median(firstRender), unit: 'ms', budget: { max: 100 } },
      { name: `journey ${STEPS} steps whole page (map, switches and curve painted, median)`, value: median(wholePage), unit: 'ms' },
      // Frame times come in whole vsyncs (16.7 ms at 60 Hz): the budget is at most one missed frame in the slowest 5 %.
      { name: `journey ${STEPS} steps scrolling frame time (p95)`, value: percentile(frames, 0.95), unit: 'ms', budget: { max: 34 } },
    ];
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run on its own: node bench/render-journeys.mjs
if (import.meta.url === `file://${process.argv[1]}`) console.table(await journeyRenderFigures());
