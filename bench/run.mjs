// `npm run bench`: performance figures as JSON, then as a table; budgets are checked here.
import { importTs } from '../scripts/run-ts.mjs';

import { runRenderBench } from './render.mjs';

const { runBench } = await importTs('/bench/bench.ts');
const figures = runBench();
figures.push(...(await importTs('/bench/journeys.ts')).runJourneyBench());
figures.push(...(await importTs('/bench/economics.ts')).runEconomicsBench());
figures.push(...(await importTs('/bench/findings.ts')).runFindingsBench());
figures.push(...(await importTs('/bench/present.ts')).runPresentBench());
figures.push(...(await (await importTs('/bench/workshop.ts')).runWorkshopBench()));
figures.push(...(await (await import('./charts-bench.mjs')).runChartsFigures()));
const render = await runRenderBench();
if (render.figures) figures.push(...render.figures);
else console.log(`Render timing skipped: ${render.skipped}`);
figures.push(...(await (await import('./render-journeys.mjs')).journeyRenderFigures()));
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
