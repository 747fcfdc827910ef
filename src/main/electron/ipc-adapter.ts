import type { ApiEvent } from '@shared/api';
import type { Result } from '@shared/errors';
import type { AppCore } from '../core';
import type { EventSenderLike, IpcMainLike } from './electron-types';

import { IPC_CALL, IPC_EVENT } from '@shared/host/ipc-channels';

export { IPC_CALL, IPC_COMMAND, IPC_EVENT } from '@shared/host/ipc-channels';

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Calls are only accepted from the Channelwise window.' },
};

/**
 * The Electron side of the contract: renderer calls go to `core.dispatch`
 * (which validates them), core events go to every window. Returns a function
 * that undoes the registration.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  core: Pick<AppCore, 'dispatch' | 'onEvent'>,
  isTrusted: (frameUrl: string) => boolean,
  targets: () => Iterable<EventSenderLike>,
): () => void {
  ipcMain.handle(IPC_CALL, async (event, method: unknown, input: unknown): Promise<Result<unknown>> => {
    const frameUrl = event.senderFrame?.url;
    if (frameUrl === undefined || !isTrusted(frameUrl)) return forbidden;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'VALIDATION', message: 'The method name must be a string.' } };
    }
    try {
      return await core.dispatch(method, input);
    } catch {
      // Anything thrown would reach the renderer as an opaque rejection: keep the contract.
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Channelwise.' } };
    }
  });

  const unsubscribe = core.onEvent((event: ApiEvent) => {
    for (const target of targets()) {
      if (!target.isDestroyed()) target.send(IPC_EVENT, event);
    }
  });

  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_CALL);
  };
}
