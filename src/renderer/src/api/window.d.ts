/**
 * The global the Electron preload exposes. The type itself is owned by the
 * preload (src/preload/api-types.d.ts, part of this project's tsconfig); this
 * file names it for the renderer, so code here imports `PreloadApi` from one
 * place. In a browser (the browser host) `window.api` is absent.
 */
import type { PreloadApi } from '../../../preload/api-types';

export type { AppCommandId, PreloadApi } from '../../../preload/api-types';

declare global {
  interface Window {
    readonly api?: PreloadApi;
  }
}
