/**
 * Chart data for a selection of charts (charts.data): which lenses of which
 * scenarios they read, and their data through the registry. The core answers
 * the Charts page with this, so a window receives a few kilobytes of ready
 * chart data instead of every cell of two scenarios (about 370 KB each on the
 * benchmark workspace) to index and compute from.
 */
import { lensKey } from '../../domain/lens';
import type { Catalog, Lens } from '../../domain/types';
import type { CellIndex } from './cells';
import { defaultProfileTypes } from './profile';
import { CHARTS, type ChartId, type ChartInput, type ChartResult, type LensesInput } from './registry';

/** What a surface asks for: the charts, and the view they show. */
export interface ChartsRequest {
  scenarioId: string;
  lens: Lens;
  charts: readonly ChartId[];
  /** The customer types overlaid on the radar; absent: the registry's default (the three largest). */
  profileTypeIds?: readonly string[] | undefined;
  /** The delta's pair; absent or null: the delta is null. */
  compare?: { fromId: string; toId: string } | null | undefined;
}

/** Each requested chart's data, by id (a comparison is null without its pair). */
export type ChartsAnswer = { [K in ChartId]?: ChartResult<K> };

/** The charts that read the shown scenario (a comparison reads its pair instead). */
const readsShown = (charts: readonly ChartId[]): ChartId[] => charts.filter((id) => !CHARTS[id].compares);

/** The lenses `charts` read besides "all customers", each once, from each chart's declaration (CHARTS.*.lenses). */
function lensesOf(charts: readonly ChartId[], input: LensesInput): Lens[] {
  const lenses = new Map<string, Lens>();
  for (const id of charts) for (const lens of CHARTS[id].lenses(input)) if (lens.kind !== 'all') lenses.set(lensKey(lens), lens);
  return [...lenses.values()];
}

/** What decides the lenses read: the request and the catalog (the radar's default types, the typologies). */
const lensesInput = (request: ChartsRequest, catalog: AnswerInput['catalog']): LensesInput => ({
  catalog,
  lens: request.lens,
  profileTypeIds: request.profileTypeIds ?? defaultProfileTypes(catalog),
});

/**
 * The lenses of the shown scenario the charts read besides "all customers",
 * or null when none reads that scenario (only the delta was asked for).
 */
export function shownLenses(request: ChartsRequest, catalog: AnswerInput['catalog']): Lens[] | null {
  const shown = readsShown(request.charts);
  return shown.length === 0 ? null : lensesOf(shown, lensesInput(request, catalog));
}

/** The lenses of each scenario of the pair besides "all customers", or null when no chart asked for compares. */
export function compareLenses(request: ChartsRequest, catalog: AnswerInput['catalog']): Lens[] | null {
  const comparing = request.charts.filter((id) => CHARTS[id].compares);
  return comparing.length === 0 ? null : lensesOf(comparing, lensesInput(request, catalog));
}

/** An index with no cells: what a chart that does not read it is given. */
export const EMPTY_INDEX: CellIndex = { phases: new Map(), channels: new Map(), lenses: new Map() };

export interface AnswerInput {
  catalog: Pick<Catalog, 'phases' | 'channels' | 'customerTypes' | 'typologies'>;
  /** The shown scenario, indexed over at least "all customers" and shownLenses (EMPTY_INDEX when that is null). */
  index: CellIndex;
  /** The pair indexed over at least "all customers" and compareLenses, with the scenarios' names; null without a pair. */
  compare: ChartInput['compare'];
}

/** Every requested chart's data, each through its definition in the registry. */
export function answerCharts(request: ChartsRequest, { catalog, index, compare }: AnswerInput): ChartsAnswer {
  const input: ChartInput = { ...lensesInput(request, catalog), index, compare };
  // Built over the ids, so a new chart is answered without a line of its own; each entry pairs
  // an id with its own chart's result, which TypeScript cannot follow through fromEntries.
  return Object.fromEntries([...new Set(request.charts)].map((id) => [id, CHARTS[id].data(input)])) as ChartsAnswer;
}
