import { createBridge, type ContextBridgeLike, type IpcRendererLike } from './bridge';

/**
 * The sandboxed preload: exposes window.api and nothing else. A sandboxed
 * preload gets a small `require` that knows 'electron'; the specifier goes
 * through require (not import) because this file ships as CommonJS, and the
 * shape is checked because `electron` typings may not be installed.
 */
interface PreloadElectron {
  contextBridge: ContextBridgeLike;
  ipcRenderer: IpcRendererLike;
}

function isPreloadElectron(mod: unknown): mod is PreloadElectron {
  return (
    typeof mod === 'object' &&
    mod !== null &&
    typeof Reflect.get(mod, 'contextBridge') === 'object' &&
    typeof Reflect.get(mod, 'ipcRenderer') === 'object'
  );
}

// A static `import` would need Electron's typings at compile time; the sandbox's require is the runtime's own way in.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the only module load in the sandboxed preload
const electron: unknown = require('electron');
if (!isPreloadElectron(electron)) throw new Error('The Channelwise preload must run inside Electron.');
electron.contextBridge.exposeInMainWorld('api', createBridge(electron.ipcRenderer));
