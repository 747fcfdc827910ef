/**
 * Opening a .channelwise file from the file manager. The operating systems
 * deliver it three ways, all before or after the app is ready:
 * - Windows and Linux, app not running: the path in this process's argv;
 * - Windows and Linux, app running: a second process starts, loses the single
 *   instance lock and quits; this one gets 'second-instance' with its argv;
 * - macOS: 'open-file', possibly before 'ready' (a double-click launches the app).
 * Requests made before the window exists wait, then open one after another.
 */
import type { PreventableEvent } from './electron-types';
import { workspacePathFromArgv } from './launch-args';

/** The part of Electron's `app` this needs. */
export interface FileOpenEvents {
  on(event: 'open-file', listener: (event: PreventableEvent, path: string) => void): unknown;
  on(event: 'second-instance', listener: (event: PreventableEvent, argv: string[], workingDirectory: string) => void): unknown;
}

export interface FileOpening {
  /** From now on files open with `open` (the core's workspace.open), the waiting ones first. */
  ready(open: (path: string) => Promise<void> | void): void;
}

export interface FileOpeningOptions {
  /** This process's argv and working directory: a double-click that launched the app. */
  argv: readonly string[];
  cwd: string;
  /** Bring the app's window to the front (a second launch means the user wants it). */
  focus: () => void;
}

export function registerFileOpening(app: FileOpenEvents, options: FileOpeningOptions): FileOpening {
  const waiting: string[] = [];
  let open: ((path: string) => Promise<void> | void) | null = null;
  // One at a time, in the order asked: each open replaces the workspace before it.
  let chain: Promise<void> = Promise.resolve();
  const request = (path: string | null): void => {
    if (path === null) return;
    if (!open) {
      waiting.push(path);
      return;
    }
    const opener = open;
    chain = chain.then(() => opener(path)).catch(() => undefined);
  };

  app.on('open-file', (event, path) => {
    event.preventDefault();
    request(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    options.focus();
    request(workspacePathFromArgv(argv, workingDirectory));
  });
  request(workspacePathFromArgv(options.argv, options.cwd));

  return {
    ready(opener) {
      open = opener;
      for (const path of waiting.splice(0)) request(path);
    },
  };
}
