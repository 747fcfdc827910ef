import { posix, resolve, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppSettings } from '@shared/domain/types';

const WORKSPACE = /\.channelwise$/i;

/**
 * One command-line argument as a workspace path, or null when it names none.
 * Linux file managers may pass a file:// URL (the .desktop entry's %U); a
 * relative path is taken from the folder the launch was made in.
 */
export function workspacePathFromArg(arg: string, cwd?: string): string | null {
  if (arg.startsWith('-')) return null;
  let path = arg;
  if (/^file:\/\//i.test(arg)) {
    try {
      path = fileURLToPath(arg);
    } catch {
      return null;
    }
  } else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) {
    return null;
  }
  if (!WORKSPACE.test(path)) return null;
  if (cwd === undefined || posix.isAbsolute(path) || win32.isAbsolute(path)) return path;
  return resolve(cwd, path);
}

/**
 * The workspace a launch asks for: `channelwise-desktop report.channelwise`, a
 * double-click in the file manager (Windows, Linux), or a second instance's
 * argv with its working directory. Chromium switches and the executable
 * itself (argv[0]) are skipped; macOS sends files through 'open-file' instead.
 */
export function workspacePathFromArgv(argv: readonly string[], cwd?: string): string | null {
  for (const arg of argv.slice(1)) {
    const path = workspacePathFromArg(arg, cwd);
    if (path !== null) return path;
  }
  return null;
}

/** The first frame is painted before the renderer runs: match the theme so it does not flash. */
export function prefersDarkBackground(settings: Pick<AppSettings, 'theme'>, systemDark: boolean): boolean {
  if (settings.theme === 'dark' || settings.theme === 'high-contrast') return true;
  return settings.theme === 'system' && systemDark;
}
