import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyStep } from '@shared/domain/journeys';
import { EVIDENCE_LEVELS, type Channel, type Evidence, type Phase } from '@shared/domain/types';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { CheckboxField, CommitTextField, FieldRefusal, Segmented, SelectField, useChoiceSave } from '../profiles';
import { formatEmotion } from './EmotionFace';
import { parseEmotion } from './emotion';
import type { StepPatch } from './layout';
import { LANES } from './StepLanes';

interface StepEditorProps {
  step: JourneyStep;
  phases: readonly Phase[];
  channels: readonly Channel[];
  readOnly: boolean;
  save: (patch: StepPatch) => Promise<void>;
  /** Into another phase column (last in it). */
  movePhase: (phaseId: string) => Promise<void>;
  onDelete: () => void;
  onClose: () => void;
}

const NONE = '';
const MULTILINE = new Set(['does', 'thinks', 'feels', 'painPoints', 'opportunities']);

/**
 * Every field of a step, labelled. Text saves on Enter or leaving the field
 * (Ctrl/Cmd+Enter in the longer ones), Esc puts the saved text back; choices
 * save when made. Each save is one undoable step.
 */
export function StepEditor({ step, phases, channels, readOnly, save, movePhase, onDelete, onClose }: StepEditorProps) {
  const { t } = useTranslation();
  const titleRef = useRef<HTMLInputElement>(null);
  const phaseId = step.phaseMissing || step.phaseId === null ? NONE : step.phaseId;
  const channelId = step.channelMissing || step.channelId === null ? NONE : step.channelId;
  const phase = useChoiceSave(phaseId, (next) => (next === NONE ? Promise.resolve() : movePhase(next)));
  const channel = useChoiceSave(channelId, (next) => save({ channelId: next === NONE ? null : next }));
  const evidence = useChoiceSave<Evidence | 'none'>(step.evidence ?? 'none', (next) => save({ evidence: next === 'none' ? null : next }));
  const moment = useChoiceSave(step.momentOfTruth, (momentOfTruth) => save({ momentOfTruth }));
  const title = step.title.trim() || t('ui.journeys.map.untitled');

  const saveEmotion = async (text: string) => {
    const parsed = parseEmotion(text);
    if (!parsed.ok) throw new FieldRefusal(t('ui.journeys.step.emotionInvalid', { value: text.trim() }));
    await save({ emotion: parsed.value });
  };

  return (
    <Dialog
      title={t('ui.journeys.step.title', { title })}
      onClose={onClose}
      initialFocus={titleRef}
      className="step-editor"
      footer={
        <>
          {!readOnly && (
            <Button variant="danger" icon="trash" onClick={onDelete}>
              {t('ui.journeys.step.delete')}
            </Button>
          )}
          <Button variant="primary" onClick={onClose}>
            {t('ui.journeys.step.done')}
          </Button>
        </>
      }
    >
      <div className="step-editor__grid">
        <CommitTextField
          ref={titleRef}
          className="step-editor__wide"
          label={t('ui.journeys.step.fieldTitle')}
          value={step.title}
          disabled={readOnly}
          onCommit={(text) => save({ title: text })}
        />
        <SelectField
          label={t('ui.journeys.step.phase')}
          value={phase.value}
          error={phase.error}
          disabled={readOnly}
          options={[...(phaseId === NONE ? [{ value: NONE, label: t('ui.journeys.map.choose') }] : []), ...phases.map((p) => ({ value: p.id, label: p.name }))]}
          onChange={phase.choose}
        />
        <SelectField
          label={t('ui.journeys.step.channel')}
          value={channel.value}
          error={channel.error}
          disabled={readOnly}
          options={[{ value: NONE, label: t('ui.journeys.create.none') }, ...channels.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={channel.choose}
        />
        <CommitTextField
          label={t('ui.journeys.step.emotion')}
          hint={t('ui.journeys.step.emotionHint')}
          value={step.emotion === null ? '' : formatEmotion(step.emotion)}
          inputMode="text"
          disabled={readOnly}
          onCommit={saveEmotion}
        />
        <CheckboxField label={t('ui.journeys.step.momentOfTruth')} checked={moment.value} error={moment.error} disabled={readOnly} onChange={moment.choose} />
        {LANES.map((lane) => (
          <CommitTextField
            key={lane}
            className={MULTILINE.has(lane) ? 'step-editor__wide' : undefined}
            label={t(`ui.journeys.lanes.${lane}`)}
            value={step[lane]}
            multiline={MULTILINE.has(lane)}
            disabled={readOnly}
            onCommit={(text) => save({ [lane]: text })}
          />
        ))}
        <Segmented
          className="step-editor__wide"
          label={t('ui.journeys.step.evidence')}
          value={evidence.value}
          error={evidence.error}
          disabled={readOnly}
          options={[
            { value: 'none', label: t('ui.journeys.step.evidenceNone') },
            ...EVIDENCE_LEVELS.map((level) => ({ value: level, label: t(`ui.matrix.evidenceNames.${level}`) })),
          ]}
          onChange={evidence.choose}
        />
      </div>
    </Dialog>
  );
}
