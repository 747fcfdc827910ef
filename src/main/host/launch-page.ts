import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LaunchPage {
  /** file:// address of the page: safe to put on a command line. */
  url: string;
  remove(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A command line is readable by every account on the computer (ps), so the
 * keyed address must not be one. Instead the browser (or headless Chromium)
 * gets a small page, readable by this user only, that forwards to it.
 */
export async function writeLaunchPage(address: string, parent: string = tmpdir()): Promise<LaunchPage> {
  // mkdtemp makes the folder 0700; the file is 0600 on top.
  const dir = await mkdtemp(join(parent, 'channelwise-open-'));
  const file = join(dir, 'open.html');
  const href = escapeHtml(address);
  await writeFile(
    file,
    `<!doctype html><html><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">` +
      `<meta http-equiv="refresh" content="0;url=${href}"><title>Channelwise</title></head>` +
      `<body><p><a href="${href}">Open Channelwise</a></p></body></html>\n`,
    { mode: 0o600 },
  );
  return { url: pathToFileURL(file).href, remove: () => rm(dir, { recursive: true, force: true }) };
}
