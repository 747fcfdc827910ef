import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The per-user data folder (settings, recent list, device id, backups). The same
 * folder Electron's app.getPath('userData') gives for "Channelwise", so the CLI,
 * the browser host and the desktop window share one recent list and one set of
 * backups. CHANNELWISE_HOME overrides it (tests give every run its own).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CHANNELWISE_HOME) return env.CHANNELWISE_HOME;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Channelwise');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Channelwise');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Channelwise');
}

/** Where new workspaces are proposed: ~/Documents when it exists, else the home folder. */
export function defaultDocumentsFolder(): string {
  const documents = join(homedir(), 'Documents');
  return existsSync(documents) ? documents : homedir();
}

/** The user's language from the usual locale variables (LC_ALL wins over LC_MESSAGES over LANG). */
export function localeFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
}
