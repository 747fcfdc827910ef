import type { workspaceSettingsMethods } from '@shared/contract/workspace-settings';
import type { AreaHandlers } from '../dispatch';
import type { Workspace } from '../workspace';

/** The workspace settings methods; `need` gives the open workspace or throws NO_WORKSPACE. */
export function workspaceSettingsHandlers(need: () => Workspace): AreaHandlers<typeof workspaceSettingsMethods> {
  return {
    'workspaceSettings.get': () => need().settings.get(),
    'workspaceSettings.setCurrency': ({ currency }) => need().settings.setCurrency(currency),
  };
}
