// Charts figures for `npm run bench`: chart data on the 60 x 12 x 40-lens
// workspace (Node), and drawing the Charts page through the browser host in
// Chromium (click on "Charts" until every chart is painted): opens after a
// reload, which load the cells, and returns to the page, which only draw.
import { join } from 'node:path';
import { importTs } from '../scripts/run-ts.mjs';
import { browserHostUnavailable, median, settled, startBrowserHost } from './browser-host.mjs';

/** Cards on the page: heatmap, mix, balance, radar, quadrant, delta per phase and per channel. */
const CARDS = 7;

/**
 * Milliseconds from a click on "Charts" until every card's chart is in the page
 * with its marks (the heatmap's cell paths, bars, outlines, circles), and that frame is painted.
 */
function timeChartsOpen(page, cards) {
  return page.evaluate(
    (cards) =>
      new Promise((resolve) => {
        const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent?.trim() === 'Charts');
        const t0 = performance.now();
        const done = () => {
          const plots = [...document.querySelectorAll('.chart-card__plot')];
          const drawn = plots.filter((plot) => plot.querySelector('svg')?.querySelector('path[fill], rect[fill], polygon[stroke], circle'));
          if (plots.length === cards && drawn.length === cards) {
            observer.disconnect();
            window.__afterPaint(() => resolve(performance.now() - t0));
          }
        };
        const observer = new MutationObserver(done);
        observer.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    cards,
  );
}

async function renderFigures(fresh, runs) {
  const unavailable = browserHostUnavailable();
  if (unavailable) return { skipped: unavailable };
  const { buildChartsBenchWorkspace } = await importTs('/bench/charts-workspace.ts');
  const { url, page, stop } = await startBrowserHost('cw-charts-render-', (dir, home) => buildChartsBenchWorkspace(join(dir, 'charts.channelwise'), home));
  // Back on the Framework page as a user who looked at it before clicking Charts (see settled()): clicked the
  // moment its DOM was in, a draw also carried about 10 ms of CPU from the Framework page (its garbage collection).
  const framework = async () => {
    await page.getByRole('link', { name: 'Framework' }).click();
    await page.locator('.charts-page').waitFor({ state: 'detached' });
    await settled(page);
  };
  try {
    await page.goto(`${url}#/framework`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    // A fresh open: a reload drops the query cache and the page's caches, so the cells load again.
    const open = [];
    for (let run = 0; run < fresh; run++) {
      if (run > 0) await framework();
      await page.reload();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      // The page the app opens on (Framework, 3,000 elements and its own requests) finishes loading first: the
      // figure is the Charts page's open, as a user who looked at the first page and then clicked Charts meets it.
      await page.waitForLoadState('networkidle');
      open.push(await timeChartsOpen(page, CARDS));
    }
    // A return to the page: the cells (and chart data) are cached, so this is drawing.
    const draw = [];
    for (let run = 0; run < runs; run++) {
      await framework();
      draw.push(await timeChartsOpen(page, CARDS));
    }
    return {
      figures: [
        { name: `charts page open, 60x12 x 40 lenses (median of ${fresh} fresh opens, incl. loading the chart data)`, value: median(open), unit: 'ms', budget: { max: 400 } },
        { name: `charts page draw, 7 charts (click to painted, median of ${runs})`, value: median(draw), unit: 'ms', budget: { max: 70 } },
      ],
    };
  } finally {
    await stop();
  }
}

export async function runChartsFigures({ fresh = 5, runs = 15 } = {}) {
  const { runChartsBench } = await importTs('/bench/charts.ts');
  const figures = runChartsBench();
  const render = await renderFigures(fresh, runs);
  if (render.figures) figures.push(...render.figures);
  else console.log(`Charts render timing skipped: ${render.skipped}`);
  return figures;
}
