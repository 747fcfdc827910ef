import type { Handlers } from '../dispatch';
import type { Workspace } from '../workspace';

type FindingsMethod = 'findings.getThresholds' | 'findings.setThresholds';

/** The findings methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function findingsHandlers(need: () => Workspace): Pick<Handlers, FindingsMethod> {
  return {
    'findings.getThresholds': () => need().findings.getThresholds(),
    'findings.setThresholds': ({ values }) => need().findings.setThresholds(values),
  };
}
