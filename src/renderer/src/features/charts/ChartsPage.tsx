import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartsData } from '@shared/analysis/charts/charts';
import { visibleSorted } from '@shared/analysis/charts/cells';
import { defaultDeltaPair } from '@shared/analysis/charts/delta';
import { defaultProfileTypes } from '@shared/analysis/charts/profile';
import type { Catalog, Lens } from '@shared/domain/types';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework/catalog';
import { LensSelect, lensName } from '../matrix/LensSelect';
import type { PageProps } from '../workspace/navItems';
import { ScenarioSelect, TypePicker } from './ChartControls';
import { DeltaCards } from './DeltaCards';
import { BalanceCard, HeatmapCard, MixCard } from './MatrixCards';
import { useCatalog, useScenarioCells } from './queries';
import { ProfileCard, QuadrantCard } from './SegmentCards';
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

function ChartsWorkbench({ catalog }: { catalog: Catalog }) {
  const { t } = useTranslation();
  const scenarios = useMemo(() => sortByPosition(catalog.scenarios), [catalog.scenarios]);
  const types = useMemo(() => visibleSorted(catalog.customerTypes), [catalog.customerTypes]);
  const [chosenScenario, setScenario] = useState<string | null>(null);
  const [chosenLens, setLens] = useState<Lens>({ kind: 'all' });
  const [chosenPair, setPair] = useState<{ from: string; to: string } | null>(null);
  const [chosenTypes, setTypes] = useState<string[] | null>(null);

  const scenario = scenarios.find((s) => s.id === chosenScenario) ?? scenarios[0];
  const lens = validLens(catalog, chosenLens);
  const fallbackPair = defaultDeltaPair(scenarios);
  const pair = chosenPair && [chosenPair.from, chosenPair.to].every((id) => scenarios.some((s) => s.id === id)) ? chosenPair : fallbackPair;
  const typeIds = useMemo(() => chosenTypes ?? defaultProfileTypes(catalog), [chosenTypes, catalog]);

  const cells = useScenarioCells(scenario?.id ?? null);
  const fromCells = useScenarioCells(pair?.from ?? null);
  const toCells = useScenarioCells(pair?.to ?? null);
  const fromName = scenarios.find((s) => s.id === pair?.from)?.name ?? '';
  const toName = scenarios.find((s) => s.id === pair?.to)?.name ?? '';

  const data = useMemo(() => {
    if (!cells.data) return null;
    const delta = pair && fromCells.data && toCells.data ? { fromCells: fromCells.data, toCells: toCells.data, fromName, toName } : null;
    return chartsData({ catalog, lens, cells: cells.data, profileTypeIds: typeIds, delta });
  }, [catalog, lens, cells.data, typeIds, pair, fromCells.data, toCells.data, fromName, toName]);

  if (!scenario) return <p className="muted">{t('ui.charts.noScenarios')}</p>;
  const error = cells.error ?? fromCells.error ?? toCells.error;
  const shownLens = lensName(catalog, lens, t('ui.matrix.lens.all'));
  const view = `${scenario.name} - ${shownLens}`;

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
          <HeatmapCard data={data.heatmap} view={view} />
          <MixCard data={data.mix} view={view} />
          <BalanceCard data={data.balance} view={view} />
          <ProfileCard data={data.profile} view={scenario.name} controls={<TypePicker types={types} selected={typeIds} onChange={setTypes} />} />
          <QuadrantCard data={data.quadrant} view={scenario.name} />
          <section className="charts-delta" aria-label={t('ui.charts.delta.phaseTitle')}>
            {pair ? (
              <div className="charts-controls">
                <ScenarioSelect label={t('ui.charts.controls.deltaFrom')} scenarios={scenarios} value={pair.from} onChange={(from) => setPair({ from, to: from === pair.to ? pair.from : pair.to })} />
                <ScenarioSelect label={t('ui.charts.controls.deltaTo')} scenarios={scenarios} value={pair.to} onChange={(to) => setPair({ to, from: to === pair.from ? pair.to : pair.from })} />
              </div>
            ) : (
              <p className="muted">{t('ui.charts.delta.needTwo')}</p>
            )}
            {data.delta && <DeltaCards data={data.delta} fromName={fromName} toName={toName} lensName={shownLens} />}
          </section>
        </div>
      )}
    </>
  );
}
