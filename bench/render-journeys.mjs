// Render timing of a 200-step journey map through the browser host in Chromium:
// first render (click in the list to every card painted) and scrolling (frame
// times while the page scrolls through the map), medians/percentiles of runs.
import { join } from 'node:path';
import { importTs } from '../scripts/run-ts.mjs';
import { browserHostUnavailable, median, settled, startBrowserHost } from './browser-host.mjs';

const STEPS = 200;

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/** The journey figures for bench/run.mjs; an empty list (with the reason printed) where it cannot run. */
export async function journeyRenderFigures({ runs = 15 } = {}) {
  const unavailable = browserHostUnavailable();
  if (unavailable) {
    console.log(`Journey render timing skipped: ${unavailable}`);
    return [];
  }
  const { buildJourneyWorkspace } = await importTs('/bench/journey-workspace.ts');
  let built;
  const { url, page, stop } = await startBrowserHost('cw-journey-render-', (dir, home) => {
    built = buildJourneyWorkspace(join(dir, 'journey.channelwise'), home, STEPS);
    return built.path;
  });
  try {
    await page.goto(`${url}#/journeys`);
    await page.getByRole('link', { name: built.journeyName }).waitFor();
    const firstScreen = [];
    const allCards = [];
    const wholePage = [];
    const frames = [];
    // Back to the list by its keyless address: a change of fragment, so the app stays loaded and each run opens the
    // journey from the list as a user does. The keyed address makes the app reload (a new key, see hostKey.ts), which
    // since the browser host has a key made every run a cold start: 66 -> 156 ms without any change to the map.
    const list = `${url.split('#')[0]}#/journeys`;
    for (let run = 0; run < runs; run++) {
      await page.goto(list);
      await page.getByRole('link', { name: built.journeyName }).waitFor();
      await settled(page);
      // Click the journey in the list, then time three painted frames: the first with cards (the map's first screen:
      // the first cards of each column, the rest follow in the next render), the first with all of them, and the one
      // with the curve, drawn last (the whole page).
      const timing = await page.evaluate(
          ({ name, steps }) =>
            new Promise((resolve) => {
              const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === name);
              const t0 = performance.now();
              const at = {};
              const mark = (key) => {
                at[key] = 0;
                window.__afterPaint(() => (at[key] = performance.now() - t0));
              };
              const observer = new MutationObserver(() => {
                const cards = document.querySelectorAll('[data-step-id]').length;
                if (at.screen === undefined && cards > 0) mark('screen');
                if (at.map === undefined && cards >= steps) mark('map');
                if (at.map !== undefined && document.querySelector('.journey-curve__chart .recharts-line-curve')) {
                  observer.disconnect();
                  window.__afterPaint(() => resolve({ ...at, all: performance.now() - t0 }));
                }
              });
              observer.observe(document.body, { childList: true, subtree: true });
              link.click();
            }),
          { name: built.journeyName, steps: STEPS },
        );
      firstScreen.push(timing.screen);
      allCards.push(timing.map);
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
      { name: `journey ${STEPS} steps first screen (click to the first cards painted, median)`, value: median(firstScreen), unit: 'ms', budget: { max: 100 } },
      { name: `journey ${STEPS} steps all cards (click to ${STEPS} cards painted, median)`, value: median(allCards), unit: 'ms' },
      { name: `journey ${STEPS} steps whole page (map, switches and curve painted, median)`, value: median(wholePage), unit: 'ms' },
      // Frame times come in whole vsyncs (16.7 ms at 60 Hz): the budget is at most one missed frame in the slowest 5 %.
      { name: `journey ${STEPS} steps scrolling frame time (p95)`, value: percentile(frames, 0.95), unit: 'ms', budget: { max: 34 } },
    ];
  } finally {
    await stop();
  }
}

// Run on its own: node bench/render-journeys.mjs
if (import.meta.url === `file://${process.argv[1]}`) console.table(await journeyRenderFigures());
