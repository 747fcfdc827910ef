import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefersDarkBackground, workspacePathFromArg, workspacePathFromArgv } from './launch-args';

describe('launch arguments', () => {
  it('finds a workspace path among Electron and Chromium arguments', () => {
    expect(workspacePathFromArgv(['/usr/bin/electron', '.', '--inspect', '/home/an/Plan.channelwise'])).toBe('/home/an/Plan.channelwise');
    expect(workspacePathFromArgv(['C:\\Channelwise.exe', 'C:\\docs\\Plan.CHANNELWISE'])).toBe('C:\\docs\\Plan.CHANNELWISE');
    expect(workspacePathFromArgv(['/x/Plan.channelwise'])).toBeNull();
    expect(workspacePathFromArgv(['electron', '--user-data-dir=/a.channelwise', 'notes.txt'])).toBeNull();
  });

  it('takes a relative path from the launch folder, and keeps absolute ones of either platform', () => {
    expect(workspacePathFromArgv(['channelwise-desktop', 'Plan.channelwise'], '/home/an')).toBe(join('/home/an', 'Plan.channelwise'));
    expect(workspacePathFromArg('/srv/Plan.channelwise', '/home/an')).toBe('/srv/Plan.channelwise');
    expect(workspacePathFromArg('D:\\Plan.channelwise', '/home/an')).toBe('D:\\Plan.channelwise');
    expect(workspacePathFromArg('\\\\server\\share\\Plan.channelwise', 'C:\\Users')).toBe('\\\\server\\share\\Plan.channelwise');
  });

  it('reads a file:// URL as a path and ignores other URLs', () => {
    expect(workspacePathFromArg('file:///home/an/My%20plan.channelwise')).toBe('/home/an/My plan.channelwise');
    expect(workspacePathFromArg('file:///home/an/notes.txt')).toBeNull();
    expect(workspacePathFromArg('file://remote-host/x.channelwise')).toBeNull();
    expect(workspacePathFromArg('https://example.com/x.channelwise', '/home/an')).toBeNull();
  });

  it('paints a dark first frame for dark, high-contrast, or a dark system theme', () => {
    expect(prefersDarkBackground({ theme: 'dark' }, false)).toBe(true);
    expect(prefersDarkBackground({ theme: 'high-contrast' }, false)).toBe(true);
    expect(prefersDarkBackground({ theme: 'system' }, true)).toBe(true);
    expect(prefersDarkBackground({ theme: 'system' }, false)).toBe(false);
    expect(prefersDarkBackground({ theme: 'light' }, true)).toBe(false);
  });
});
