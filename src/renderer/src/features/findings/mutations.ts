import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../api/hooks';
import { thresholdsKey } from './queries';

/** Change or reset thresholds; the answer is the new set, so the list updates without waiting for the event. */
export function useSetThresholds() {
  const queryClient = useQueryClient();
  return useApiMutation('findings.setThresholds', {
    onSuccess: (value) => queryClient.setQueryData(thresholdsKey(), value),
  });
}
