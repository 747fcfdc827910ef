import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lens } from '@shared/domain/types';
import { sortByPosition } from '../../framework';
import { EditableMatrix, channelAxis, matrixLayout, phaseAxis, Legend, useAxisActions } from '../../matrix/editable';
import { lensName } from '../../matrix';
import { SlideBody } from '../fit/SlideBody';
import { matrixBands } from '../fit/matrixBands';
import '../../matrix/matrix.css';
import '../../matrix/grid.css';
import '../../matrix/panels.css';

interface MatrixSlideProps {
  catalog: Catalog;
  scenarioId: string;
  lens: Lens;
  readOnly: boolean;
}

const MIN_ZOOM = 0.6;
const MAX_ZOOM = 1.4;

/**
 * The Matrix page's own editable grid, so the facilitator can set a cell on
 * the slide; the change reaches every window through workspace.changed. Many
 * channels are cut into bands stacked under each other (matrixBands), so the
 * grid stays readable; what still does not fit is named under it.
 */
export function MatrixSlide({ catalog, scenarioId, lens, readOnly }: MatrixSlideProps) {
  const { t } = useTranslation();
  const phases = useMemo(() => sortByPosition(catalog.phases), [catalog.phases]);
  const channels = useMemo(() => sortByPosition(catalog.channels), [catalog.channels]);
  const rows = useMemo(() => phaseAxis(phases), [phases]);
  const shownChannels = useMemo(() => channels.filter((c) => !c.hidden), [channels]);
  const shownPhases = phases.filter((p) => !p.hidden).length;
  const bands = useMemo(() => matrixBands(shownChannels.length, shownPhases, MIN_ZOOM, MAX_ZOOM), [shownChannels.length, shownPhases]);
  const layouts = useMemo(
    () =>
      bands.sizes.map((size, i) => {
        const start = bands.sizes.slice(0, i).reduce((a, b) => a + b, 0);
        return matrixLayout(rows, channelAxis(shownChannels.slice(start, start + size), '', 'none'), false);
      }),
    [bands, shownChannels, rows],
  );
  const axisActions = useAxisActions({ phases, channels, axes: [rows, channelAxis(channels, '', 'none')], readOnly });
  const allName = t('ui.matrix.lens.all');
  const shownLens = lensName(catalog, lens, allName);
  const lensNames = useMemo(() => ({ lens: shownLens, all: allName, isAll: lens.kind === 'all' }), [shownLens, allName, lens.kind]);
  const scenario = catalog.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return null;
  if (shownPhases === 0 || shownChannels.length === 0) {
    return (
      <SlideBody>
        <p>{t('ui.matrix.empty')}</p>
      </SlideBody>
    );
  }
  // Bands the fit had to drop as well (the estimate was too kind) are named too.
  const leftOut = (hiddenBands: number) => {
    const dropped = bands.sizes.slice(bands.sizes.length - hiddenBands).reduce((a, b) => a + b, 0);
    const names = shownChannels.slice(shownChannels.length - bands.leftOut - dropped).map((c) => c.name);
    return t('ui.present.matrixSlide.leftOut', { count: names.length, channels: names.join(', ') });
  };
  return (
    <SlideBody min={MIN_ZOOM} max={MAX_ZOOM} leftOut={leftOut} leftOutBefore={bands.leftOut > 0}>
      <div className="present-matrix matrix-colors">
          {layouts.map((layout, i) => (
            <div key={i} className="present-matrix__band" data-fit-item="">
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
            </div>
          ))}
          <Legend isAllLens={lens.kind === 'all'} />
        </div>
    </SlideBody>
  );
}
