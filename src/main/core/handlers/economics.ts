import type { economicsMethods } from '@shared/contract/economics';
import type { AreaHandlers } from '../dispatch';
import type { Workspace } from '../workspace';

/** The economics methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function economicsHandlers(need: () => Workspace): AreaHandlers<typeof economicsMethods> {
  return {
    'economics.get': ({ scenarioId }) => need().economics.get(scenarioId),
    'economics.setRoleContacts': ({ role, contacts }) => need().economics.setRoleContacts(role, contacts),
    'economics.setContacts': (input) => need().economics.setContacts(input),
    'economics.updateCustomerType': (input) => need().economics.updateCustomerType(input),
  };
}
