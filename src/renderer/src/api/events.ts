import type { QueryClient } from '@tanstack/react-query';
import type { ApiEvent } from '@shared/api';
import type { WorkspaceInfo } from '@shared/domain/types';
import { keysForTables } from './invalidation';
import { queryKeys, SETTINGS_MUTATION_KEY } from './queryKeys';

/** Puts a newly opened (or closed) workspace in the cache and drops the previous one's data. */
export function setSession(queryClient: QueryClient, workspace: WorkspaceInfo | null): void {
  const previous = queryClient.getQueryData<WorkspaceInfo | null>(queryKeys.session());
  queryClient.setQueryData(queryKeys.session(), workspace);
  // Opening a workspace adds it to the recent list.
  void queryClient.invalidateQueries({ queryKey: queryKeys.app.recent() });
  const same =
    previous != null &&
    workspace !== null &&
    previous.path === workspace.path &&
    previous.readOnly === workspace.readOnly;
  if (same) return;
  if (workspace === null) {
    // The workspace view unmounts: nothing should refetch against a closed file.
    queryClient.removeQueries({ queryKey: queryKeys.ws.all });
  } else {
    void queryClient.resetQueries({ queryKey: queryKeys.ws.all });
  }
}

/** What an event from the core means for the cached queries. */
export function applyApiEvent(queryClient: QueryClient, event: ApiEvent): void {
  switch (event.type) {
    case 'workspace.changed':
      for (const queryKey of keysForTables(event.tables)) void queryClient.invalidateQueries({ queryKey });
      return;
    case 'session.changed':
      setSession(queryClient, event.workspace);
      return;
    case 'settings.changed':
      // While this window is saving a choice, its own answer is the newer truth.
      if (queryClient.isMutating({ mutationKey: SETTINGS_MUTATION_KEY }) > 0) return;
      queryClient.setQueryData(queryKeys.app.settings(), event.settings);
      return;
  }
}
