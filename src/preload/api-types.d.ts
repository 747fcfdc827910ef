/**
 * What the preload exposes as `window.api` inside the Electron window. The
 * renderer project includes this file (tsconfig.web.json) for the type only;
 * in a browser (the browser host) `window.api` is absent and the renderer's
 * client talks HTTP/WebSocket instead.
 */
import type { ApiBridge } from '../shared/api';
import type { Result } from '../shared/errors';
import type { AppCommandId, PdfRequest, PdfSaved } from '../shared/host/ipc-channels';

export type { AppCommandId, PdfRequest, PdfSaved };

export interface PreloadApi extends ApiBridge {
  onCommand(listener: (id: AppCommandId) => void): () => void;
  /** Print this window's page to a PDF file chosen in a save dialog (null: cancelled). */
  printToPdf(request: PdfRequest): Promise<Result<PdfSaved>>;
}

declare global {
  interface Window {
    readonly api?: PreloadApi;
  }
}
