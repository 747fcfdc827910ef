import type { CustomerEconomicsPatch } from '@shared/contract/economics';
import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';
import { economicsKeys } from './queries';

/** Each call is one journaled, undoable change; `mutateAsync` resolves once the figures are fresh. */
const CHANGED = [economicsKeys.all(), queryKeys.ws.historyAll()] as const;

export const useSetRoleContacts = () => useApiMutation('economics.setRoleContacts', { invalidates: CHANGED });
export const useSetContacts = () => useApiMutation('economics.setContacts', { invalidates: CHANGED });
const useUpdateCustomerType = () => useApiMutation('economics.updateCustomerType', { invalidates: CHANGED });

/** A saver for one customer type: `save({ price: 25 })` sends one update. */
export function useCustomerPatch(customerTypeId: string): (patch: CustomerEconomicsPatch) => Promise<void> {
  const update = useUpdateCustomerType();
  return async (patch) => {
    await update.mutateAsync({ customerTypeId, patch });
  };
}
