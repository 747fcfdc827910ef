import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../api/ApiProvider';
import { unwrap } from '../api/errors';
import { queryKeys } from '../api/queryKeys';

export function useAppInfo() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.app.info(),
    queryFn: () => unwrap(client.call('app.info', {})),
    staleTime: Infinity,
  });
}

export function useSettings() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.app.settings(),
    queryFn: () => unwrap(client.call('app.getSettings', {})),
  });
}

/** The open workspace (null on the start screen); kept current by `session.changed`. */
export function useCurrentWorkspace() {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.session(),
    queryFn: () => unwrap(client.call('workspace.current', {})),
  });
}
