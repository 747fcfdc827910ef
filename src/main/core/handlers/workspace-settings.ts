import type { Handlers } from '../dispatch';
import type { Workspace } from '../workspace';

type SettingsMethod = 'workspaceSettings.get' | 'workspaceSettings.setCurrency';

/** The workspace settings methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function workspaceSettingsHandlers(need: () => Workspace): Pick<Handlers, SettingsMethod> {
  return {
    'workspaceSettings.get': () => need().settings.get(),
    'workspaceSettings.setCurrency': ({ currency }) => need().settings.setCurrency(currency),
  };
}
