import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * electron-builder run for real with electron-builder.json, on a tiny project
 * and a stand-in Electron (the real one cannot be downloaded here): Linux's
 * unpacked `dir` target, which needs no download either. It shows what the
 * configuration does rather than what it says: the fuses flipped in the
 * binary, and what lands in app.asar.
 */
const root = resolve(__dirname, '..');
const builderPackage = createRequire(join(root, 'package.json')).resolve('electron-builder/package.json');
const builderCli = join(dirname(builderPackage), 'cli.js');
/** @electron/asar, as electron-builder itself reaches it. */
function listAsar(path: string): string[] {
  const libRequire = createRequire(createRequire(builderPackage).resolve('app-builder-lib/package.json'));
  const list = z.object({ listPackage: z.function() }).parse(libRequire('@electron/asar')).listPackage;
  return z.array(z.string()).parse(Reflect.apply(list, null, [path, {}]));
}

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron 45's fuse defaults, in @electron/fuses order: RunAsNode, cookie encryption, NODE_OPTIONS, --inspect, ASAR integrity, only ASAR, V8 snapshot, file:// privileges. */
const DEFAULT_WIRE = '10110001';

let project: string;
let result: ReturnType<typeof spawnSync>;
const write = (path: string, text: string | Buffer) => {
  mkdirSync(dirname(join(project, path)), { recursive: true });
  writeFileSync(join(project, path), text);
};

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'cw-dir-build-'));
  write(
    'package.json',
    JSON.stringify({
      name: 'channelwise',
      version: '0.1.0',
      description: 'test',
      author: 'Channelwise',
      type: 'module',
      main: 'out/main/index.js',
      dependencies: { tiny: '1.0.0' },
      optionalDependencies: { electron: '45.4.1' },
    }),
  );
  write('out/main/index.js', 'export {};\n');
  write('out/renderer/index.html', '<!doctype html>\n');
  write('out/main/index.js.map', '{}\n');
  write('src/main/core/app-core.ts', 'export {};\n');
  write('src/main/core/app-core.test.ts', 'export {};\n');
  write('e2e/matrix.spec.ts', 'export {};\n');
  write('node_modules/tiny/package.json', JSON.stringify({ name: 'tiny', version: '1.0.0', main: 'index.js' }));
  write('node_modules/tiny/index.js', 'module.exports = 1;\n');
  write('node_modules/electron/package.json', JSON.stringify({ name: 'electron', version: '45.4.1', main: 'index.js' }));
  write('node_modules/electron/index.js', 'module.exports = "electron";\n');
  // The stand-in Electron: just the fuse wire, as the real binary carries it.
  write('electron-dist/electron', Buffer.concat([Buffer.from('stand-in'), Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)]));
  const config = z.record(z.string(), z.unknown()).parse(JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')));
  write(
    'eb.json',
    JSON.stringify({
      ...config,
      directories: { output: join(project, 'dist'), buildResources: join(root, 'build') },
      electronDist: join(project, 'electron-dist'),
      electronVersion: '45.4.1',
      // Rebuilding native modules needs Electron's headers, which cannot be downloaded here.
      npmRebuild: false,
    }),
  );
  result = spawnSync(process.execPath, [builderCli, '--config', 'eb.json', '--linux', 'dir', '--publish', 'never'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

const unpacked = () => join(project, 'dist', 'linux-unpacked');

describe('a dir build with electron-builder.json (stand-in Electron)', () => {
  it('succeeds', () => {
    expect(result.status, `${String(result.stdout)}\n${String(result.stderr)}`).toBe(0);
  });

  it('flips the fuses in the binary it ships, and leaves the others as Electron has them', () => {
    const binary = readFileSync(join(unpacked(), 'channelwise-desktop'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + binary[at + 1]!).toString('latin1');
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, --inspect off, ASAR integrity on, only ASAR on; the last two unchanged.
    expect(wire).toBe('01001101');
  });

  it('packs the built app and production dependencies into app.asar: no sources, tests, source maps or Electron', () => {
    const files = listAsar(join(unpacked(), 'resources', 'app.asar')).map((f) => f.replace(/\\/g, '/'));
    expect(files).toEqual(
      expect.arrayContaining(['/package.json', '/out/main/index.js', '/out/renderer/index.html', '/node_modules/tiny/index.js']),
    );
    expect(files.filter((f) => /^\/(src|e2e|eb\.json|electron-dist)(\/|$)|\.map$|\/node_modules\/electron(\/|$)/.test(f))).toEqual([]);
  });
});
