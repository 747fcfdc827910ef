import { useQueryClient } from '@tanstack/react-query';
import type { WorkshopState } from '@shared/domain/workshop';
import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';
import { workshopKeys } from './queries';

/** Methods that answer the new WorkshopState: put it in the cache straight away. */
function useStateMutation<M extends 'workshop.start' | 'workshop.stop' | 'workshop.setSlide' | 'workshop.timer'>(method: M) {
  const queryClient = useQueryClient();
  return useApiMutation(method, {
    onSuccess: (state) => queryClient.setQueryData<WorkshopState>(workshopKeys.state(), state as WorkshopState),
  });
}

export const useStartSharing = () => useStateMutation('workshop.start');
export const useStopSharing = () => useStateMutation('workshop.stop');
export const useSetSlide = () => useStateMutation('workshop.setSlide');
export const useTimer = () => useStateMutation('workshop.timer');

const VOTES = [queryKeys.ws.votes()] as const;
export const useOpenVote = () => useApiMutation('votes.open', { invalidates: VOTES });
export const useCloseVote = () => useApiMutation('votes.close', { invalidates: VOTES });
export const useRevealVote = () => useApiMutation('votes.reveal', { invalidates: VOTES });
