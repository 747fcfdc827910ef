import { describe, expect, it } from 'vitest';
import { prefersDarkBackground, workspaceFromArgv } from './launch-args';

describe('launch arguments', () => {
  it('finds a workspace path among Electron and Chromium arguments', () => {
    expect(workspaceFromArgv(['/usr/bin/electron', '.', '--inspect', '/home/an/Plan.channelwise'])).toBe('/home/an/Plan.channelwise');
    expect(workspaceFromArgv(['C:\\Channelwise.exe', 'C:\\docs\\Plan.CHANNELWISE'])).toBe('C:\\docs\\Plan.CHANNELWISE');
    expect(workspaceFromArgv(['/x/Plan.channelwise'])).toBeNull();
    expect(workspaceFromArgv(['electron', '--user-data-dir=/a.channelwise', 'notes.txt'])).toBeNull();
  });

  it('paints a dark first frame for dark, high-contrast, or a dark system theme', () => {
    expect(prefersDarkBackground({ theme: 'dark' }, false)).toBe(true);
    expect(prefersDarkBackground({ theme: 'high-contrast' }, false)).toBe(true);
    expect(prefersDarkBackground({ theme: 'system' }, true)).toBe(true);
    expect(prefersDarkBackground({ theme: 'system' }, false)).toBe(false);
    expect(prefersDarkBackground({ theme: 'light' }, true)).toBe(false);
  });
});
