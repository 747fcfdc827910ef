import type { AppSettings } from '@shared/domain/types';

/**
 * The workspace a launch asks for: `channelwise-desktop report.channelwise`, a
 * double-click in the file manager, or a second instance's argv. Chromium
 * switches and the app path itself are skipped.
 */
export function workspaceFromArgv(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (!arg.startsWith('-') && /\.channelwise$/i.test(arg)) return arg;
  }
  return null;
}

/** The first frame is painted before the renderer runs: match the theme so it does not flash. */
export function prefersDarkBackground(settings: Pick<AppSettings, 'theme'>, systemDark: boolean): boolean {
  if (settings.theme === 'dark' || settings.theme === 'high-contrast') return true;
  return settings.theme === 'system' && systemDark;
}
