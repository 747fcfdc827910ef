import { useApiMutation } from '../../api/hooks';
import { queryKeys } from '../../api/queryKeys';

const stale = [queryKeys.ws.sync()];

export const useShareFolder = () => useApiMutation('sync.shareFolder', { invalidates: stale });
export const useShareServer = () => useApiMutation('sync.shareServer', { invalidates: stale });
export const useStopSharing = () => useApiMutation('sync.stopSharing', { invalidates: stale });
export const useSyncNow = () => useApiMutation('sync.now', { invalidates: stale });
export const useUseConflictValue = () => useApiMutation('sync.useConflictValue', { invalidates: stale });
export const useDismissConflict = () => useApiMutation('sync.dismissConflict', { invalidates: stale });
/** Joining opens the new copy: the session event then shows it. */
export const useJoinShared = () => useApiMutation('sync.join');
