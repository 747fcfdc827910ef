import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useTranslation } from 'react-i18next';
import type { Channel, Phase } from '@shared/domain/types';
import { HScroller } from '../../components/HScroller';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { useLatest, type MenuItem } from '../matrix';
import type { MapColumn, MoveTarget } from './layout';
import { dropMove, keyboardMove } from './moves';
import { useMoveStep, useUpdateStep } from './mutations';
import { columnName, FIRST_SCREEN_CARDS, PhaseColumn } from './PhaseColumn';
import { scrollTexts } from './scrollTexts';
import type { StepActions, StepFlag } from './StepCard';

interface JourneyMapProps {
  /** Only the cards a first screen shows (FIRST_SCREEN_CARDS of each column): the rest come in the next render. */
  firstScreen: boolean;
  journeyId: string;
  name: string;
  columns: readonly MapColumn[];
  channels: ReadonlyMap<string, Channel>;
  /** Visible phases and channels in order: what a step can be reassigned to. */
  phases: readonly Phase[];
  channelList: readonly Channel[];
  flags: ReadonlyMap<string, StepFlag>;
  showLanes: boolean;
  readOnly: boolean;
  onEdit: (stepId: string) => void;
  onSetCell: (stepId: string) => void;
  onAdd: (phaseId: string) => void;
}

/** Step cards prefer the card under the pointer over the column around it; the keyboard uses the nearest. */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  if (within.length > 0) {
    const onStep = within.find((c) => args.droppableContainers.find((d) => d.id === c.id)?.data.current?.kind === 'step');
    return [onStep ?? within[0]!];
  }
  return closestCorners(args);
};

/** The phase columns with their step cards; moves by drag and drop or Alt+arrow keys, each announced. */
export function JourneyMap(props: JourneyMapProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const move = useMoveStep(props.journeyId);
  const update = useUpdateStep(props.journeyId);
  const hintId = useId();
  const latest = useLatest({ ...props, move, update, t, notices });
  const focusAfterMove = useRef<{ stepId: string; phaseId: string } | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // A moved card is a new element in its new column: give it focus back.
  useLayoutEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    // Wait for the render that shows the card in its new column (the first may still show the old place).
    const target = document.querySelector<HTMLElement>(`[data-column-id="${CSS.escape(wanted.phaseId)}"] [data-step-focus="${CSS.escape(wanted.stepId)}"]`);
    if (target) {
      target.focus();
      focusAfterMove.current = null;
    }
  });

  const { actions, moveTo } = useMemo(() => {
    const stepOf = (id: string) => latest.current.columns.flatMap((c) => c.steps).find((s) => s.id === id);
    const titleOf = (id: string) => stepOf(id)?.title.trim() || latest.current.t('ui.journeys.map.untitled');
    const moveTo = (stepId: string, target: MoveTarget, keepFocus: boolean) => {
      const { columns, move: mutation, t: tr, notices: n } = latest.current;
      const column = columns.find((c) => c.id === target.phaseId);
      if (!column) return;
      const rest = column.steps.filter((s) => s.id !== stepId);
      const place = target.afterId === null ? 1 : rest.findIndex((s) => s.id === target.afterId) + 2;
      if (keepFocus) focusAfterMove.current = { stepId, phaseId: target.phaseId };
      mutation.mutate({ id: stepId, phaseId: target.phaseId, afterId: target.afterId });
      n.announce(tr('ui.journeys.map.moved', { title: titleOf(stepId), phase: columnName(column, tr), place, count: rest.length + 1 }));
    };
    const lastIn = (phaseId: string, stepId: string) => {
      const rest = latest.current.columns.find((c) => c.id === phaseId)?.steps.filter((s) => s.id !== stepId) ?? [];
      return rest.length === 0 ? null : rest[rest.length - 1]!.id;
    };
    const setChannel = (stepId: string, channelId: string) => {
      latest.current.update.mutateAsync({ id: stepId, patch: { channelId } }).catch((err: unknown) => {
        const { t: tr, notices: n } = latest.current;
        n.showError(tr('ui.journeys.messages.saveFailed', { reason: describeError(tr, err) }));
      });
    };
    const stepActions: StepActions = {
      edit: (stepId) => latest.current.onEdit(stepId),
      keyMove: (stepId, key) => {
        const target = keyboardMove(latest.current.columns, stepId, key);
        if (target) moveTo(stepId, target, true);
        else latest.current.notices.announce(latest.current.t('ui.journeys.map.cannotMove', { title: titleOf(stepId) }));
      },
      phaseItems: (stepId): MenuItem[] =>
        latest.current.phases.map((phase) => ({
          id: phase.id,
          label: phase.name,
          onSelect: () => moveTo(stepId, { phaseId: phase.id, afterId: lastIn(phase.id, stepId) }, true),
        })),
      channelItems: (stepId): MenuItem[] =>
        latest.current.channelList.map((channel) => ({ id: channel.id, label: channel.name, onSelect: () => setChannel(stepId, channel.id) })),
      setCell: (stepId) => latest.current.onSetCell(stepId),
      changeChannel: setChannel,
    };
    return { actions: stepActions, moveTo };
  }, [latest]);

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragging(null);
    if (!over) return;
    const kind = over.data.current?.kind;
    const activeId = String(active.id);
    const translated = active.rect.current.translated;
    const below = translated ? translated.top + translated.height / 2 > over.rect.top + over.rect.height / 2 : true;
    const target = dropMove(
      props.columns,
      activeId,
      kind === 'step' ? { id: String(over.id), kind: 'step', below } : { id: String(over.id), kind: 'column' },
    );
    if (target) moveTo(activeId, target, true);
  }

  const draggingStep = dragging ? props.columns.flatMap((c) => c.steps).find((s) => s.id === dragging) : undefined;
  return (
    <>
      <p id={hintId} className="journey-map__hint muted">
        {t('ui.journeys.map.hint')}
      </p>
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        accessibility={{
          container: document.body,
          screenReaderInstructions: { draggable: t('ui.journeys.map.hint') },
          announcements: {
            onDragStart: () => undefined,
            onDragOver: () => undefined,
            onDragEnd: () => undefined,
            onDragCancel: () => undefined,
          },
        }}
        onDragStart={({ active }) => setDragging(String(active.id))}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
      >
        <HScroller texts={scrollTexts(t, 'map', props.name)} items="[data-column-id]" className="journey-map__scroller">
          <div className="journey-map" role="group" aria-label={t('ui.journeys.map.label', { name: props.name })} aria-describedby={hintId}>
            {props.columns.map((column) => (
              <PhaseColumn
                key={column.id}
                column={column}
                limit={props.firstScreen ? FIRST_SCREEN_CARDS : undefined}
                channels={props.channels}
                flags={props.flags}
                showLanes={props.showLanes}
                readOnly={props.readOnly}
                actions={actions}
                onAdd={props.onAdd}
              />
            ))}
          </div>
        </HScroller>
        <DragOverlay dropAnimation={null}>
          {draggingStep && (
            <div className="step-card step-card--overlay">
              <span className="step-card__title">{draggingStep.title.trim() || t('ui.journeys.map.untitled')}</span>
            </div>
          )}
        </DragOverlay>
      </DndContext>
    </>
  );
}
