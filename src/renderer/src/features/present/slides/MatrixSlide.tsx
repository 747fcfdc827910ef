import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lens } from '@shared/domain/types';
import { sortByPosition } from '../../framework/catalog';
import { EditableMatrix } from '../../matrix/EditableMatrix';
import { channelAxis, matrixLayout, phaseAxis } from '../../matrix/layout';
import { Legend } from '../../matrix/Legend';
import { lensName } from '../../matrix/LensSelect';
import { useAxisActions } from '../../matrix/useAxisActions';
import '../../matrix/matrix.css';
import '../../matrix/grid.css';
import '../../matrix/panels.css';

interface MatrixSlideProps {
  catalog: Catalog;
  scenarioId: string;
  lens: Lens;
  readOnly: boolean;
}

/**
 * The Matrix page's own editable grid, so the facilitator can set a cell on
 * the slide; the change reaches every window through workspace.changed.
 */
export function MatrixSlide({ catalog, scenarioId, lens, readOnly }: MatrixSlideProps) {
  const { t } = useTranslation();
  const phases = useMemo(() => sortByPosition(catalog.phases), [catalog.phases]);
  const channels = useMemo(() => sortByPosition(catalog.channels), [catalog.channels]);
  const rows = useMemo(() => phaseAxis(phases), [phases]);
  const cols = useMemo(() => channelAxis(channels, '', 'none'), [channels]);
  const layout = useMemo(() => matrixLayout(rows, cols, false), [rows, cols]);
  const axisActions = useAxisActions({ phases, channels, axes: [rows, cols], readOnly });
  const allName = t('ui.matrix.lens.all');
  const shownLens = lensName(catalog, lens, allName);
  const lensNames = useMemo(() => ({ lens: shownLens, all: allName, isAll: lens.kind === 'all' }), [shownLens, allName, lens.kind]);
  const scenario = catalog.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return null;
  if (layout.rows.items.length === 0 || layout.cols.items.length === 0) return <p>{t('ui.matrix.empty')}</p>;
  return (
    <div className="present-matrix matrix-colors">
      <EditableMatrix
        scenarioId={scenario.id}
        scenarioName={scenario.name}
        lens={lens}
        lensNames={lensNames}
        layout={layout}
        readOnly={readOnly}
        headerActions={axisActions.headerActions}
        onDrop={axisActions.onDrop}
        showEditBar={false}
      />
      <Legend isAllLens={lens.kind === 'all'} />
    </div>
  );
}
