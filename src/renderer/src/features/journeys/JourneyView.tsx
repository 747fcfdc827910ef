import { startTransition, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channelSwitches, consistency } from '@shared/analysis/journeys';
import { effectiveMatrix } from '@shared/analysis/matrix';
import { lensFromKey, lensKey } from '@shared/domain/lens';
import type { JourneyDetail } from '@shared/domain/journeys';
import type { Catalog } from '@shared/domain/types';
import { asApiError } from '../../api/errors';
import { Alert } from '../../components/Alert';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { sortByPosition } from '../framework';
import { useSetCells } from '../matrix';
import { ChannelBand } from './ChannelBand';
import { DraftControl } from './DraftControl';
import { EmotionCurve } from './EmotionCurve';
import { ExportMenu } from './ExportMenu';
import { exportColumns } from './exportColumns';
import { JourneyHeader } from './JourneyHeader';
import { JourneyMap } from './JourneyMap';
import { journeyFacts, lensOf } from './lens';
import { mapColumns, readingSteps } from './layout';
import { useAddSteps } from './mutations';
import { useJourney, useJourneys, useMatrix } from './queries';
import { layoutMap } from './svgLayout';
import type { StepFlag } from './StepCard';
import { StepEditorHost } from './StepEditorHost';
import { useFocusStepFromRoute } from './useJourneyRoute';

interface JourneyViewProps {
  id: string;
  catalog: Catalog;
  readOnly: boolean;
}

/** One journey: loads it, or says it is gone. */
export function JourneyView({ id, catalog, readOnly }: JourneyViewProps) {
  const { t } = useTranslation();
  const detail = useJourney(id);
  if (detail.isPending) return <p className="muted">{t('ui.journeys.loading')}</p>;
  if (detail.isError)
    return (
      <>
        <a className="journey-header__back" href="#/journeys">
          ← {t('ui.journeys.backToList')}
        </a>
        <Alert tone="warning">{asApiError(detail.error).code === 'NOT_FOUND' ? t('ui.journeys.notFound') : describeError(t, detail.error)}</Alert>
      </>
    );
  return <JourneyWorkbench detail={detail.data} catalog={catalog} readOnly={readOnly} />;
}

