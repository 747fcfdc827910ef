import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { registerFileOpening } from './file-open';

/** Electron's app as far as opening files goes: it emits what the OS delivers. */
class FakeApp extends EventEmitter {
  prevented = 0;
  openFile(path: string): void {
    this.emit('open-file', { preventDefault: () => this.prevented++ }, path);
  }
  secondInstance(argv: string[], workingDirectory: string): void {
    this.emit('second-instance', { preventDefault: () => undefined }, argv, workingDirectory);
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));
const home = join('/home', 'an');

function setup(argv: string[] = ['/opt/Channelwise/channelwise-desktop']) {
  const app = new FakeApp();
  const opened: string[] = [];
  let focused = 0;
  const opening = registerFileOpening(app, { argv, cwd: home, focus: () => focused++ });
  return { app, opened, opening, focused: () => focused, open: (path: string) => void opened.push(path) };
}

describe('opening a .channelwise file from the file manager', () => {
  it('opens the file that launched the app (Windows, Linux) once the window is ready', async () => {
    const s = setup(['C:\\Program Files\\Channelwise\\Channelwise.exe', 'C:\\Users\\an\\Plan.channelwise']);
    await flush();
    expect(s.opened).toEqual([]);
    s.opening.ready(s.open);
    await flush();
    expect(s.opened).toEqual(['C:\\Users\\an\\Plan.channelwise']);
  });

  it('takes a relative path from the launch folder, and a file:// URL (a .desktop %U) as its path', async () => {
    const relative = setup(['channelwise-desktop', 'plans/Q3.channelwise']);
    relative.opening.ready(relative.open);
    const url = setup(['channelwise-desktop', pathToFileURL(join(home, 'My plans', 'Q3.channelwise')).href]);
    url.opening.ready(url.open);
    await flush();
    expect(relative.opened).toEqual([join(home, 'plans', 'Q3.channelwise')]);
    expect(url.opened).toEqual([join(home, 'My plans', 'Q3.channelwise')]);
  });

  it("keeps macOS 'open-file' events that arrive before 'ready', and takes them from Electron", async () => {
    const s = setup();
    s.app.openFile('/Users/an/A.channelwise');
    s.app.openFile('/Users/an/B.channelwise');
    expect(s.app.prevented).toBe(2);
    await flush();
    expect(s.opened).toEqual([]);
    s.opening.ready(s.open);
    await flush();
    expect(s.opened).toEqual(['/Users/an/A.channelwise', '/Users/an/B.channelwise']);
    s.app.openFile('/Users/an/C.channelwise');
    await flush();
    expect(s.opened).toEqual(['/Users/an/A.channelwise', '/Users/an/B.channelwise', '/Users/an/C.channelwise']);
  });

  it('brings the window forward for a second launch and opens its file, taken from its own folder', async () => {
    const s = setup();
    s.opening.ready(s.open);
    s.app.secondInstance(['/usr/bin/channelwise-desktop', '--no-sandbox', 'Q4.channelwise'], '/srv/team');
    s.app.secondInstance(['/usr/bin/channelwise-desktop'], '/srv/team');
    await flush();
    expect(s.focused()).toBe(2);
    expect(s.opened).toEqual([join('/srv/team', 'Q4.channelwise')]);
  });

  it('opens one file at a time, in the order asked, and goes on after a failure', async () => {
    const s = setup();
    const calls: string[] = [];
    const finish: (() => void)[] = [];
    s.opening.ready(
      (path) =>
        new Promise<void>((resolve, reject) => {
          calls.push(path);
          finish.push(path.includes('Bad') ? () => reject(new Error('damaged')) : resolve);
        }),
    );
    s.app.openFile('/x/Bad.channelwise');
    s.app.openFile('/x/Good.channelwise');
    await flush();
    expect(calls).toEqual(['/x/Bad.channelwise']);
    finish[0]!();
    await flush();
    expect(calls).toEqual(['/x/Bad.channelwise', '/x/Good.channelwise']);
  });
});
