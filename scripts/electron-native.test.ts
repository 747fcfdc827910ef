import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

interface RunResult { status: number | null; stdout: string; stderr: string }
type Run = (command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) => RunResult;
interface ElectronNative {
  findElectron(root: string, env?: NodeJS.ProcessEnv): { binary: string; version: string } | { reason: string };
  ensureElectronSqlite(root: string, version: string, options?: { env?: NodeJS.ProcessEnv; run?: Run }): { binding: string } | { reason: string };
  bindingPath(root: string): string;
}

// Plain JS (it runs before the TypeScript is built), so it is loaded and typed here.
const native: ElectronNative = await import(pathToFileURL(resolve(__dirname, 'electron-native.js')).href);

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cw-native-'));
  write(join(root, 'package.json'), '{"name":"fake","type":"module"}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('findElectron', () => {
  it('reports a missing package or binary without trying to download it', () => {
    expect(native.findElectron(root)).toEqual({ reason: expect.stringContaining('not installed') });
    write(join(root, 'node_modules/electron/package.json'), '{"name":"electron","version":"45.4.1"}');
    expect(native.findElectron(root)).toEqual({ reason: 'its binary could not be downloaded' });
    write(join(root, 'node_modules/electron/path.txt'), 'electron');
    expect(native.findElectron(root)).toEqual({ reason: 'its binary could not be downloaded' });
  });

  it('finds the downloaded binary and its version', () => {
    write(join(root, 'node_modules/electron/package.json'), '{"name":"electron","version":"45.4.1"}');
    write(join(root, 'node_modules/electron/path.txt'), 'electron');
    write(join(root, 'node_modules/electron/dist/electron'), '');
    expect(native.findElectron(root)).toEqual({ binary: join(root, 'node_modules/electron/dist/electron'), version: '45.4.1' });
  });
});

describe('ensureElectronSqlite', () => {
  beforeEach(() => {
    write(join(root, 'node_modules/better-sqlite3/package.json'), '{"name":"better-sqlite3","version":"12.11.1"}');
    write(join(root, 'node_modules/better-sqlite3/src/better_sqlite3.cpp'), '// source');
    write(join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'NODE ABI');
    write(join(root, 'node_modules/prebuild-install/package.json'), '{"name":"prebuild-install","version":"7.1.3"}');
    write(join(root, 'node_modules/prebuild-install/bin.js'), '');
  });

  it('builds a private copy once, for the Electron version, leaving node_modules alone', () => {
    const calls: { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv }[] = [];
    const run: Run = (command, args, options) => {
      calls.push({ command, args, cwd: options.cwd, env: options.env });
      write(join(options.cwd, 'build/Release/better_sqlite3.node'), 'ELECTRON ABI');
      return { status: 0, stdout: '', stderr: '' };
    };
    const env = { ...process.env, npm_config_nodedir: '/usr/include/node' };
    const first = native.ensureElectronSqlite(root, '45.4.1', { run, env });
    expect(first).toEqual({ binding: native.bindingPath(root) });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args).toEqual(expect.arrayContaining(['--runtime', 'electron', '--target', '45.4.1']));
    expect(calls[0]!.cwd).toBe(join(root, '.electron-native/better-sqlite3'));
    expect(calls[0]!.env.npm_config_nodedir).toBeUndefined();
    expect(existsSync(join(root, '.electron-native/better-sqlite3/src/better_sqlite3.cpp'))).toBe(true);
    expect(readFileSync(join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'utf8')).toBe('NODE ABI');

    expect(native.ensureElectronSqlite(root, '45.4.1', { run, env })).toEqual(first);
    expect(calls).toHaveLength(1);
    native.ensureElectronSqlite(root, '46.0.0', { run, env });
    expect(calls).toHaveLength(2);
  });

  it('falls back to compiling, and reports failure with a log instead of throwing', () => {
    const commands: string[][] = [];
    const run: Run = (command, args) => {
      commands.push([command, ...args]);
      return { status: 1, stdout: '', stderr: 'offline' };
    };
    const result = native.ensureElectronSqlite(root, '45.4.1', { run });
    expect(commands).toHaveLength(2);
    expect(commands[1]).toEqual(expect.arrayContaining(['rebuild', '--target=45.4.1', '--dist-url=https://electronjs.org/headers']));
    expect(result).toEqual({ reason: expect.stringContaining('could not be built for Electron 45.4.1') });
    expect(readFileSync(join(root, '.electron-native/build.log'), 'utf8')).toContain('offline');
  });
});
