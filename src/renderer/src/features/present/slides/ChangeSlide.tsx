import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indexCells } from '@shared/analysis/charts/cells';
import { chartData } from '@shared/analysis/charts/registry';
import { scenarioChange } from '@shared/analysis/scenario-change';
import type { Catalog } from '@shared/domain/types';
import type { SlideParams } from '@shared/present/deck';
import { DeltaCards } from '../../charts';
import { lensName as nameOfLens, useScenarioCells } from '../../matrix';
import { useChangeHighlights } from '../../findings';
import { SlideBody } from '../fit/SlideBody';
import '../../charts/charts.css';

type ChangeParams = Extract<SlideParams, { kind: 'change' }>;

/** A slide says what comes in and what drops out; the delta chart beside it shows the shifts in weight. */
const KINDS = ['appeared', 'vanished'] as const;

/**
 * The step from one scenario to another, through the slide's lens: per phase,
 * which channels come in and which drop out (scenarioChange, as the PPTX and
 * the report count them), beside the per-phase delta chart of the shifts in weight.
 */
export function ChangeSlide({ catalog, params }: { catalog: Catalog; params: ChangeParams }) {
  const { t, i18n } = useTranslation();
  const from = catalog.scenarios.find((s) => s.id === params.scenarioId)?.name ?? '';
  const to = catalog.scenarios.find((s) => s.id === params.compareScenarioId)?.name ?? '';
  const fromCells = useScenarioCells(params.scenarioId);
  const toCells = useScenarioCells(params.compareScenarioId);
  const computed = useMemo(() => {
    if (!fromCells.data || !toCells.data) return null;
    const fromIndex = indexCells(fromCells.data);
    const compare = { from: fromIndex, to: indexCells(toCells.data), fromName: from, toName: to };
    return {
      change: scenarioChange(catalog, fromCells.data, toCells.data, params.lens),
      delta: chartData('delta', { catalog, index: fromIndex, lens: params.lens, profileTypeIds: [], compare }),
    };
  }, [catalog, fromCells.data, toCells.data, params.lens, from, to]);
  const highlights = useChangeHighlights(catalog, params);
  if (!computed?.delta) return null;
  const { change, delta: data } = computed;
  const phases = change.changes.filter((p) => KINDS.some((kind) => p[kind].length > 0));
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const cells = change.count;
  return (
    <SlideBody min={0.6} max={1.3} leftOut={(count) => t('ui.present.changeSlide.more', { count })}>
      <div className="present-change">
        <div className="present-change__words">
          <p className="present-slide__lead">{cells > 0 ? t('ui.present.changeSlide.summary', { count: cells, from, to }) : t('ui.present.changeSlide.none')}</p>
          {highlights.length > 0 && (
            <ul className="present-change__highlights">
              {highlights.map((text) => (
                <li key={text} data-fit-item="">
                  {text}
                </li>
              ))}
            </ul>
          )}
          <dl className="present-change__phases">
            {phases.map((phase) => (
              <div key={phase.phaseId} className="present-change__phase" data-fit-item="">
                <dt>{phase.phase}</dt>
                {KINDS.filter((kind) => phase[kind].length > 0).map((kind) => (
                  <dd key={kind} className={`present-change__${kind}`}>
                    {t(`ui.present.changeSlide.${kind}`, { channels: list.format(phase[kind]) })}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </div>
        <div className="present-change__chart">
          <DeltaCards data={data} fromName={from} toName={to} lensName={nameOfLens(catalog, params.lens, t('ui.matrix.lens.all'))} phasesOnly />
        </div>
      </div>
    </SlideBody>
  );
}
