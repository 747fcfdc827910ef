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
  /** Commands from the native menu (Electron only; a no-op in a browser). */
  onAppCommand(listener: (id: AppCommandId) => void): () => void;
}

/** The workshop access token from the page URL (`?token=...`), if any. */
export function tokenFromSearch(search: string): string | null {
  const token = new URLSearchParams(search).get('token');
  return token && token.trim() !== '' ? token.trim() : null;
}

export interface ClientEnvironment {
  api?: PreloadApi | undefined;
  location: Pick<Location, 'origin' | 'search'>;
}

/**
 * IPC when the Electron preload exposed `window.api`, HTTP/WebSocket to the
 * page's own origin otherwise (the browser host).
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
      onAppCommand: (listener) => preload.onCommand(listener),
    };
  }
  const bridge = createHttpBridge({
    baseUrl: env.location.origin,
    token: tokenFromSearch(env.location.search),
    ...httpOptions,
  });
  return {
    call: bridge.call,
    onEvent: bridge.onEvent,
    transport: 'http',
    onReconnect: bridge.onReconnect,
    onAppCommand: () => () => undefined,
  };
}
