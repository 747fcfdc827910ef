import type { CatalogPatch, MethodInput } from '@shared/api';
import type { CatalogKind } from '@shared/domain/types';
import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';

/**
 * Profile edits. Each call is one journaled, undoable change; `mutateAsync`
 * resolves once the catalog is fresh, so a field can drop its draft and show
 * the saved value without a flash of the old one.
 */
const CHANGED = [queryKeys.ws.catalog(), queryKeys.ws.historyAll()] as const;

export const useUpdateProfile = () => useApiMutation('catalog.update', { invalidates: CHANGED });
export const useSetChannelPreference = () => useApiMutation('catalog.setChannelPreference', { invalidates: CHANGED });

/** The fields a patch of kind K may carry. */
export type PatchOf<K extends CatalogKind> = Omit<Extract<CatalogPatch, { kind: K }>, 'kind'>;

/** A saver for one item: `save({ share: 25 })` sends one `catalog.update`. */
export function usePatch<K extends CatalogKind>(kind: K, id: string): (patch: PatchOf<K>) => Promise<void> {
  const update = useUpdateProfile();
  return async (patch) => {
    // Spreading a generic patch loses the link between `kind` and its fields; the parameter type guarantees it.
    const full = { kind, ...patch } as MethodInput<'catalog.update'>['patch'];
    await update.mutateAsync({ id, patch: full });
  };
}
