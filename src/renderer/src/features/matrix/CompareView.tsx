import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lens, Scenario } from '@shared/domain/types';
import { compareScenarios, effectiveMatrix, type PhaseChangeCount } from '@shared/analysis/matrix';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import { CHANGE_SYMBOLS, DiffGrid } from './DiffGrid';
import { EditableMatrix } from './EditableMatrix';
import type { LensNames } from './GridBody';
import type { HeaderActions } from './HeaderCell';
import type { Axis, MatrixLayout } from './layout';
import { useMatrix } from './queries';
import { SelectionStore } from './selectionStore';
import { useScrollSync } from './useScrollSync';
import type { CompareMode } from './route';

interface CompareViewProps {
  from: Scenario;
  to: Scenario;
  mode: CompareMode;
  lens: Lens;
  lensNames: LensNames;
  layout: MatrixLayout;
  /** Visible phases, in order (the summary counts per phase whichever way the grid is turned). */
  phases: Axis;
  readOnly: boolean;
  headerActions: HeaderActions;
  onDrop: (axis: Axis, activeId: string, overId: string) => void;
}

const CHANGES = ['rose', 'fell', 'appeared', 'vanished'] as const;
const totalOf = (counts: PhaseChangeCount) => counts.rose + counts.fell + counts.appeared + counts.vanished;

/** Two scenarios in the same lens: side by side (both editable), or as a difference grid with counts per phase. */
export function CompareView(props: CompareViewProps) {
  const { from, to, mode, lens, lensNames, layout, phases } = props;
  if (mode === 'side') return <SideBySide {...props} />;
  return <Differences from={from} to={to} lens={lens} lensNames={lensNames} layout={layout} phases={phases} />;
}

/**
 * Both scenarios editable, scrolled together so the same cells face each other,
 * with one selection: the cell you are on in one is marked in the other too.
 */
function SideBySide({ from, to, lens, lensNames, layout, readOnly, headerActions, onDrop }: CompareViewProps) {
  const panes = useRef<HTMLDivElement>(null);
  useScrollSync(panes, '.grid-scroll');
  const [selection] = useState(() => new SelectionStore());
  return (
    <div className="compare-side" ref={panes}>
      {[from, to].map((scenario) => (
        <section key={scenario.id} className="compare-side__pane" aria-label={scenario.name}>
          <h2 className="compare-side__title">{scenario.name}</h2>
          <EditableMatrix
            scenarioId={scenario.id}
            scenarioName={scenario.name}
            lens={lens}
            lensNames={lensNames}
            layout={layout}
            readOnly={readOnly}
            headerActions={headerActions}
            onDrop={onDrop}
            showEditBar={false}
            selection={selection}
          />
        </section>
      ))}
    </div>
  );
}

function Differences({ from, to, lens, lensNames, layout, phases }: Pick<CompareViewProps, 'from' | 'to' | 'lens' | 'lensNames' | 'layout' | 'phases'>) {
  const { t } = useTranslation();
  const a = useMatrix(from.id, lens);
  const b = useMatrix(to.id, lens);
  const comparison = useMemo(() => {
    if (!a.data || !b.data) return null;
    const channels = layout.transposed ? layout.rows : layout.cols;
    return compareScenarios(
      effectiveMatrix(a.data, lens),
      effectiveMatrix(b.data, lens),
      phases.items.map((p) => p.id),
      channels.items.map((c) => c.id),
    );
  }, [a.data, b.data, lens, layout, phases]);

  const error = a.error ?? b.error;
  if (error) return <Alert tone="error">{describeError(t, error)}</Alert>;
  if (!comparison) return <p className="muted">{t('ui.matrix.loading')}</p>;
  const total = totalOf(comparison.total);

  return (
    <div className="compare-diff">
      <div className="grid-scroll">
        <DiffGrid label={t('ui.matrix.compare.diffLabel', { from: from.name, to: to.name, lens: lensNames.lens })} layout={layout} comparison={comparison} />
      </div>
      <table className="diff-summary">
        <caption>
          {t('ui.matrix.compare.summary')} <span className="muted">({t('ui.matrix.compare.totalChanges', { count: total })})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.matrix.compare.phase')}</th>
            {CHANGES.map((change) => (
              <th key={change} scope="col" className={`diff-summary__${change}`}>
                <span aria-hidden="true">{CHANGE_SYMBOLS[change]} </span>
                {t(`ui.matrix.compare.changes.${change}`)}
              </th>
            ))}
            <th scope="col">{t('ui.matrix.compare.total')}</th>
          </tr>
        </thead>
        <tbody>
          {phases.items.map((phase) => {
            const counts = comparison.perPhase.get(phase.id) ?? { rose: 0, fell: 0, appeared: 0, vanished: 0 };
            return (
              <tr key={phase.id}>
                <th scope="row">{phase.name}</th>
                {CHANGES.map((change) => (
                  <td key={change} className={counts[change] === 0 ? 'muted' : undefined}>
                    {counts[change]}
                  </td>
                ))}
                <td className="diff-summary__total">{totalOf(counts)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('ui.matrix.compare.total')}</th>
            {CHANGES.map((change) => (
              <td key={change}>{comparison.total[change]}</td>
            ))}
            <td className="diff-summary__total">{total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
