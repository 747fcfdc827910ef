/**
 * What an installed (packaged) Channelwise refuses, beyond what the Electron
 * fuses already close (ELECTRON_RUN_AS_NODE, NODE_OPTIONS, --inspect):
 * development hooks that would make it load code it was not shipped with.
 */

/** Environment variables for development only: the dev server's URL, a better-sqlite3 binary to load. */
export const DEVELOPMENT_ENV = ['ELECTRON_RENDERER_URL', 'CHANNELWISE_SQLITE_BINDING'] as const;

/** Removes the development variables, so neither the shell nor the core can read them. */
export function dropDevelopmentEnv(env: NodeJS.ProcessEnv): void {
  for (const name of DEVELOPMENT_ENV) Reflect.deleteProperty(env, name);
}

/**
 * Chromium's remote debugging switches hand the pages (and their window.api) to
 * whoever connects; no fuse covers them. The Node inspector switches are listed
 * too, for builds made without the fuses.
 */
const DEBUGGING = /^--(remote-debugging-(port|pipe|address)|inspect|inspect-brk|inspect-port|debug|debug-brk)(=|$)/;

export function debuggingSwitches(argv: readonly string[]): string[] {
  return argv.slice(1).filter((arg) => DEBUGGING.test(arg));
}
