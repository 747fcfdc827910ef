import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indexPackedCells, visibleSorted, type CellIndex } from '@shared/analysis/charts/cells';
import { defaultDeltaPair } from '@shared/analysis/charts/delta';
import { defaultProfileTypes } from '@shared/analysis/charts/profile';
import { chartData, type ChartDataById, type ChartInput } from '@shared/analysis/charts/registry';
import { lensFromKey, lensKey } from '@shared/domain/lens';
import type { PackedCells } from '@shared/domain/packed-cells';
import type { Catalog, Lens } from '@shared/domain/types';
import { useHashRoute } from '../../app/useHashRoute';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { sortByPosition, useCatalog } from '../framework';
import { LensSelect, lensName, useScenarioPackedCells } from '../matrix';
import type { PageProps } from '../workspace';
import { ScenarioSelect, TypePicker } from './ChartControls';
import { chartCache } from './chartCache';
import { chartCard, type ChartCardContext } from './chartViews';
import { formatChartsHash, parseChartsHash } from './route';
import './charts.css';

/** The Charts page: scenario and lens on top, then every chart as a card. */
export function ChartsPage(_props: PageProps) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  return (
    <div className="page charts-page">
      <h1 className="page__title">{t('ui.charts.title')}</h1>
      {catalog.isPending && <p className="muted">{t('ui.charts.loading')}</p>}
      {catalog.isError && <Alert tone="error">{describeError(t, catalog.error)}</Alert>}
      {catalog.data && <ChartsWorkbench catalog={catalog.data} />}
    </div>
  );
}

const LENS_FIELDS = { customerType: 'customerTypes', typology: 'typologies', productDomain: 'productDomains' } as const;

/** The chosen lens, or "all customers" when its item is gone. */
function validLens(catalog: Catalog, lens: Lens): Lens {
  if (lens.kind === 'all') return lens;
  return catalog[LENS_FIELDS[lens.kind]].some((item) => item.id === lens.id) ? lens : { kind: 'all' };
}

/**
 * Indexed cells per fetched answer: the query cache keeps the answers, so coming
 * back to the page (or switching lens) does not index 28,800 cells again.
 */
const indexes = new WeakMap<PackedCells, CellIndex>();
function indexOf(cells: PackedCells | undefined): CellIndex | null {
  if (!cells) return null;
  let index = indexes.get(cells);
  if (!index) indexes.set(cells, (index = indexPackedCells(cells)));
  return index;
}

const ALL: Lens = { kind: 'all' };

/** Each chart's data per view, kept across visits (chartCache.ts): a return to the page draws without recomputing. */
const matrixCache = chartCache<{ heatmap: ChartDataById['heatmap']; mix: ChartDataById['mix']; balance: ChartDataById['balance'] }>();
const profileCache = chartCache<ChartDataById['profile']>();
const quadrantCache = chartCache<ChartDataById['quadrant']>();
const deltaCache = chartCache<ChartDataById['delta'] | null>();

/** The registry's input for one chart of the page; each memo passes only what its chart reads. */
const chartInput = (catalog: Catalog, index: CellIndex, lens: Lens, extra: Partial<ChartInput> = {}): ChartInput => ({
  catalog,
  index,
  lens,
  profileTypeIds: [],
  compare: null,
  ...extra,
});

