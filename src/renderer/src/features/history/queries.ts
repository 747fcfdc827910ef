import { useQuery } from '@tanstack/react-query';
import type { HistoryArea } from '@shared/history/areas';
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

/** The newest `limit` entries, of one area when given (the core filters, so paging stays whole). */
export function useHistoryList(limit = HISTORY_LIMIT, area: HistoryArea | null = null) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.ws.historyList(limit, area),
    queryFn: () => unwrap(client.call('history.list', area ? { limit, area } : { limit })),
    // Asking for an older page keeps the entries shown until it arrives; another area does not.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[3] === area ? previous : undefined),
  });
}

export function useSnapshots() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.ws.snapshots(),
    queryFn: () => unwrap(client.call('snapshots.list', {})),
  });
}
