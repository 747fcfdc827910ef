import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { visibleSorted } from '@shared/analysis/charts/cells';
import { defaultDeltaPair } from '@shared/analysis/charts/delta';
import { defaultProfileTypes } from '@shared/analysis/charts/profile';
import type { ChartId } from '@shared/analysis/charts/registry';
import { lensFromKey, lensKey } from '@shared/domain/lens';
import type { Catalog, Lens } from '@shared/domain/types';
import { useHashRoute } from '../../app/useHashRoute';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { sortByPosition, useCatalog } from '../framework';
import { LensSelect, lensName } from '../matrix';
import type { PageProps } from '../workspace';
import { ScenarioSelect, TypePicker } from './ChartControls';
import { chartCard, type ChartCardContext } from './chartViews';
import { useChartsData } from './queries';
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

const ALL: Lens = { kind: 'all' };

/** The charts drawn from the shown scenario in the chosen lens, asked for together. */
const MATRIX_CHARTS: ChartId[] = ['heatmap', 'mix', 'balance'];

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
  // From the hash's string, not its parsed array: every change re-reads the hash, and only a
  // new choice of types may give the radar's request (and so its drawing) a new object.
  const typesKey = chosenTypes?.join(',') ?? null;
  const typeIds = useMemo(() => (typesKey === null ? defaultProfileTypes(catalog) : typesKey.split(',').filter(Boolean)), [typesKey, catalog]);

  const fromName = scenarios.find((s) => s.id === pair?.from)?.name ?? '';
  const toName = scenarios.find((s) => s.id === pair?.to)?.name ?? '';

  // The core computes the charts (charts.data) in four groups, one query each, so picking a
  // type asks for the radar only and a new lens leaves the radar and the quadrant alone.
  const scenarioId = scenario?.id ?? null;
  const matrix = useChartsData(scenarioId === null ? null : { scenarioId, lens, charts: MATRIX_CHARTS });
  // The radar and the quadrant do not look through the lens (CHARTS.*.lensed): asked for in "all customers".
  const profile = useChartsData(scenarioId === null ? null : { scenarioId, lens: ALL, charts: ['profile'], profileTypeIds: typeIds });
  const quadrant = useChartsData(scenarioId === null ? null : { scenarioId, lens: ALL, charts: ['quadrant'] });
  const delta = useChartsData(pair === null ? null : { scenarioId: pair.from, lens, charts: ['delta'], compare: { fromId: pair.from, toId: pair.to } });
  const m = matrix.data;
  const data =
    m?.heatmap && m.mix && m.balance && profile.data?.profile && quadrant.data?.quadrant
      ? { heatmap: m.heatmap, mix: m.mix, balance: m.balance, profile: profile.data.profile, quadrant: quadrant.data.quadrant, delta: delta.data?.delta ?? null }
      : null;

  if (!scenario) return <p className="muted">{t('ui.charts.noScenarios')}</p>;
  const error = matrix.error ?? profile.error ?? quadrant.error ?? delta.error;
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
