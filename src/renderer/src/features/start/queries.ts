import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';

export function useRecentWorkspaces() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.app.recent(),
    queryFn: () => unwrap(client.call('recent.list', {})),
    // Files come and go outside the app: check again whenever the start screen shows.
    staleTime: 0,
  });
}

export function useRemoveRecent() {
  const queryClient = useQueryClient();
  return useApiMutation('recent.remove', {
    onSuccess: (list) => {
      queryClient.setQueryData(queryKeys.app.recent(), list);
    },
  });
}

/** One folder of the browser host's file picker; `dir` null is the default folder. */
export function useFolder(dir: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.app.files(dir),
    queryFn: () => unwrap(client.call('files.list', dir === null ? {} : { dir })),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}
