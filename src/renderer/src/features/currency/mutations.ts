import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';

/** Choose the workspace currency; the answer is the new settings, so every figure updates without waiting for the event. */
export function useSetCurrency() {
  const queryClient = useQueryClient();
  return useApiMutation('workspaceSettings.setCurrency', {
    invalidates: [queryKeys.ws.historyAll()],
    onSuccess: (value) => queryClient.setQueryData(queryKeys.ws.settings(), value),
  });
}
