import type { chartsMethods } from '@shared/contract/charts';
import type { AreaHandlers } from '../dispatch';
import type { Workspace } from '../workspace';

/** The charts methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function chartsHandlers(need: () => Workspace): AreaHandlers<typeof chartsMethods> {
  return {
    'charts.data': (request) => need().charts.data(request),
  };
}
