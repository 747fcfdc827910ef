import { useQueryClient } from '@tanstack/react-query';
import type { AppSettings } from '@shared/domain/types';
import { useApiMutation } from '../../api/hooks';
import { queryKeys, SETTINGS_MUTATION_KEY } from '../../api/queryKeys';

/** Settings apply at once (optimistically) and roll back if the core refuses them. */
export function useSetSettings() {
  const queryClient = useQueryClient();
  const key = queryKeys.app.settings();
  return useApiMutation('app.setSettings', {
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<AppSettings>(key);
      if (previous) queryClient.setQueryData<AppSettings>(key, { ...previous, ...patch });
      return { previous };
    },
    onError: (_err, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (settings) => {
      // A later choice still on its way must not be overwritten by this earlier answer.
      if (queryClient.isMutating({ mutationKey: SETTINGS_MUTATION_KEY }) <= 1) queryClient.setQueryData(key, settings);
    },
  });
}
