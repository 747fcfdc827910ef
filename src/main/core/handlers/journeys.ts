import type { journeyMethods } from '@shared/contract/journeys';
import type { AreaHandlers } from '../dispatch';
import type { Workspace } from '../workspace';

/** The journeys methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function journeyHandlers(need: () => Workspace): AreaHandlers<typeof journeyMethods> {
  return {
    'journeys.list': () => need().journeys.list(),
    'journeys.get': ({ id }) => need().journeys.get(id),
    'journeys.details': ({ scenarioId }) => need().journeys.details(scenarioId),
    'journeys.create': (input) => need().journeys.create(input),
    'journeys.update': (input) => need().journeys.update(input),
    'journeys.duplicate': (input) => need().journeys.duplicate(input),
    'journeys.delete': ({ id }) => {
      need().journeys.delete(id);
      return null;
    },
    'journeys.addSteps': (input) => need().journeys.addSteps(input),
    'journeys.updateStep': (input) => need().journeys.updateStep(input),
    'journeys.moveStep': (input) => need().journeys.moveStep(input),
    'journeys.deleteStep': ({ id }) => {
      need().journeys.deleteStep(id);
      return null;
    },
  };
}
