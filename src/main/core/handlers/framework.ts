import { AppError } from '@shared/errors';
import type { Scenario } from '@shared/domain/types';
import type { frameworkMethods } from '@shared/contract/framework';
import type { AreaHandlers } from '../dispatch';
import { deleteImpact } from '../services/impact';
import type { Workspace } from '../workspace';

/** The framework (catalog) methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function frameworkHandlers(need: () => Workspace): AreaHandlers<typeof frameworkMethods> {
  return {
    'catalog.get': () => need().catalogRepo.catalog(),
    'catalog.create': ({ kind, name, afterId }) => need().catalog.create(kind, name, afterId),
    'catalog.update': ({ id, patch }) => need().catalog.update(id, patch),
    'catalog.move': ({ kind, id, afterId }) => need().catalog.move(kind, id, afterId),
    'catalog.showAll': ({ kinds }) => need().catalog.showAll(kinds),
    'catalog.addExamples': () => {
      const ws = need();
      return ws.catalog.addExamples(ws.info().contentLanguage);
    },
    'catalog.removeExamples': () => need().catalog.removeExamples(),
    'catalog.delete': ({ kind, id }) => {
      need().catalog.delete(kind, id);
      return null;
    },
    'catalog.deleteImpact': ({ kind, id }) => {
      const ws = need();
      if (!ws.catalogRepo.row(kind, id)) throw new AppError('NOT_FOUND', `No ${kind} ${id}`, { kind, id });
      return deleteImpact(ws.db, kind, id);
    },
    'catalog.copyScenario': ({ id, name }) => {
      const ws = need();
      return ws.catalogRepo.item('scenario', ws.matrix.copyScenario(id, name)) as Scenario;
    },
    'catalog.setChannelPreference': ({ customerTypeId, channelId, preference }) =>
      need().catalog.setChannelPreference(customerTypeId, channelId, preference),
  };
}
