// `npm run bench`: performance figures as JSON, then as a table; budgets are checked here.
// `node bench/run.mjs workshop present` runs only the named parts (no build needed for
// the parts that do not drive Chromium); without names every part runs.
import { importTs } from '../scripts/run-ts.mjs';

import { runRenderBench } from './render.mjs';

const parts = {
  matrix: async () => (await importTs('/bench/bench.ts')).runBench(),
  journeys: async () => (await importTs('/bench/journeys.ts')).runJourneyBench(),
  economics: async () => (await importTs('/bench/economics.ts')).runEconomicsBench(),
  findings: async () => (await importTs('/bench/findings.ts')).runFindingsBench(),
  present: async () => (await importTs('/bench/present.ts')).runPresentBench(),
  workshop: async () => (await importTs('/bench/workshop.ts')).runWorkshopBench(),
  sync: async () => (await importTs('/bench/sync.ts')).runSyncBench(),
  charts: async () => (await import('./charts-bench.mjs')).runChartsFigures(),
  render: async () => {
    const render = await runRenderBench();
    if (!render.figures) console.log(`Render timing skipped: ${render.skipped}`);
    return render.figures ?? [];
  },
  'render-journeys': async () => (await import('./render-journeys.mjs')).journeyRenderFigures(),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in parts));
if (unknown.length > 0) {
  console.error(`Unknown bench part(s): ${unknown.join(', ')}. Parts: ${Object.keys(parts).join(', ')}`);
  process.exit(2);
}
const figures = [];
for (const [name, run] of Object.entries(parts)) {
  if (wanted.length === 0 || wanted.includes(name)) figures.push(...(await run()));
}
const rounded = figures.map((f) => ({ ...f, value: Math.round(f.value * 1000) / 1000 }));
console.log(JSON.stringify({ node: process.version, date: new Date().toISOString(), figures: rounded }, null, 2));
console.log('');
const over = rounded.filter((f) => f.budget && f.value > f.budget.max);
console.table(
  rounded.map((f) => ({
    figure: f.name,
    value: `${f.value} ${f.unit}`,
    budget: f.budget ? `<= ${f.budget.max} ${f.unit}` : '',
    verdict: f.budget ? (f.value <= f.budget.max ? 'ok' : 'OVER') : '',
  })),
);
if (over.length > 0) {
  console.log(`Over budget: ${over.map((f) => f.name).join(', ')}`);
  process.exitCode = 1;
}
