import type { ApiEvent } from '@shared/api';
import { describe, expect, it } from 'vitest';
import type { EventSenderLike, IpcInvokeEventLike, IpcMainLike } from './electron-types';
import { IPC_CALL, IPC_EVENT, registerIpc } from './ipc-adapter';
import { createFakeCore } from '../host/testing/fake-core';

const APP = 'file:///app/out/renderer/index.html';

/** Behaves like ipcMain.handle/invoke: one handler per channel, invoked with an event and args. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcInvokeEventLike, ...args: unknown[]) => unknown>();
  const ipc: IpcMainLike & { invoke(frameUrl: string | null, ...args: unknown[]): Promise<unknown>; handlers: typeof handlers } = {
    handlers,
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
    async invoke(frameUrl, ...args) {
      const handler = handlers.get(IPC_CALL);
      if (!handler) throw new Error('No handler registered');
      return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
    },
  };
  return ipc;
}

function fakeWindow(destroyed = false): EventSenderLike & { sent: unknown[][] } {
  const sent: unknown[][] = [];
  return { sent, send: (channel, ...args) => sent.push([channel, ...args]), isDestroyed: () => destroyed };
}

const isTrusted = (url: string) => url === APP;

describe('the IPC adapter', () => {
  it('dispatches calls from the app page to the core', async () => {
    const core = createFakeCore();
    core.answers.set('app.info', () => ({ ok: true, value: { version: '1' } }));
    const ipc = fakeIpcMain();
    registerIpc(ipc, core, isTrusted, () => []);
    expect(await ipc.invoke(APP, 'app.info', {})).toEqual({ ok: true, value: { version: '1' } });
    expect(await ipc.invoke(APP, 'nope', { a: 1 })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(core.calls).toEqual([
      { method: 'app.info', input: {} },
      { method: 'nope', input: { a: 1 } },
    ]);
  });

  it('refuses untrusted or vanished frames with FORBIDDEN, before the core', async () => {
    const core = createFakeCore();
    const ipc = fakeIpcMain();
    registerIpc(ipc, core, isTrusted, () => []);
    expect(await ipc.invoke('https://evil.example/', 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await ipc.invoke(null, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.calls).toEqual([]);
  });

  it('answers a non-string method and a throwing core with Results', async () => {
    const core = createFakeCore();
    core.answers.set('boom', () => {
      throw new Error('bug');
    });
    const ipc = fakeIpcMain();
    registerIpc(ipc, core, isTrusted, () => []);
    expect(await ipc.invoke(APP, 42, {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await ipc.invoke(APP, 'boom', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('pushes every core event to every live window, and unregisters cleanly', () => {
    const core = createFakeCore();
    const ipc = fakeIpcMain();
    const [a, b, gone] = [fakeWindow(), fakeWindow(), fakeWindow(true)];
    const dispose = registerIpc(ipc, core, isTrusted, () => [a, b, gone]);
    const event: ApiEvent = { type: 'workspace.changed', tables: ['scenario'] };
    core.emit(event);
    expect(a.sent).toEqual([[IPC_EVENT, event]]);
    expect(b.sent).toEqual([[IPC_EVENT, event]]);
    expect(gone.sent).toEqual([]);
    dispose();
    expect(core.listenerCount()).toBe(0);
    expect(ipc.handlers.size).toBe(0);
    registerIpc(ipc, core, isTrusted, () => []);
  });
});
