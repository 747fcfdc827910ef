/**
 * What the preload exposes as `window.api` inside the Electron window. The
 * renderer project includes this file (tsconfig.web.json) for the type only;
 * in a browser (the browser host) `window.api` is absent and the renderer's
 * client talks HTTP/WebSocket instead.
 */
import type { ApiBridge } from '../shared/api';
import type { AppCommandId } from './ipc-contract';

export type { AppCommandId };

export interface PreloadApi extends ApiBridge {
  onCommand(listener: (id: AppCommandId) => void): () => void;
}

declare global {
  interface Window {
    readonly api?: PreloadApi;
  }
}
