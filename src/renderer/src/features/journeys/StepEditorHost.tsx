import { useTranslation } from 'react-i18next';
import type { JourneyStep } from '@shared/domain/journeys';
import type { Channel, Phase } from '@shared/domain/types';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import type { MapColumn, StepPatch } from './layout';
import { useDeleteStep, useMoveStep, useUpdateStep } from './mutations';
import { StepEditor } from './StepEditor';

interface StepEditorHostProps {
  journeyId: string;
  step: JourneyStep;
  columns: readonly MapColumn[];
  phases: readonly Phase[];
  channels: readonly Channel[];
  readOnly: boolean;
  onClose: () => void;
}

/** The step editor wired to the journey's writes. */
export function StepEditorHost({ journeyId, step, columns, phases, channels, readOnly, onClose }: StepEditorHostProps) {
  const { t } = useTranslation();
  const notices = useNotices();
  const update = useUpdateStep(journeyId);
  const move = useMoveStep(journeyId);
  const remove = useDeleteStep();

  const save = async (patch: StepPatch) => {
    await update.mutateAsync({ id: step.id, patch });
  };
  const movePhase = async (phaseId: string) => {
    const rest = columns.find((c) => c.id === phaseId)?.steps.filter((s) => s.id !== step.id) ?? [];
    await move.mutateAsync({ id: step.id, phaseId, afterId: rest.length === 0 ? null : rest[rest.length - 1]!.id });
  };
  const onDelete = () => {
    const title = step.title.trim() || t('ui.journeys.map.untitled');
    remove
      .mutateAsync({ id: step.id })
      .then(() => {
        onClose();
        notices.announce(t('ui.journeys.step.deleted', { title }));
      })
      .catch((err: unknown) => notices.showError(t('ui.journeys.messages.saveFailed', { reason: describeError(t, err) })));
  };

  return (
    <StepEditor step={step} phases={phases} channels={channels} readOnly={readOnly} save={save} movePhase={movePhase} onDelete={onDelete} onClose={onClose} />
  );
}
