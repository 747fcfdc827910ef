import { memo } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Channel } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { UNPLACED, type MapColumn } from './layout';
import { StepCard, type StepActions, type StepFlag } from './StepCard';

/**
 * Cards of a column drawn in the map's first render; the rest follow in the next one. A screen shows three to nine
 * cards of a column (a 4K screen at 100 % with lanes shown), and a 200-step map drawn whole took about 130 ms to its
 * first painted frame on the benchmark machine.
 */
export const FIRST_SCREEN_CARDS = 9;

interface PhaseColumnProps {
  column: MapColumn;
  /** Draw only the first this many cards (the column's count and drop area still cover all of them). */
  limit?: number | undefined;
  channels: ReadonlyMap<string, Channel>;
  flags: ReadonlyMap<string, StepFlag>;
  showLanes: boolean;
  readOnly: boolean;
  actions: StepActions;
  onAdd: (phaseId: string) => void;
}

export function columnName(column: MapColumn, t: TFunction): string {
  if (!column.phase) return t('ui.journeys.map.unplaced');
  return column.phase.hidden ? t('ui.journeys.map.hiddenPhase', { name: column.phase.name }) : column.phase.name;
}

/** One phase of the map: its heading, its steps top to bottom, and a drop area below them. */
export const PhaseColumn = memo(function PhaseColumn({ column, limit, channels, flags, showLanes, readOnly, actions, onAdd }: PhaseColumnProps) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: column.id, data: { kind: 'column' }, disabled: readOnly || column.id === UNPLACED });
  const name = columnName(column, t);
  const steps = limit === undefined ? column.steps : column.steps.slice(0, limit);
  const ids = steps.map((s) => s.id);
  return (
    <section
      ref={setNodeRef}
      className={`journey-column${isOver ? ' journey-column--over' : ''}${column.id === UNPLACED ? ' journey-column--unplaced' : ''}`}
      aria-label={name}
      data-column-id={column.id}
    >
      <header className="journey-column__head">
        <h2 className="journey-column__name">{name}</h2>
        <span className="journey-column__count muted">{t('ui.journeys.map.columnSteps', { count: column.steps.length })}</span>
      </header>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="journey-column__steps">
          {steps.map((step) => (
            <StepCard
              key={step.id}
              step={step}
              phaseName={name}
              channel={step.channelId ? channels.get(step.channelId) : undefined}
              flag={flags.get(step.id) ?? null}
              showLanes={showLanes}
              readOnly={readOnly}
              actions={actions}
              t={t}
            />
          ))}
        </ol>
      </SortableContext>
      {column.steps.length === 0 && <p className="journey-column__empty muted">{t('ui.journeys.map.emptyColumn')}</p>}
      {!readOnly && column.phase && (
        <Button
          size="small"
          variant="ghost"
          icon="plus"
          className="journey-column__add"
          aria-label={t('ui.journeys.map.addStep', { phase: name })}
          onClick={() => onAdd(column.id)}
        >
          {t('ui.journeys.map.add')}
        </Button>
      )}
    </section>
  );
});
