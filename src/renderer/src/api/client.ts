import type { ApiBridge } from '@shared/api';
import type { AppCommandId, PreloadApi } from './window';
import { createHttpBridge, type HttpBridgeOptions } from './httpBridge';
import { createIpcBridge } from './ipcBridge';

export { unwrap, ApiCallError } from './errors';

/** The renderer's one door to the core: the contract, plus what its transport can tell. */
export interface ApiClient extends ApiBridge {
  readonly transport: 'ipc' | 'http';
  /** Events may have been missed (the event stream reconnected): refetch what is shown. */
  onReconnect(listener: () => void): () => void;
  /** The browser host refused a call for want of its key (never in Electron). */
  onKeyRefused(listener: () => void): () => void;
  /** Commands from the native menu (Electron only; a no-op in a browser). */
  onAppCommand(listener: (id: AppCommandId) => void): () => void;
}

export interface ClientEnvironment {
  api?: PreloadApi | undefined;
  location: Pick<Location, 'origin'>;
}

/**
 * IPC when the Electron preload exposed `window.api`, HTTP/WebSocket to the
 * page's own origin otherwise (the browser host; pass its key as `token`).
 */
export function createApiClient(
  env: ClientEnvironment = window,
  httpOptions: Partial<HttpBridgeOptions> = {},
): ApiClient {
  const preload = env.api;
  if (preload) {
    const bridge = createIpcBridge(preload);
    return {
      ...bridge,
      transport: 'ipc',
      onReconnect: () => () => undefined,
      onKeyRefused: () => () => undefined,
      onAppCommand: (listener) => preload.onCommand(listener),
    };
  }
  const bridge = createHttpBridge({ baseUrl: env.location.origin, ...httpOptions });
  return {
    call: bridge.call,
    onEvent: bridge.onEvent,
    transport: 'http',
    onReconnect: bridge.onReconnect,
    onKeyRefused: bridge.onKeyRefused,
    onAppCommand: () => () => undefined,
  };
}
