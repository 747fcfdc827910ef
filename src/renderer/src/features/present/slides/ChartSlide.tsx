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
import { useScenarioCells } from '../../matrix/scenarioCells';
import '../../charts/charts.css';

type ChartParams = Extract<SlideParams, { kind: 'chart' }>;

/** One chart of the Charts page, drawn from the same pure data functions, at the slide's size. */
export function ChartSlide({ catalog, params }: { catalog: Catalog; params: ChartParams }) {
  const { t } = useTranslation();
  const cells = useScenarioCells(params.scenarioId);
  const toCells = useScenarioCells(params.chartId === 'delta' ? params.compareScenarioId : null);
  const name = (id: string | null) => catalog.scenarios.find((s) => s.id === id)?.name ?? '';
  const lensName = t('ui.matrix.lens.all');
  const view = `${name(params.scenarioId)}, ${lensName}`;
  const index = useMemo(() => (cells.data ? indexCells(cells.data) : null), [cells.data]);
  if (!index) return null;
  switch (params.chartId) {
    case 'heatmap':
      return <HeatmapCard data={heatmapData(catalog, index, params.lens)} view={view} />;
    case 'mix':
      return <MixCard data={mixData(catalog, index, params.lens)} view={view} />;
    case 'balance':
      return <BalanceCard data={balanceData(catalog, index, params.lens)} view={view} />;
    case 'profile':
      return <ProfileCard data={profileData(catalog, index, defaultProfileTypes(catalog))} view={view} controls={null} />;
    case 'quadrant':
      return <QuadrantCard data={quadrantData(catalog, index)} view={view} />;
    case 'delta': {
      if (!toCells.data) return null;
      const from = name(params.scenarioId);
      const to = name(params.compareScenarioId);
      const data = deltaData(catalog, index, indexCells(toCells.data), params.lens, { from, to });
      return <DeltaCards data={data} fromName={from} toName={to} lensName={lensName} />;
    }
  }
}
