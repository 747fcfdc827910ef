import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import type { JourneyStep } from '@shared/domain/journeys';
import type { Channel } from '@shared/domain/types';
import { Icon } from '../../components/Icon';
import { EVIDENCE_MARKS } from '../matrix/RoleGlyph';
import { MenuButton, type MenuItem } from '../matrix/MenuButton';
import { ChannelIcon } from '../profiles/icons';
import { EmotionFace, formatEmotion } from './EmotionFace';
import type { MoveKey } from './moves';
import { StepLanes } from './StepLanes';

/** A step on a channel the matrix gives no role in its phase (for the journey's lens and scenario). */
export interface StepFlag {
  phaseName: string;
  channelName: string;
  lensName: string;
  /** Channels that do play a role in that phase: what "Change channel" offers. */
  alternatives: readonly { id: string; name: string }[];
}

/** Stable callbacks from the map, so a card re-renders only when its own step changes. */
export interface StepActions {
  edit(stepId: string): void;
  keyMove(stepId: string, key: MoveKey): void;
  phaseItems(stepId: string): readonly MenuItem[];
  channelItems(stepId: string): readonly MenuItem[];
  setCell(stepId: string): void;
  changeChannel(stepId: string, channelId: string): void;
}

interface StepCardProps {
  step: JourneyStep;
  phaseName: string;
  channel: Channel | undefined;
  flag: StepFlag | null;
  showLanes: boolean;
  readOnly: boolean;
  actions: StepActions;
}

const KEYS: Record<string, MoveKey> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The sortable shell of a card. dnd-kit re-renders every sortable item when
 * items register or a drag moves, so the shell stays small and the card's
 * content (StepCardBody) is memoised apart from it.
 */
export const StepCard = memo(function StepCard(props: StepCardProps) {
  const { t } = useTranslation();
  const { step, channel, flag, readOnly, actions } = props;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: step.id,
    data: { kind: 'step' },
    disabled: readOnly,
  });
  const style: CSSProperties = {
    transform: CSS.Translate.toString(transform),
    transition,
    ...(channel?.color ? ({ '--channel-color': channel.color } as CSSProperties) : {}),
  };

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    const key = KEYS[event.key];
    if (!key || !event.altKey || readOnly) return;
    event.preventDefault();
    actions.keyMove(step.id, key);
  }

  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`step-card${readOnly ? '' : ' step-card--movable'}${isDragging ? ' step-card--dragging' : ''}${step.phaseMissing || step.channelMissing || flag ? ' step-card--warn' : ''}`}
      data-step-id={step.id}
      onKeyDown={onKeyDown}
    >
      {!readOnly && (
        <button
          type="button"
          className="step-card__handle"
          {...attributes}
          {...listeners}
          aria-label={t('ui.journeys.map.handle', { title: step.title.trim() || t('ui.journeys.map.untitled') })}
        >
          <svg viewBox="0 0 8 14" aria-hidden="true" focusable="false">
            {[2, 7, 12].map((y) => [2, 6].map((x) => <circle key={`${x}${y}`} cx={x} cy={y} r="1.2" fill="currentColor" />))}
          </svg>
        </button>
      )}
      <StepCardBody {...props} />
    </li>
  );
});

const StepCardBody = memo(function StepCardBody({ step, phaseName, channel, flag, showLanes, readOnly, actions }: StepCardProps) {
  const { t } = useTranslation();
  const title = step.title.trim() || t('ui.journeys.map.untitled');
  const channelName = channel?.name ?? t('ui.journeys.map.noChannel');
  return (
    <>
      <div className="step-card__head">
        <button
          type="button"
          className="step-card__title"
          data-step-focus={step.id}
          aria-label={t('ui.journeys.map.stepName', { title, phase: phaseName, channel: channelName })}
          onClick={() => actions.edit(step.id)}
        >
          {title}
        </button>
        <span className="step-card__marks">
          {step.momentOfTruth && (
            <span className="step-card__mot" title={t('ui.journeys.map.momentOfTruth')}>
              <span aria-hidden="true">★</span>
              <span className="sr-only">{t('ui.journeys.map.momentOfTruth')}</span>
            </span>
          )}
          {step.evidence && (
            <span className="step-card__evidence" title={t('ui.journeys.map.evidence', { level: t(`ui.matrix.evidence.${step.evidence}`) })}>
              <span aria-hidden="true">{EVIDENCE_MARKS[step.evidence]}</span>
              <span className="sr-only">{t('ui.journeys.map.evidence', { level: t(`ui.matrix.evidence.${step.evidence}`) })}</span>
            </span>
          )}
        </span>
      </div>
      <div className="step-card__row">
        <span className={`step-card__channel${channel ? '' : ' step-card__channel--none'}`}>
          {channel && <ChannelIcon icon={channel.icon} className="step-card__channel-icon" />}
          <span>{channelName}</span>
        </span>
        {step.emotion !== null && (
          <span className="step-card__emotion" data-emotion={step.emotion} title={t('ui.journeys.map.emotion', { value: formatEmotion(step.emotion) })}>
            <EmotionFace emotion={step.emotion} />
            <span className="sr-only">{t('ui.journeys.map.emotion', { value: '' })}</span>
            {formatEmotion(step.emotion)}
          </span>
        )}
      </div>
      {step.phaseMissing && (
        <div className="step-card__warning">
          <Icon name="warning" />
          <span>{t('ui.journeys.map.phaseMissing')}</span>
          {!readOnly && (
            <MenuButton label={t('ui.journeys.map.reassignPhase')} className="btn btn--secondary btn--small" items={() => actions.phaseItems(step.id)}>
              {t('ui.journeys.map.reassignPhase')}
            </MenuButton>
          )}
        </div>
      )}
      {step.channelMissing && (
        <div className="step-card__warning">
          <Icon name="warning" />
          <span>{t('ui.journeys.map.channelMissing')}</span>
          {!readOnly && (
            <MenuButton label={t('ui.journeys.map.reassignChannel')} className="btn btn--secondary btn--small" items={() => actions.channelItems(step.id)}>
              {t('ui.journeys.map.reassignChannel')}
            </MenuButton>
          )}
        </div>
      )}
      {flag && (
        <div className="step-card__flag" role="note">
          <p>
            <Icon name="warning" /> {t('ui.journeys.consistency.flag', { channel: flag.channelName, phase: flag.phaseName, lens: flag.lensName })}
          </p>
          {!readOnly && (
            <div className="step-card__flag-actions">
              <button type="button" className="btn btn--secondary btn--small" onClick={() => actions.setCell(step.id)}>
                {t('ui.journeys.consistency.setCell', { channel: flag.channelName, phase: flag.phaseName })}
              </button>
              <MenuButton
                label={t('ui.journeys.consistency.changeTo', { title })}
                className="btn btn--secondary btn--small"
                items={() =>
                  flag.alternatives.length === 0
                    ? [{ id: 'none', label: t('ui.journeys.consistency.noRoles', { phase: flag.phaseName }), disabled: true, onSelect: () => undefined }]
                    : flag.alternatives.map((c) => ({ id: c.id, label: c.name, onSelect: () => actions.changeChannel(step.id, c.id) }))
                }
              >
                {t('ui.journeys.consistency.changeChannel')}
              </MenuButton>
            </div>
          )}
        </div>
      )}
      {showLanes && <StepLanes step={step} />}
    </>
  );
});
