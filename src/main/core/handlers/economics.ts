import type { Handlers } from '../dispatch';
import type { Workspace } from '../workspace';

type EconomicsMethod = 'economics.get' | 'economics.setRoleContacts' | 'economics.setContacts' | 'economics.updateCustomerType';

/** The economics methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function economicsHandlers(need: () => Workspace): Pick<Handlers, EconomicsMethod> {
  return {
    'economics.get': ({ scenarioId }) => need().economics.get(scenarioId),
    'economics.setRoleContacts': ({ role, contacts }) => need().economics.setRoleContacts(role, contacts),
    'economics.setContacts': (input) => need().economics.setContacts(input),
    'economics.updateCustomerType': (input) => need().economics.updateCustomerType(input),
  };
}
