import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { balanceData } from '@shared/analysis/charts/balance';
import { indexCells } from '@shared/analysis/charts/cells';
import { deltaData } from '@shared/analysis/charts/delta';
import { heatmapData } from '@shared/analysis/charts/heatmap';
import { mixData } from '@shared/analysis/charts/mix';
import { defaultProfileTypes, profileData } from '@shared/analysis/charts/profile';
import { quadrantData } from '@shared/analysis/charts/quadrant';
import type { Catalog } from '@shared/domain/types';
import type { SlideParams } from '@shared/present/deck';
import { BalanceCard, DeltaCards, HeatmapCard, MixCard, ProfileCard, QuadrantCard } from '../../charts';
import { lensName as nameOfLens } from '../../matrix/LensSelect';
import { useScenarioCells } from '../../matrix/scenarioCells';
import { SlideBody } from '../fit/SlideBody';
import '../../charts/charts.css';

type ChartParams = Extract<SlideParams, { kind: 'chart' }>;

/** One chart of the Charts page, drawn from the same pure data functions, fitted to the slide. */
export function ChartSlide({ catalog, params }: { catalog: Catalog; params: ChartParams }) {
  const { t } = useTranslation();
  const cells = useScenarioCells(params.scenarioId);
  const toCells = useScenarioCells(params.chartId === 'delta' ? params.compareScenarioId : null);
  const name = (id: string | null) => catalog.scenarios.find((s) => s.id === id)?.name ?? '';
  const lensName = nameOfLens(catalog, params.lens, t('ui.matrix.lens.all'));
  const view = `${name(params.scenarioId)}, ${lensName}`;
  const index = useMemo(() => (cells.data ? indexCells(cells.data) : null), [cells.data]);
  if (!index) return null;
  let chart;
  switch (params.chartId) {
    case 'heatmap':
      chart = <HeatmapCard data={heatmapData(catalog, index, params.lens)} view={view} />;
      break;
    case 'mix':
      chart = <MixCard data={mixData(catalog, index, params.lens)} view={view} />;
      break;
    case 'balance':
      chart = <BalanceCard data={balanceData(catalog, index, params.lens)} view={view} />;
      break;
    case 'profile':
      chart = <ProfileCard data={profileData(catalog, index, defaultProfileTypes(catalog))} view={view} controls={null} />;
      break;
    case 'quadrant':
      chart = <QuadrantCard data={quadrantData(catalog, index)} view={view} />;
      break;
    case 'delta': {
      if (!toCells.data) return null;
      const from = name(params.scenarioId);
      const to = name(params.compareScenarioId);
      const data = deltaData(catalog, index, indexCells(toCells.data), params.lens, { from, to });
      chart = (
        <div className="present-charts present-charts--two">
          <DeltaCards data={data} fromName={from} toName={to} lensName={lensName} />
        </div>
      );
      break;
    }
  }
  return (
    <SlideBody min={0.45} max={2}>
      <div className={`present-chart present-chart--${params.chartId}`}>{chart}</div>
    </SlideBody>
  );
}
