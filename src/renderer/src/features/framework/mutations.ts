import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';

/**
 * Catalog edits. The core's `workspace.changed` event refreshes every client;
 * the caller's own queries are also refreshed before `mutateAsync` resolves, so
 * focus can be placed on the updated list.
 */
const CHANGED = [queryKeys.ws.catalog(), queryKeys.ws.historyAll()] as const;

export const useCreateItem = () => useApiMutation('catalog.create', { invalidates: CHANGED });
export const useUpdateItem = () => useApiMutation('catalog.update', { invalidates: CHANGED });
export const useMoveItem = () => useApiMutation('catalog.move', { invalidates: CHANGED });
export const useDeleteItem = () => useApiMutation('catalog.delete', { invalidates: CHANGED });
export const useAddExamples = () => useApiMutation('catalog.addExamples', { invalidates: CHANGED });
export const useRemoveExamples = () => useApiMutation('catalog.removeExamples', { invalidates: CHANGED });