function ChartsWorkbench({ catalog }: { catalog: Catalog }) {
  const { t } = useTranslation();
  const scenarios = useMemo(() => sortByPosition(catalog.scenarios), [catalog.scenarios]);
  const types = useMemo(() => visibleSorted(catalog.customerTypes), [catalog.customerTypes]);
  const [route, setRoute] = useHashRoute(parseChartsHash, formatChartsHash);
  const { scenario: chosenScenario, lens: chosenLens, pair: chosenPair, types: chosenTypes } = route;
  const setScenario = (scenario: string) => setRoute({ scenario });
  const setLens = (lens: Lens) => setRoute({ lens });
  const setPair = (pair: { from: string; to: string }) => setRoute({ pair });
  const setTypes = (types: string[]) => setRoute({ types });

  const scenario = scenarios.find((s) => s.id === chosenScenario) ?? scenarios[0];
  const lensParam = lensKey(chosenLens);
  const lens = useMemo(() => validLens(catalog, lensFromKey(lensParam)), [catalog, lensParam]);
  const fallbackPair = defaultDeltaPair(scenarios);
  const pair = chosenPair && [chosenPair.from, chosenPair.to].every((id) => scenarios.some((s) => s.id === id)) ? chosenPair : fallbackPair;
  // Keyed by strings, not the parsed objects: every change re-reads the hash, and picking a
  // type must redraw the radar only, a new lens leave the radar and quadrant alone.
  const typesKey = chosenTypes?.join(',') ?? null;
  const typeIds = useMemo(() => (typesKey === null ? defaultProfileTypes(catalog) : typesKey.split(',').filter(Boolean)), [typesKey, catalog]);

  const cells = useScenarioPackedCells(scenario?.id ?? null, { keepPrevious: true });
  const fromCells = useScenarioPackedCells(pair?.from ?? null, { keepPrevious: true });
  const toCells = useScenarioPackedCells(pair?.to ?? null, { keepPrevious: true });
  const fromName = scenarios.find((s) => s.id === pair?.from)?.name ?? '';
  const toName = scenarios.find((s) => s.id === pair?.to)?.name ?? '';

  // One memo per chart (what chartsData computes at once), so picking a type
  // redraws the radar only and a new lens leaves the radar and quadrant alone.
  const index = indexOf(cells.data);
  const fromIndex = indexOf(fromCells.data);
  const toIndex = indexOf(toCells.data);
  const hasPair = pair !== null;
  const matrix = useMemo(() => {
    if (!index) return null;
    return matrixCache([catalog, index], lensKey(lens), () => {
      const input = chartInput(catalog, index, lens);
      return { heatmap: chartData('heatmap', input), mix: chartData('mix', input), balance: chartData('balance', input) };
    });
  }, [catalog, index, lens]);
  // The radar and the quadrant do not look through the lens (CHARTS.*.lensed): a new lens leaves them alone.
  const profile = useMemo(
    () => index && profileCache([catalog, index], typeIds.join(','), () => chartData('profile', chartInput(catalog, index, ALL, { profileTypeIds: typeIds }))),
    [catalog, index, typeIds],
  );
  const quadrant = useMemo(() => index && quadrantCache([catalog, index], '', () => chartData('quadrant', chartInput(catalog, index, ALL))), [catalog, index]);
  const delta = useMemo(
    () =>
      hasPair && fromIndex && toIndex
        ? deltaCache([catalog, fromIndex, toIndex], JSON.stringify([lensKey(lens), fromName, toName]), () =>
            chartData('delta', chartInput(catalog, fromIndex, lens, { compare: { from: fromIndex, to: toIndex, fromName, toName } })),
          )
        : null,
    [catalog, hasPair, fromIndex, toIndex, lens, fromName, toName],
  );
  const data = matrix && profile && quadrant ? { ...matrix, profile, quadrant, delta } : null;

  if (!scenario) return <p className="muted">{t('ui.charts.noScenarios')}</p>;
  const error = cells.error ?? fromCells.error ?? toCells.error;
  const shownLens = lensName(catalog, lens, t('ui.matrix.lens.all'));
  const view = `${scenario.name} - ${shownLens}`;
  // The radar and the quadrant do not look through the lens: their files are named after the scenario alone.
  const card: ChartCardContext = { view, lensName: shownLens, fromName, toName };
  const unlensed: ChartCardContext = { ...card, view: scenario.name };

  return (
    <>
      <p className="page__intro charts-page__intro">{t('ui.charts.intro')}</p>
      <div className="charts-controls" role="group" aria-label={t('ui.charts.controls.label')}>
        <ScenarioSelect label={t('ui.charts.controls.scenario')} scenarios={scenarios} value={scenario.id} onChange={setScenario} />
        <LensSelect catalog={catalog} value={lens} onChange={setLens} />
      </div>
      {error && <Alert tone="error">{describeError(t, error)}</Alert>}
      {!data ? (
        <p className="muted">{t('ui.charts.loading')}</p>
      ) : (
        <div className="charts-grid">
          {chartCard('heatmap', data.heatmap, card)}
          {chartCard('mix', data.mix, card)}
          {chartCard('balance', data.balance, card)}
          {chartCard('profile', data.profile, { ...unlensed, controls: <TypePicker types={types} selected={typeIds} onChange={setTypes} /> })}
          {chartCard('quadrant', data.quadrant, unlensed)}
          <section className="charts-delta" aria-label={t('ui.charts.delta.phaseTitle')}>
            {pair ? (
              <div className="charts-controls">
                <ScenarioSelect label={t('ui.charts.controls.deltaFrom')} scenarios={scenarios} value={pair.from} onChange={(from) => setPair({ from, to: from === pair.to ? pair.from : pair.to })} />
                <ScenarioSelect label={t('ui.charts.controls.deltaTo')} scenarios={scenarios} value={pair.to} onChange={(to) => setPair({ to, from: to === pair.from ? pair.to : pair.from })} />
              </div>
            ) : (
              <p className="muted">{t('ui.charts.delta.needTwo')}</p>
            )}
            {data.delta && chartCard('delta', data.delta, card)}
          </section>
        </div>
      )}
    </>
  );
}
