import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '@shared/api';
import type { JourneyDetail } from '@shared/domain/journeys';
import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { applyMove, applyStepPatch } from './layout';
import { journeyKeys } from './queries';

/** A journey write changes the list (step counts), the journey and the history. */
const CHANGED = [queryKeys.ws.journeys(), queryKeys.ws.historyAll()] as const;

export const useCreateJourney = () => useApiMutation('journeys.create', { invalidates: CHANGED });
export const useUpdateJourney = () => useApiMutation('journeys.update', { invalidates: CHANGED });
export const useDuplicateJourney = () => useApiMutation('journeys.duplicate', { invalidates: CHANGED });
export const useDeleteJourney = () => useApiMutation('journeys.delete', { invalidates: CHANGED });
export const useAddSteps = () => useApiMutation('journeys.addSteps', { invalidates: CHANGED });
export const useDeleteStep = () => useApiMutation('journeys.deleteStep', { invalidates: CHANGED });

interface Snapshot {
  previous: JourneyDetail | undefined;
}

/**
 * A write on one journey's steps that shows at once: the cached journey is
 * edited before the call leaves and put back if the core refuses it.
 */
function useOptimisticStep<M extends 'journeys.updateStep' | 'journeys.moveStep'>(
  method: M,
  journeyId: string,
  edit: (detail: JourneyDetail, input: MethodInput<M>) => JourneyDetail,
  reportErrors: boolean,
) {
  const queryClient = useQueryClient();
  const notices = useNotices();
  const { t } = useTranslation();
  const key = journeyKeys.detail(journeyId);
  return useApiMutation<M, Snapshot>(method, {
    invalidates: CHANGED,
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<JourneyDetail>(key);
      if (previous) queryClient.setQueryData(key, edit(previous, input));
      return { previous };
    },
    onError: (err, _input, snapshot) => {
      if (snapshot?.previous) queryClient.setQueryData(key, snapshot.previous);
      void queryClient.invalidateQueries({ queryKey: key });
      if (reportErrors) notices.showError(t('ui.journeys.messages.saveFailed', { reason: describeError(t, err) }));
    },
  });
}

/** Field edits report their own failures under the field; the caller awaits mutateAsync. */
export const useUpdateStep = (journeyId: string) =>
  useOptimisticStep('journeys.updateStep', journeyId, (detail, input) => applyStepPatch(detail, input.id, input.patch), false);

export const useMoveStep = (journeyId: string) =>
  useOptimisticStep('journeys.moveStep', journeyId, (detail, input) => applyMove(detail, input.id, input), true);
