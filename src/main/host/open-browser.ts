import { spawn } from 'node:child_process';

/** The command that hands a URL to the desktop's default browser. */
export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  if (platform === 'darwin') return ['open', [url]];
  // `cmd /c start` would split a URL at `&` (the token query); rundll32 does not.
  if (platform === 'win32') return ['rundll32', ['url.dll,FileProtocolHandler', url]];
  return ['xdg-open', [url]];
}

/**
 * Resolves false (never throws) when no browser could be started, e.g. on a headless machine.
 * The URL lands on a command line every account can read: never pass the keyed address (see launch-page.ts).
 */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<boolean> {
  if (!/^(https?|file):\/\//i.test(url)) return Promise.resolve(false);
  const [command, args] = browserCommand(url, platform);
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { detached: true, stdio: 'ignore' });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
