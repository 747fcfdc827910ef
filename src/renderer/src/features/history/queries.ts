import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';

export const HISTORY_LIMIT = 200;

export function useHistoryState(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.ws.historyState(),
    queryFn: () => unwrap(client.call('history.state', {})),
    enabled,
  });
}

export function useHistoryList(limit = HISTORY_LIMIT) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.ws.historyList(limit),
    queryFn: () => unwrap(client.call('history.list', { limit })),
    // Asking for an older page keeps the entries shown until it arrives.
    placeholderData: (previous) => previous,
  });
}

export function useSnapshots() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.ws.snapshots(),
    queryFn: () => unwrap(client.call('snapshots.list', {})),
  });
}
