import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

interface Step {
  name: string;
  command: string;
  args: string[];
}
type Plan = { reason: string } | { electronVersion: string; steps: Step[]; restore: Step };
interface Packaging {
  packagingPlan(root: string, args: string[], env?: NodeJS.ProcessEnv, nodeVersion?: string): Plan;
}

// Plain JS (npm runs it before anything is built), so it is loaded and typed here.
const packaging: Packaging = await import(pathToFileURL(resolve(__dirname, 'package.js')).href);

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};
const withElectron = () => {
  write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: '45.4.1' }));
  write('node_modules/electron/path.txt', 'electron');
  write('node_modules/electron/dist/electron', '');
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'cw-package-'));
  write('package.json', JSON.stringify({ name: 'channelwise', type: 'module' }));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run package', () => {
  it('explains in one sentence why it cannot package where the Electron binary is missing', () => {
    const plan = packaging.packagingPlan(root, [], {}, '22.12.0');
    expect(plan).toEqual({ reason: expect.stringMatching(/Electron runtime is not installed here .*release\.yml/) });
    write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: '45.4.1' }));
    expect(packaging.packagingPlan(root, ['linux'], {}, '22.12.0')).toEqual({ reason: expect.stringMatching(/binary could not be downloaded/) });
  });

  it("asks for the Node.js that electron-builder's native rebuild needs", () => {
    withElectron();
    for (const version of ['20.19.0', '22.11.9']) {
      expect(packaging.packagingPlan(root, [], {}, version)).toEqual({ reason: expect.stringMatching(new RegExp(`Node\\.js 22\\.12 or later .*not ${version}`)) });
    }
  });

  it('refuses an unknown target and a missing electron-builder', () => {
    withElectron();
    expect(packaging.packagingPlan(root, ['beos'], {}, '22.12.0')).toEqual({ reason: expect.stringMatching(/unknown target beos/) });
    expect(packaging.packagingPlan(root, ['linux'], {}, '22.12.0')).toEqual({ reason: expect.stringMatching(/electron-builder is not installed/) });
  });

  it("builds, runs electron-builder for the asked OS with the installed Electron's version, then restores Node's better-sqlite3", () => {
    withElectron();
    write('node_modules/electron-builder/package.json', JSON.stringify({ name: 'electron-builder', version: '26.17.0' }));
    const plan = packaging.packagingPlan(root, ['win', 'linux'], {}, '24.1.0');
    if ('reason' in plan) throw new Error(plan.reason);
    expect(plan.electronVersion).toBe('45.4.1');
    expect(plan.steps.map((s) => s.name)).toEqual(['build', 'electron-builder']);
    expect(plan.steps[0]!.args).toEqual(['run', 'build']);
    expect(plan.steps[1]!.args).toEqual([
      join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--config',
      'electron-builder.json',
      '--publish',
      'never',
      '-c.electronVersion=45.4.1',
      '--win',
      '--linux',
    ]);
    expect(plan.restore.args).toEqual(['rebuild', 'better-sqlite3']);
  });

  it('prints one line and exits 1, with no stack trace, where Electron is missing', () => {
    // A copy of the scripts in a project without node_modules: the same as a machine whose Electron download failed.
    mkdirSync(join(root, 'scripts'));
    for (const file of ['package.js', 'electron-native.js']) copyFileSync(resolve(__dirname, file), join(root, 'scripts', file));
    const result = spawnSync(process.execPath, [join(root, 'scripts', 'package.js')], { cwd: root, encoding: 'utf8', env: {} });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Cannot build installers: the Electron runtime is not installed here/)]);
  });
});
