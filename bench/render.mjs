// Render timing of the Matrix page through the browser host in Chromium: the
// 60 channels x 12 phases grid, first render and a role change, medians of runs.
import { join } from 'node:path';
import { importTs } from '../scripts/run-ts.mjs';
import { browserHostUnavailable, median, settled, startBrowserHost } from './browser-host.mjs';

/** Returns figures, or a reason why render timing could not run here. */
export async function runRenderBench({ runs = 15 } = {}) {
  const unavailable = browserHostUnavailable();
  if (unavailable) return { skipped: unavailable };

  const { buildRenderWorkspace } = await importTs('/bench/render-workspace.ts');
  const { url, page, stop } = await startBrowserHost('cw-render-', (dir, home) => buildRenderWorkspace(join(dir, 'render.channelwise'), home));
  try {
    await page.goto(`${url}#/framework`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    const firstRender = [];
    const roleChange = [];
    for (let run = 0; run < runs; run++) {
      // Leave the matrix, then time the click on "Matrix" until all 720 cells are in the grid.
      await page.getByRole('link', { name: 'Framework' }).click();
      await page.getByRole('grid').waitFor({ state: 'detached' });
      await settled(page);
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
                  window.__afterPaint(() => resolve(performance.now() - t0));
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
                  window.__afterPaint(() => resolve(performance.now() - t0));
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
    await stop();
  }
}
