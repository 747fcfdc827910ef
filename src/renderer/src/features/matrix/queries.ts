import { keepPreviousData, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CatalogKind, Lens, MatrixCell } from '@shared/domain/types';
import { useApiClient } from '../../api/ApiProvider';
import { unwrap } from '../../api/errors';
import { queryKeys } from '../../api/queryKeys';
import { sameLens } from '@shared/domain/lens';
import { applyEdit, type CellEdit } from './edits';

export { useCatalog } from '../framework';

/** useApiMutation keys each mutation by its method. */
export const SET_CELLS_KEY = ['matrix.setCells'] as const;
export const CLEAR_CELLS_KEY = ['matrix.clearCells'] as const;

/** The edits of this view still on their way to the core, oldest first. */
function pendingEdits(queryClient: QueryClient, scenarioId: string, lens: Lens): CellEdit[] {
  const cache = queryClient.getMutationCache();
  const pending = [
    ...cache.findAll({ mutationKey: SET_CELLS_KEY, status: 'pending' }).map((m) => ({ m, kind: 'set' as const })),
    ...cache.findAll({ mutationKey: CLEAR_CELLS_KEY, status: 'pending' }).map((m) => ({ m, kind: 'clear' as const })),
  ].sort((a, b) => a.m.mutationId - b.m.mutationId);
  const edits: CellEdit[] = [];
  for (const { m, kind } of pending) {
    const input = m.state.variables as Omit<CellEdit, 'kind'> | undefined;
    if (!input || input.scenarioId !== scenarioId || !sameLens(input.lens, lens)) continue;
    edits.push({ kind, ...input } as CellEdit);
  }
  return edits;
}

/**
 * The cells of one scenario in one lens (its own cells plus "all customers").
 * A refetch that lands while changes are still being saved (another change's
 * event can trigger one) keeps those changes on top, so nothing flickers back.
 */
export function useMatrix(scenarioId: string | null, lens: Lens) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.ws.matrix(scenarioId ?? '', lens),
    queryFn: async (): Promise<MatrixCell[]> => {
      const cells = await unwrap(client.call('matrix.get', { scenarioId: scenarioId!, lens }));
      return pendingEdits(queryClient, scenarioId!, lens).reduce(applyEdit, cells);
    },
    enabled: scenarioId !== null,
    // Switching scenario or lens keeps the grid in place (dimmed, not editable) for the moment the new cells take.
    placeholderData: keepPreviousData,
  });
}

/** What goes with an item when it is deleted (asked fresh each time the confirmation opens). */
export function useDeleteImpact(kind: CatalogKind, id: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...queryKeys.ws.counts(), 'deleteImpact', kind, id],
    queryFn: () => unwrap(client.call('catalog.deleteImpact', { kind, id: id! })),
    enabled: id !== null,
    staleTime: 0,
    gcTime: 0,
  });
}
