import type { workspaceSettingsTables } from '@shared/contract/workspace-settings';
import { queryKeys, type TableKeys } from '../../api/queryKeys';

/** What a change to the workspace's own settings (its currency) makes stale. */
export const workspaceSettingsTableKeys: TableKeys<(typeof workspaceSettingsTables)[number]> = {
  workspace_settings: [queryKeys.ws.settings()],
};
