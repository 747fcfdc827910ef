/**
 * The step from one scenario to another in the report: a sentence with the
 * counts, per phase the channels that come in, drop out, get a bigger or a
 * smaller role (scenarioChange, as the deck's change slide), then the delta
 * chart per phase for the shift in weight (unless the report has it already).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { indexCells } from '@shared/analysis/charts/cells';
import { chartData } from '@shared/analysis/charts/registry';
import { scenarioChange } from '@shared/analysis/scenario-change';
import type { Catalog } from '@shared/domain/types';
import type { SlideParams } from '@shared/present/deck';
import { formatList } from '@shared/i18n/finding-text';
import { useChangeHighlights } from '../findings';
import { useScenarioCells } from '../matrix';
import { DeltaFigure } from './ReportCharts';
import { Block, loadState } from './ReportBlock';

type ChangeParams = Extract<SlideParams, { kind: 'change' }>;

const KINDS = ['appeared', 'vanished', 'rose', 'fell'] as const;

/** `chart`: false when the report shows this delta chart in a section of its own already. */
export function ChangeSection({ catalog, params, chart }: { catalog: Catalog; params: ChangeParams; chart: boolean }) {
  const { t, i18n } = useTranslation();
  const fromCells = useScenarioCells(params.scenarioId);
  const toCells = useScenarioCells(params.compareScenarioId);
  const from = catalog.scenarios.find((s) => s.id === params.scenarioId)?.name ?? '';
  const to = catalog.scenarios.find((s) => s.id === params.compareScenarioId)?.name ?? '';
  const computed = useMemo(() => {
    if (!fromCells.data || !toCells.data) return null;
    const index = indexCells(fromCells.data);
    const compare = { from: index, to: indexCells(toCells.data), fromName: from, toName: to };
    return {
      change: scenarioChange(catalog, fromCells.data, toCells.data, params.lens),
      delta: chartData('delta', { catalog, index, lens: params.lens, profileTypeIds: [], compare }),
    };
  }, [catalog, fromCells.data, toCells.data, params.lens, from, to]);
  const highlights = useChangeHighlights(catalog, params);
  const state = loadState(fromCells, toCells);
  if (state || !computed) return state;
  const { change, delta } = computed;
  const summary = change.count === 0 ? t('ui.deliverables.deck.changeNone', { from, to }) : t('ui.deliverables.deck.changeSummary', { count: change.count, ...change.total });
  const kinds = KINDS.filter((kind) => change.total[kind] > 0);
  return (
    <>
      <Block keep={change.changes.length > 0}>
        <p className="report__lead">{summary}</p>
        {highlights.map((text) => (
          <p key={text} className="report__highlight">
            {text}
          </p>
        ))}
      </Block>
      {change.changes.length > 0 && (
        <Block>
          <table className="report__change">
            <thead>
              <tr>
                <th scope="col">{t('ui.deliverables.report.change.phase')}</th>
                {kinds.map((kind) => (
                  <th key={kind} scope="col" className={`report__change-${kind}`}>
                    {t(`ui.deliverables.report.change.${kind}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {change.changes.map((phase) => (
                <tr key={phase.phaseId}>
                  <th scope="row">{phase.phase}</th>
                  {kinds.map((kind) => (
                    <td key={kind}>{phase[kind].length > 0 ? formatList(t, i18n.language, phase[kind], Number.POSITIVE_INFINITY) : '–'}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Block>
      )}
      {chart && delta && <DeltaFigure data={delta} from={from} to={to} />}
    </>
  );
}
