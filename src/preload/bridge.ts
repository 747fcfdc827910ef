import type { ApiEvent, MethodInput, MethodName, MethodResult } from '@shared/api';
import type { Result } from '@shared/errors';
import type { AppCommandId, PreloadApi } from './api-types';
import { IPC_CALL, IPC_COMMAND, IPC_EVENT, IPC_PRINT_PDF, isAppCommand, type PdfRequest, type PdfSaved } from '@shared/host/ipc-channels';

/** The parts of Electron's ipcRenderer the bridge uses (structural: see src/main/electron/electron-types.ts). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface ContextBridgeLike {
  exposeInMainWorld(apiKey: string, api: unknown): void;
}

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'The Channelwise core did not answer.' },
};

function subscribe<T>(ipc: IpcRendererLike, channel: string, accept: (payload: unknown) => payload is T, listener: (value: T) => void): () => void {
  // Only the payload crosses into the page: the IPC event object carries `sender` (ipcRenderer itself).
  const wrapped = (_event: unknown, payload: unknown) => {
    if (accept(payload)) listener(payload);
  };
  ipc.on(channel, wrapped);
  return () => {
    ipc.removeListener(channel, wrapped);
  };
}

const isApiEvent = (payload: unknown): payload is ApiEvent =>
  typeof payload === 'object' && payload !== null && typeof Reflect.get(payload, 'type') === 'string';

/** window.api: the contract, menu commands and the report's PDF, nothing else. */
export function createBridge(ipc: IpcRendererLike): PreloadApi {
  return {
    call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodResult<M>>> {
      // The ApiBridge promise never rejects: a missing handler becomes a Result too.
      return ipc.invoke(IPC_CALL, method, input).catch(() => unreachable) as Promise<Result<MethodResult<M>>>;
    },
    onEvent: (listener: (event: ApiEvent) => void) => subscribe(ipc, IPC_EVENT, isApiEvent, listener),
    onCommand: (listener: (id: AppCommandId) => void) => subscribe(ipc, IPC_COMMAND, isAppCommand, listener),
    printToPdf(request: PdfRequest): Promise<Result<PdfSaved>> {
      return ipc.invoke(IPC_PRINT_PDF, request).catch(() => unreachable) as Promise<Result<PdfSaved>>;
    },
  };
}
