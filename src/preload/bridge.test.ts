import { describe, expect, it } from 'vitest';
import { createBridge, type IpcRendererLike } from './bridge';
import { IPC_CALL, IPC_COMMAND, IPC_EVENT, IPC_PRINT_PDF } from '@shared/host/ipc-channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer(invoke: (channel: string, ...args: unknown[]) => Promise<unknown>) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc: IpcRendererLike & { emit(channel: string, payload: unknown): void; count(channel: string): number } = {
    invoke,
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
    },
    emit(channel, payload) {
      for (const l of listeners.get(channel) ?? []) l({ sender: 'ipcRenderer itself' }, payload);
    },
    count: (channel) => listeners.get(channel)?.size ?? 0,
  };
  return ipc;
}

describe('the preload bridge (window.api)', () => {
  it('calls the core over api:call', async () => {
    const seen: unknown[][] = [];
    const bridge = createBridge(
      fakeIpcRenderer(async (...args) => {
        seen.push(args);
        return { ok: true, value: null };
      }),
    );
    expect(await bridge.call('history.undo', {})).toEqual({ ok: true, value: null });
    expect(seen).toEqual([[IPC_CALL, 'history.undo', {}]]);
  });

  it('turns a rejected invoke into a Result instead of throwing', async () => {
    const bridge = createBridge(fakeIpcRenderer(() => Promise.reject(new Error('No handler registered for api:call'))));
    expect(await bridge.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('delivers only the event payload, and unsubscribes', () => {
    const ipc = fakeIpcRenderer(async () => null);
    const bridge = createBridge(ipc);
    const got: unknown[] = [];
    const off = bridge.onEvent((e) => got.push(e));
    ipc.emit(IPC_EVENT, { type: 'workspace.changed', tables: ['channel'] });
    ipc.emit(IPC_EVENT, 'garbage');
    off();
    ipc.emit(IPC_EVENT, { type: 'workspace.changed', tables: [] });
    expect(got).toEqual([{ type: 'workspace.changed', tables: ['channel'] }]);
    expect(ipc.count(IPC_EVENT)).toBe(0);
  });

  it('forwards known menu commands only', () => {
    const ipc = fakeIpcRenderer(async () => null);
    const bridge = createBridge(ipc);
    const got: string[] = [];
    const off = bridge.onCommand((id) => got.push(id));
    ipc.emit(IPC_COMMAND, 'edit.undo');
    ipc.emit(IPC_COMMAND, 'rm -rf');
    off();
    ipc.emit(IPC_COMMAND, 'edit.redo');
    expect(got).toEqual(['edit.undo']);
  });

  it('asks the shell for the PDF over its own channel, and never rejects', async () => {
    const seen: unknown[][] = [];
    const bridge = createBridge(
      fakeIpcRenderer(async (...args) => {
        seen.push(args);
        return { ok: true, value: { path: '/docs/Plan.pdf' } };
      }),
    );
    expect(await bridge.printToPdf({ fileName: 'Plan' })).toEqual({ ok: true, value: { path: '/docs/Plan.pdf' } });
    expect(seen).toEqual([[IPC_PRINT_PDF, { fileName: 'Plan' }]]);
    const broken = createBridge(fakeIpcRenderer(() => Promise.reject(new Error('No handler registered'))));
    expect(await broken.printToPdf({ fileName: 'Plan' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('exposes exactly call, onEvent, onCommand and printToPdf', () => {
    expect(Object.keys(createBridge(fakeIpcRenderer(async () => null))).sort()).toEqual(['call', 'onCommand', 'onEvent', 'printToPdf']);
  });
});
