import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';

/** Applying an import changes cells and maybe phases and channels: refresh what shows them before resolving. */
export const useImportApply = () =>
  useApiMutation('matrix.importApply', { invalidates: [queryKeys.ws.matrixAll(), queryKeys.ws.catalog(), queryKeys.ws.historyAll()] });

export const useExportMatrix = () => useApiMutation('matrix.export');
