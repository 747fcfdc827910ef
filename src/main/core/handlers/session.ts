import type { ApiEvent } from '@shared/api';
import type { WorkspaceInfo } from '@shared/domain/types';
import type { AppCoreOptions } from '../app-core-types';
import type { Workspace, WorkspaceOptions } from '../workspace';

/**
 * What the handlers get from the core's session (app-core.ts): the open
 * workspace, the ways to open and close one, and the event stream. The session
 * itself stays in app-core.ts; the handlers only ask it.
 */
export interface CoreSession {
  readonly options: AppCoreOptions;
  /** The open workspace, or throws NO_WORKSPACE. */
  need(): Workspace;
  /** The open workspace, if any. */
  current(): Workspace | null;
  /** Open (or create) the workspace at `path` with `make`, closing the one open before. */
  openAt(path: string, make: (path: string) => Workspace): WorkspaceInfo;
  closeCurrent(): void;
  emit(event: ApiEvent): void;
  /** What every workspace opened by this core is opened with (data folder, device id). */
  wsOptions(): WorkspaceOptions;
}
