import { useQueryClient } from '@tanstack/react-query';
import type { HistoryState } from '@shared/domain/types';
import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';

/** Undo, redo and restore can touch any table: everything of the workspace is stale after them. */
const EVERYTHING = [queryKeys.ws.all] as const;

/**
 * The answer carries the new history state, so the step is done as soon as it
 * arrives: the refetch of everything else is not awaited. Awaiting it kept the
 * step pending, and an undo followed at once by a redo lost the redo key press.
 */
function useHistoryStep(method: 'history.undo' | 'history.redo') {
  const queryClient = useQueryClient();
  return useApiMutation(method, {
    onSuccess: (state: HistoryState) => {
      queryClient.setQueryData(queryKeys.ws.historyState(), state);
      void queryClient.invalidateQueries({ queryKey: queryKeys.ws.all });
    },
  });
}

export const useUndo = () => useHistoryStep('history.undo');
export const useRedo = () => useHistoryStep('history.redo');

export function useTakeSnapshot() {
  return useApiMutation('snapshots.create', { invalidates: [queryKeys.ws.snapshots(), queryKeys.ws.historyAll()] });
}

export function useRestoreSnapshot() {
  return useApiMutation('snapshots.restore', { invalidates: EVERYTHING });
}

export function useDeleteSnapshot() {
  return useApiMutation('snapshots.delete', { invalidates: [queryKeys.ws.snapshots(), queryKeys.ws.historyAll()] });
}
