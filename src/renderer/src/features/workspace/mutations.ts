import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation } from '../../api/hooks';
import { setSession } from '../../api/events';

/** Opening, creating, recovering and closing all end in a new session: put it in the cache at once. */
function useSessionMutation<M extends 'workspace.create' | 'workspace.open' | 'workspace.recover'>(method: M) {
  const queryClient = useQueryClient();
  return useApiMutation(method, { onSuccess: (info) => setSession(queryClient, info) });
}

export const useCreateWorkspace = () => useSessionMutation('workspace.create');
export const useOpenWorkspace = () => useSessionMutation('workspace.open');
export const useRecoverWorkspace = () => useSessionMutation('workspace.recover');

export function useCloseWorkspace() {
  const queryClient = useQueryClient();
  return useApiMutation('workspace.close', { onSuccess: () => setSession(queryClient, null) });
}
