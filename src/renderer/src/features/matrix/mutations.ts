import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Catalog, Lens, MatrixCell } from '@shared/domain/types';
import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';
import { useNotices } from '../../components/Notices';
import { describeError } from '../../i18n/errorText';
import { CATALOG_FIELDS, itemsOf, sortByPosition } from '../framework';
import { applyEdit, type CellEdit } from './edits';
import { positionAfter } from './reorder';

interface Snapshot {
  key: readonly unknown[];
  previous: MatrixCell[] | undefined;
}

/**
 * A matrix write that shows at once: the view's cached cells are edited before
 * the call leaves, and put back (with an alert) if the core refuses it. The
 * core's `workspace.changed` event then refreshes every view that shows it.
 */
function useOptimisticCells<M extends 'matrix.setCells' | 'matrix.clearCells'>(method: M, kind: CellEdit['kind']) {
  const queryClient = useQueryClient();
  const notices = useNotices();
  const { t } = useTranslation();
  return useApiMutation<M, Snapshot>(method, {
    onMutate: async (input) => {
      const key = queryKeys.ws.matrix(input.scenarioId, input.lens as Lens);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<MatrixCell[]>(key);
      if (previous) queryClient.setQueryData(key, applyEdit(previous, { kind, ...input } as CellEdit));
      return { key, previous };
    },
    onError: (err, _input, snapshot) => {
      if (snapshot?.previous) queryClient.setQueryData(snapshot.key, snapshot.previous);
      if (snapshot) void queryClient.invalidateQueries({ queryKey: snapshot.key });
      notices.showError(t('ui.matrix.messages.saveFailed', { reason: describeError(t, err) }));
    },
  });
}

export const useSetCells = () => useOptimisticCells('matrix.setCells', 'set');
export const useClearCells = () => useOptimisticCells('matrix.clearCells', 'clear');

const CHANGED = [queryKeys.ws.catalog(), queryKeys.ws.historyAll()] as const;

export const useCreateScenario = () => useApiMutation('catalog.create', { invalidates: CHANGED });
export const useCopyScenario = () => useApiMutation('catalog.copyScenario', { invalidates: CHANGED });
export const useUpdateItem = () => useApiMutation('catalog.update', { invalidates: CHANGED });
export const useDeleteItem = () => useApiMutation('catalog.delete', { invalidates: CHANGED });
export const useShowAll = () => useApiMutation('catalog.showAll', { invalidates: CHANGED });

/** Reorder with the new place shown at once (a dropped column must not jump back while saving). */
export function useMoveItem() {
  const queryClient = useQueryClient();
  const key = queryKeys.ws.catalog();
  return useApiMutation<'catalog.move', { previous: Catalog | undefined }>('catalog.move', {
    invalidates: CHANGED,
    onMutate: async ({ kind, id, afterId }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Catalog>(key);
      if (previous) {
        const position = positionAfter(sortByPosition(itemsOf(previous, kind)), id, afterId);
        if (position !== null) {
          const field = CATALOG_FIELDS[kind];
          const items = (previous[field] as { id: string }[]).map((item) => (item.id === id ? { ...item, position } : item));
          queryClient.setQueryData(key, { ...previous, [field]: items });
        }
      }
      return { previous };
    },
    onError: (_err, _input, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
  });
}
