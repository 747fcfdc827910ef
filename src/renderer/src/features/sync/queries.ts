import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

/** The sync status; the core announces every change of it (an exchange started, done, failed). */
export function useSyncStatus(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.ws.syncStatus(),
    queryFn: () => unwrap(client.call('sync.status', {})),
    enabled,
  });
}

export function useSyncConflicts(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.ws.syncConflicts(),
    queryFn: () => unwrap(client.call('sync.conflicts', {})),
    enabled,
  });
}
