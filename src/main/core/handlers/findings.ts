import type { findingsMethods } from '@shared/contract/findings';
import type { AreaHandlers } from '../dispatch';
import type { Workspace } from '../workspace';

/** The findings methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function findingsHandlers(need: () => Workspace): AreaHandlers<typeof findingsMethods> {
  return {
    'findings.getThresholds': () => need().findings.getThresholds(),
    'findings.setThresholds': ({ values }) => need().findings.setThresholds(values),
  };
}