function JourneyWorkbench({ detail, catalog, readOnly }: { detail: JourneyDetail; catalog: Catalog; readOnly: boolean }) {
  const { t } = useTranslation();
  const notices = useNotices();
  const { journey, steps } = detail;
  const journeys = useJourneys();
  // One lens object per lens, so the memos below do not recompute for an equal one.
  const lensParam = lensKey(lensOf(catalog, journey));
  const lens = useMemo(() => lensFromKey(lensParam), [lensParam]);
  const matrix = useMatrix(journey.scenarioId, lens);
  const setCells = useSetCells();
  const addSteps = useAddSteps();
  const [editing, setEditing] = useState<string | null>(null);
  const [showLanes, setShowLanes] = useState(true);
  // What the first screen does not show renders right after it, so a long map shows without waiting for it: the cards
  // past the first few of each column, the band and the curve below the map.
  const [belowMap, setBelowMap] = useState(false);
  useEffect(() => startTransition(() => setBelowMap(true)), []);
  useFocusStepFromRoute(belowMap);

  const phases = useMemo(() => sortByPosition(catalog.phases), [catalog.phases]);
  const allChannels = useMemo(() => sortByPosition(catalog.channels), [catalog.channels]);
  const channelList = useMemo(() => allChannels.filter((c) => !c.hidden), [allChannels]);
  const channels = useMemo(() => new Map(allChannels.map((c) => [c.id, c])), [allChannels]);
  const phaseMap = useMemo(() => new Map(phases.map((p) => [p.id, p])), [phases]);
  const columns = useMemo(() => mapColumns(phases, steps), [phases, steps]);
  const ordered = useMemo(() => readingSteps(columns), [columns]);
  const columnPhases = useMemo(() => columns.flatMap((c) => (c.phase ? [c.phase] : [])), [columns]);
  const facts = journeyFacts(catalog, journey, t('ui.journeys.meta.allCustomers'));
  const effective = useMemo(() => (matrix.data ? effectiveMatrix(matrix.data, lens) : null), [matrix.data, lens]);
  const flags = useMemo(() => {
    const map = new Map<string, StepFlag>();
    if (!effective) return map;
    for (const flag of consistency(steps, effective, phases, allChannels)) {
      map.set(flag.stepId, {
        phaseName: phaseMap.get(flag.cell.phaseId)?.name ?? '',
        channelName: channels.get(flag.cell.channelId)?.name ?? '',
        lensName: facts.lens,
        alternatives: flag.candidates.flatMap((c) => {
          const channel = channels.get(c.channelId);
          return channel && !channel.hidden ? [{ id: channel.id, name: channel.name }] : [];
        }),
      });
    }
    return map;
  }, [effective, steps, phases, allChannels, phaseMap, channels, facts.lens]);
  const switches = useMemo(() => channelSwitches(ordered, allChannels), [ordered, allChannels]);
  const stepMap = useMemo(() => new Map(steps.map((s) => [s.id, s])), [steps]);
  const others = useMemo(() => (journeys.data ?? []).filter((j) => j.id !== journey.id), [journeys.data, journey.id]);

  const onSetCell = (stepId: string) => {
    const step = stepMap.get(stepId);
    const flag = flags.get(stepId);
    if (!step?.phaseId || !step.channelId || !flag) return;
    setCells.mutate({ scenarioId: journey.scenarioId, lens, cells: [{ phaseId: step.phaseId, channelId: step.channelId, role: 1 }] });
    notices.announce(t('ui.journeys.consistency.setDone', { channel: flag.channelName, phase: flag.phaseName }));
  };
  const onAdd = (phaseId: string) => {
    addSteps
      .mutateAsync({ journeyId: journey.id, steps: [{ phaseId, title: '' }] })
      .then((added) => setEditing(added[0]?.id ?? null))
      .catch((err: unknown) => notices.showError(t('ui.journeys.messages.saveFailed', { reason: describeError(t, err) })));
  };
  const layout = () =>
    layoutMap(journey.name, `${t('ui.journeys.meta.scenario', { name: facts.scenario })} · ${t('ui.journeys.meta.lens', { name: facts.lens })}`, exportColumns(columns, channels, t, showLanes));

  return (
    <div className="journey-view">
      <JourneyHeader journey={journey} catalog={catalog} facts={facts} readOnly={readOnly}>
        {!readOnly && (
          <DraftControl
            journey={journey}
            phases={phases}
            phaseMap={phaseMap}
            channels={channelList}
            effective={effective}
            lens={lens}
            facts={facts}
          />
        )}
        <ExportMenu fileName={journey.name} layout={layout} />
        <label className="journey-toolbar__toggle">
          <input type="checkbox" checked={showLanes} onChange={(event) => setShowLanes(event.target.checked)} />
          {t('ui.journeys.toolbar.showLanes')}
        </label>
      </JourneyHeader>
      <div className="journey-print">
        <p className="journey-print__title">
          {journey.name} — {facts.scenario} · {facts.lens}
        </p>
        <JourneyMap
          firstScreen={!belowMap}
          journeyId={journey.id}
          name={journey.name}
          columns={columns}
          channels={channels}
          phases={phases.filter((p) => !p.hidden)}
          channelList={channelList}
          flags={flags}
          showLanes={showLanes}
          readOnly={readOnly}
          onEdit={setEditing}
          onSetCell={onSetCell}
          onAdd={onAdd}
        />
        {belowMap && (
          <>
            <ChannelBand summary={switches} steps={stepMap} channels={channels} />
            <EmotionCurve journey={journey} steps={ordered} phases={columnPhases} others={others} />
          </>
        )}
      </div>
      {editing && stepMap.get(editing) && (
        <StepEditorHost
          journeyId={journey.id}
          step={stepMap.get(editing)!}
          columns={columns}
          phases={phases.filter((p) => !p.hidden)}
          channels={channelList}
          readOnly={readOnly}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
