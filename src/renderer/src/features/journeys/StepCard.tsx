import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import type { TFunction } from 'i18next';
import { CSS } from '@dnd-kit/utilities';
import type { JourneyStep } from '@shared/domain/journeys';
import type { Channel } from '@shared/domain/types';
import { Icon } from '../../components/Icon';
import { EVIDENCE_MARKS, MenuButton, type MenuItem } from '../matrix';
import { ChannelIcon } from '../profiles';
import { EmotionFace, formatEmotion } from './EmotionFace';
import type { MoveKey } from './moves';
import { StepLanes } from './StepLanes';
import { cachedText } from './textCache';

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
  /**
   * The column's translate function. A card does not call useTranslation itself: mounting
   * that hook copies the i18n instance, and 400 of those cost a 200-step map ~15 ms.
   */
  t: TFunction;
}

// The handle's six dots as one path: a map of 200 cards draws 1,000 fewer SVG elements.
const GRIP_DOTS = [2, 7, 12]
  .flatMap((y) => [2, 6].map((x) => `M${x - 1.2} ${y}a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0 -2.4 0`))
  .join('');

const titleOf = (step: JourneyStep, t: TFunction) => step.title.trim() || cachedText(t, 'untitled', () => t('ui.journeys.map.untitled'));

const KEYS: Record<string, MoveKey> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The sortable shell of a card. dnd-kit re-renders every sortable item when
 * items register or a drag moves, so the shell stays small and the card's
 * content (StepCardBody) is memoised apart from it.
 */
export const StepCard = memo(function StepCard(props: StepCardProps) {
  const { step, channel, flag, readOnly, actions, t } = props;
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
          aria-label={t('ui.journeys.map.handle', { title: titleOf(step, t) })}
        >
          <svg viewBox="0 0 8 14" aria-hidden="true" focusable="false">
            <path d={GRIP_DOTS} fill="currentColor" />
          </svg>
        </button>
      )}
      <StepCardBody {...props} />
    </li>
  );
});

const StepCardBody = memo(function StepCardBody({ step, phaseName, channel, flag, showLanes, readOnly, actions, t }: StepCardProps) {
  const title = titleOf(step, t);
  const channelName = channel?.name ?? cachedText(t, 'noChannel', () => t('ui.journeys.map.noChannel'));
  const momentOfTruth = step.momentOfTruth ? cachedText(t, 'mot', () => t('ui.journeys.map.momentOfTruth')) : '';
  const evidence = step.evidence;
  const evidenceText = evidence
    ? cachedText(t, `evidence:${evidence}`, () => t('ui.journeys.map.evidence', { level: t(`ui.matrix.evidence.${evidence}`) }))
    : '';
  const emotion = step.emotion;
  const emotionText = emotion === null ? '' : cachedText(t, `emotion:${emotion}`, () => t('ui.journeys.map.emotion', { value: formatEmotion(emotion) }));
  const emotionLabel = cachedText(t, 'emotion', () => t('ui.journeys.map.emotion', { value: '' }));
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
          {/* Each mark is one element named by its text (a map of 200 cards draws up to 800 fewer spans). */}
          {step.momentOfTruth && (
            <span className="step-card__mot" title={momentOfTruth} role="img" aria-label={momentOfTruth}>
              ★
            </span>
          )}
          {evidence && (
            <span className="step-card__evidence" title={evidenceText} role="img" aria-label={evidenceText}>
              {EVIDENCE_MARKS[evidence]}
            </span>
          )}
        </span>
      </div>
      <div className="step-card__row">
        <span className={`step-card__channel${channel ? '' : ' step-card__channel--none'}`}>
          {channel && <ChannelIcon icon={channel.icon} className="step-card__channel-icon" />}
          <span>{channelName}</span>
        </span>
        {emotion !== null && (
          <span className="step-card__emotion" data-emotion={emotion} title={emotionText}>
            <EmotionFace emotion={emotion} />
            <span className="sr-only">{emotionLabel}</span>
            {formatEmotion(emotion)}
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
      {showLanes && <StepLanes step={step} t={t} />}
    </>
  );
});
