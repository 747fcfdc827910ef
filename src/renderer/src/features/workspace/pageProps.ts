import type { WorkspaceInfo } from '@shared/domain/types';

/** What every page of the main navigation gets; its own file so pages need not import the navigation that imports them. */
export interface PageProps {
  workspace: WorkspaceInfo;
}
