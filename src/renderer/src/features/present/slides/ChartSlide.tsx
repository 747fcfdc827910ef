import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indexCells } from '@shared/analysis/charts/cells';
import { defaultProfileTypes } from '@shared/analysis/charts/profile';
import { CHARTS, chartData } from '@shared/analysis/charts/registry';
import type { Catalog } from '@shared/domain/types';
import type { SlideParams } from '@shared/present/deck';
import { chartCard } from '../../charts';
import { lensName as nameOfLens, useScenarioCells } from '../../matrix';
import { SlideBody } from '../fit/SlideBody';
import '../../charts/charts.css';

type ChartParams = Extract<SlideParams, { kind: 'chart' }>;

const nameOf = (catalog: Catalog, id: string | null): string => catalog.scenarios.find((s) => s.id === id)?.name ?? '';

/** One chart of the Charts page, from the chart registry's data and the same card, fitted to the slide. */
export function ChartSlide({ catalog, params }: { catalog: Catalog; params: ChartParams }) {
  const { t } = useTranslation();
  const { chartId } = params;
  const { compares } = CHARTS[chartId];
  const cells = useScenarioCells(params.scenarioId);
  const toCells = useScenarioCells(compares ? params.compareScenarioId : null);
  const name = (id: string | null) => nameOf(catalog, id);
  const lensName = nameOfLens(catalog, params.lens, t('ui.matrix.lens.all'));
  const data = useMemo(() => {
    if (!cells.data || (compares && !toCells.data)) return null;
    const index = indexCells(cells.data);
    const compare =
      compares && toCells.data
        ? { from: index, to: indexCells(toCells.data), fromName: nameOf(catalog, params.scenarioId), toName: nameOf(catalog, params.compareScenarioId) }
        : null;
    return chartData(chartId, { catalog, index, lens: params.lens, profileTypeIds: defaultProfileTypes(catalog), compare });
  }, [catalog, cells.data, toCells.data, compares, chartId, params.lens, params.scenarioId, params.compareScenarioId]);
  if (!data) return null;
  const ctx = { view: `${name(params.scenarioId)}, ${lensName}`, lensName, fromName: name(params.scenarioId), toName: name(params.compareScenarioId) };
  return (
    <SlideBody min={0.45} max={2}>
      <div className={`present-chart present-chart--${chartId}${compares ? ' present-charts--two' : ''}`}>{chartCard(chartId, data, ctx)}</div>
    </SlideBody>
  );
}
