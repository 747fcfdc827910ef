import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lensFromKey, lensKey } from '@shared/domain/lens';
import type { Catalog } from '@shared/domain/types';
import { Alert } from '../../components/Alert';
import { describeError } from '../../i18n/errorText';
import type { PageProps } from '../workspace';
import { sortByPosition } from '../framework';
import { CompareView } from './CompareView';
import { EditableMatrix } from './EditableMatrix';
import { channelAxis, matrixLayout, phaseAxis } from './layout';
import { Legend } from './Legend';
import { lensName } from './LensSelect';
import { MatrixToolbar } from './MatrixToolbar';
import { useCatalog } from './queries';
import { resolveRoute, type MatrixRoute } from './route';
import { useAxisActions } from './useAxisActions';
import { useMatrixRoute } from './useMatrixRoute';
import { ViewControls } from './ViewControls';
import './matrix.css';
import './grid.css';
import './panels.css';

/** The phase x channel matrix: scenario, lens and layout from the URL; the grid or a comparison. */
export function MatrixPage({ workspace }: PageProps) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  return (
    <div className="page matrix-page">
      {!catalog.data && <h1 className="page__title matrix-page__title">{t('ui.matrix.title')}</h1>}
      {catalog.isPending && <p className="muted">{t('ui.matrix.loading')}</p>}
      {catalog.isError && <Alert tone="error">{describeError(t, catalog.error)}</Alert>}
      {catalog.data && <MatrixWorkbench catalog={catalog.data} readOnly={workspace.readOnly} />}
    </div>
  );
}

function MatrixWorkbench({ catalog, readOnly }: { catalog: Catalog; readOnly: boolean }) {
  const { t } = useTranslation();
  const [rawRoute, setRoute] = useMatrixRoute();
  const [filter, setFilter] = useState('');
  const hintId = useId();
  const scenarios = useMemo(() => sortByPosition(catalog.scenarios), [catalog.scenarios]);
  const phases = useMemo(() => sortByPosition(catalog.phases), [catalog.phases]);
  const channels = useMemo(() => sortByPosition(catalog.channels), [catalog.channels]);
  const route = resolveRoute(rawRoute, catalog, scenarios.map((s) => s.id));
  // One lens object per lens, so memoised views do not recompute for an equal one.
  const lensParam = lensKey(route.lens);
  const lens = useMemo(() => lensFromKey(lensParam), [lensParam]);
  const phasesShown = useMemo(() => phaseAxis(phases), [phases]);
  const channelsShown = useMemo(() => channelAxis(channels, filter, route.groupBy), [channels, filter, route.groupBy]);
  const layout = useMemo(() => matrixLayout(phasesShown, channelsShown, route.transposed), [phasesShown, channelsShown, route.transposed]);
  const axisActions = useAxisActions({ phases, channels, axes: [phasesShown, channelsShown], readOnly });

  const allName = t('ui.matrix.lens.all');
  const shownLens = lensName(catalog, lens, allName);
  const lensNames = useMemo(() => ({ lens: shownLens, all: allName, isAll: lens.kind === 'all' }), [shownLens, allName, lens.kind]);
  const current = scenarios.find((s) => s.id === route.scenario);
  const other = scenarios.find((s) => s.id === route.compare);
  const hiddenCount = phases.filter((p) => p.hidden).length + channels.filter((c) => c.hidden).length;

  if (!current) {
    return (
      <>
        <h1 className="page__title matrix-page__title">{t('ui.matrix.title')}</h1>
        <p className="muted">{t('ui.matrix.noScenarios')}</p>
      </>
    );
  }
  const empty = layout.rows.items.length === 0 || layout.cols.items.length === 0;
  const filteredOut = empty && filter.trim() !== '' && channels.some((c) => !c.hidden);

  const onRoute = (patch: Partial<MatrixRoute>) => {
    // Choosing the compared scenario as the main one swaps the two.
    const swap = patch.scenario !== undefined && patch.scenario === route.compare;
    setRoute({ ...route, ...patch, ...(swap ? { compare: route.scenario } : {}) });
  };
  const viewControls = (
    <ViewControls
      scenarioId={current.id}
      lens={lens}
      groupBy={route.groupBy}
      onGroupBy={(groupBy) => onRoute({ groupBy })}
      filter={filter}
      onFilter={setFilter}
      hiddenCount={hiddenCount}
      onShowAll={() => void axisActions.showAll()}
      readOnly={readOnly}
    />
  );

  return (
    <>
      <div className="matrix-head">
        <h1 className="page__title matrix-page__title">{t('ui.matrix.title')}</h1>
        <MatrixToolbar catalog={catalog} scenarios={scenarios} current={current} route={route} onRoute={onRoute} readOnly={readOnly} />
      </div>
      {(empty || other) && <div className="matrix-toolbar__row">{viewControls}</div>}
      {empty ? (
        <p className="matrix-empty">{filteredOut ? t('ui.matrix.noMatch', { filter }) : t('ui.matrix.empty')}</p>
      ) : other ? (
        <CompareView
          from={current}
          to={other}
          mode={route.mode}
          lens={lens}
          lensNames={lensNames}
          layout={layout}
          phases={phasesShown}
          readOnly={readOnly}
          headerActions={axisActions.headerActions}
          onDrop={axisActions.onDrop}
        />
      ) : (
        <EditableMatrix
          scenarioId={current.id}
          scenarioName={current.name}
          lens={lens}
          lensNames={lensNames}
          layout={layout}
          readOnly={readOnly}
          headerActions={axisActions.headerActions}
          onDrop={axisActions.onDrop}
          toolbar={viewControls}
          describedBy={hintId}
          showEditBar
          focusCell={route.cell ?? null}
          onFocusCell={() => setRoute({ cell: null })}
        />
      )}
      {!empty && <Legend isAllLens={lens.kind === 'all'} />}
      <p id={hintId} className="matrix-hint muted">
        {t('ui.matrix.intro')}
      </p>
    </>
  );
}
