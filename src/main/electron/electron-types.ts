/**
 * The slice of Electron's main-process API this shell uses, as structural types.
 *
 * Why not `import type ... from 'electron'`: the `electron` package is an
 * optional dependency whose binary downloads from GitHub; where that fails (our
 * CI) the package, and its typings, are absent, yet typecheck and tests must
 * pass. So the pure modules depend only on these interfaces (which fakes
 * implement in tests), and index.ts loads the real module at run time through
 * load-electron.ts, which checks its shape once. Every interface here is a
 * subset of Electron 45's own declarations (checked against electron.d.ts); keep
 * it that way when adding members.
 */

import type { WindowOptions } from './window-options';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface WebFrameLike {
  readonly url: string;
}

/** The options of WebContents.printToPDF this shell passes (margins in inches, as Electron takes them). */
export interface PrintToPdfOptions {
  pageSize: 'A4';
  printBackground: boolean;
  preferCSSPageSize: boolean;
  displayHeaderFooter: boolean;
  margins: { top: number; bottom: number; left: number; right: number };
  generateDocumentOutline: boolean;
}

/** A page that can print itself: Electron's WebContents. */
export interface PdfSourceLike {
  printToPDF(options: PrintToPdfOptions): Promise<Uint8Array>;
  /** Runs a script in the page; a promise it returns is awaited (the report's readiness handshake). */
  executeJavaScript(code: string): Promise<unknown>;
}

export interface IpcInvokeEventLike {
  /** Null when the frame navigated away or was destroyed before the call arrived. */
  readonly senderFrame: WebFrameLike | null;
  /** The asking page (always there in Electron; optional so fakes for other channels may leave it out). */
  readonly sender?: PdfSourceLike;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface WindowOpenDetails {
  url: string;
}

/** What a window-open handler answers: Electron's WindowOpenHandlerResponse, narrowed to what this shell uses. */
export type WindowOpenResponse = { action: 'deny' } | { action: 'allow'; overrideBrowserWindowOptions: WindowOptions };

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A screen: Electron's Display, reduced to what placing a window needs. */
export interface DisplayLike {
  readonly id: number;
  readonly workArea: Rectangle;
}

export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getDisplayNearestPoint(point: { x: number; y: number }): DisplayLike;
  getCursorScreenPoint(): { x: number; y: number };
}

export interface EventSenderLike {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface WebContentsLike extends EventSenderLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => WindowOpenResponse): void;
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  once(event: 'ready-to-show', listener: () => void): unknown;
  loadFile(filePath: string): Promise<void>;
  loadURL(url: string): Promise<void>;
}

export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'togglefullscreen'
  | 'minimize'
  | 'close'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'front'
  | 'zoom'
  | 'windowMenu';

export interface MenuItemTemplate {
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  accelerator?: string;
  enabled?: boolean;
  checked?: boolean;
  submenu?: MenuItemTemplate[];
  click?: () => void;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}
