import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * The packaging configuration (electron-builder.json), checked where the
 * installers cannot be built: the Electron binary is not downloadable here.
 */
const root = resolve(__dirname, '..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

const target = z.object({ target: z.string(), arch: z.array(z.string()) });
const Config = z.object({
  appId: z.string(),
  productName: z.string(),
  directories: z.object({ output: z.string(), buildResources: z.string() }),
  files: z.array(z.string()),
  asar: z.boolean(),
  asarUnpack: z.array(z.string()),
  npmRebuild: z.boolean(),
  buildDependenciesFromSource: z.boolean(),
  electronFuses: z.record(z.string(), z.boolean()),
  fileAssociations: z.array(
    z.object({ ext: z.string(), name: z.string(), description: z.string(), mimeType: z.string(), icon: z.string(), role: z.string() }),
  ),
  win: z.object({ target: z.array(target), icon: z.string() }),
  nsis: z.object({ oneClick: z.boolean(), perMachine: z.boolean() }),
  mac: z.object({ target: z.array(target), icon: z.string() }),
  linux: z.object({ target: z.array(target), icon: z.string(), executableName: z.string(), maintainer: z.string() }),
  publish: z.null(),
});
const config = Config.parse(readJson('electron-builder.json'));
const Pkg = z.object({
  main: z.string(),
  dependencies: z.record(z.string(), z.string()),
  devDependencies: z.record(z.string(), z.string()),
  optionalDependencies: z.record(z.string(), z.string()),
  scripts: z.record(z.string(), z.string()),
});
const pkg = Pkg.parse(readJson('package.json'));

/** A glob as electron-builder's minimatch reads the patterns used here: `**`, `*`, `{a,b}`. */
function globToRegExp(glob: string): RegExp {
  const convert = (part: string): string => {
    let out = '';
    for (let i = 0; i < part.length; i++) {
      const c = part[i]!;
      if (c === '{') {
        const end = part.indexOf('}', i);
        out += `(?:${part.slice(i + 1, end).split(',').map(convert).join('|')})`;
        i = end;
      } else if (part.startsWith('**/', i)) {
        out += '(?:.*/)?';
        i += 2;
      } else if (part.startsWith('/**', i) && i + 3 === part.length) {
        out += '(?:/.*)?';
        i += 2;
      } else if (part.startsWith('**', i)) {
        out += '.*';
        i += 1;
      } else if (c === '*') out += '[^/]*';
      else out += c.replace(/[.+?^$()|[\]\\]/g, '\\$&');
    }
    return out;
  };
  return new RegExp(`^${convert(glob)}$`);
}

/**
 * Whether a project-relative path ends up in the app: no excluding pattern
 * matches and, outside node_modules, an including one does (electron-builder
 * adds the production dependencies itself and applies only the exclusions to them).
 */
function isPacked(path: string): boolean {
  const include = config.files.filter((p) => !p.startsWith('!')).map(globToRegExp);
  const exclude = config.files.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
  const included = path.startsWith('node_modules/') || include.some((re) => re.test(path));
  return included && !exclude.some((re) => re.test(path));
}

describe('the packaging configuration (electron-builder.json)', () => {
  it('flips the Electron fuses that close the ways around the app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Left at its default (on): the renderer is loaded from file://, and its module scripts need that privilege.
  });

  it('packs the app into an ASAR archive, native modules unpacked beside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('packs only the built output and package.json: no sources, tests, scripts or Electron itself', () => {
    expect(config.files.filter((p) => !p.startsWith('!'))).toEqual(['out/**', 'package.json']);
    for (const path of [
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3/lib/index.js',
      'out/main/index.js',
      'out/main/cli.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc.js',
      'package.json',
    ]) {
      expect(isPacked(path), path).toBe(true);
    }
    for (const path of [
      'src/main/core/app-core.ts',
      'src/main/electron/launch-args.test.ts',
      'e2e/matrix.spec.ts',
      'scripts/package.js',
      'bench/run.mjs',
      'docs/file-format.md',
      'README.md',
      'out/main/index.js.map',
      'node_modules/electron/dist/electron',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/build/Release/obj/gen/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/build/Release/test_extension.node',
      'tsconfig.json',
    ]) {
      expect(isPacked(path), path).toBe(false);
    }
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it('associates .channelwise files with the app, with a document icon and a Linux mime type', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'channelwise',
        name: 'Channelwise workspace',
        mimeType: 'application/x-channelwise',
        icon: 'file-icon',
        role: 'Editor',
      }),
    ]);
    expect(config.fileAssociations[0]!.description).not.toBe('');
    // electron-builder adds .icns (macOS) or .ico (Windows) to the name, in build/.
    for (const ext of ['icns', 'ico']) expect(existsSync(join(root, 'build', `file-icon.${ext}`))).toBe(true);
    // NSIS registers file associations only for a per-machine install.
    expect(config.nsis.perMachine).toBe(true);
  });

  it('builds NSIS for Windows, dmg for macOS, AppImage and deb for Linux, each with the app icon', () => {
    const targets = (list: z.infer<typeof target>[]) => list.map((t) => t.target);
    expect(targets(config.win.target)).toEqual(['nsis']);
    expect(targets(config.mac.target)).toEqual(['dmg']);
    expect(targets(config.linux.target)).toEqual(['AppImage', 'deb']);
    const build = join(root, config.directories.buildResources);
    expect(existsSync(join(build, config.win.icon))).toBe(true);
    expect(existsSync(join(build, config.mac.icon))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(join(build, config.linux.icon, `${size}x${size}.png`))).toBe(true);
    expect(config.linux.maintainer).toMatch(/<[^>]+@[^>]+>/);
    expect(config.publish).toBeNull();
  });

  it("rebuilds better-sqlite3 for Electron's ABI while packaging, from prebuilt binaries where they exist", () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(Object.keys(pkg.dependencies)).toContain('better-sqlite3');
  });

  it('keeps npm install working without the Electron binary: electron optional, electron-builder a dev tool', () => {
    expect(Object.keys(pkg.optionalDependencies)).toEqual(['electron']);
    expect(pkg.dependencies).not.toHaveProperty('electron');
    expect(pkg.dependencies).not.toHaveProperty('electron-builder');
    expect(pkg.devDependencies).toHaveProperty('electron-builder');
    for (const os of ['', ':win', ':mac', ':linux']) expect(pkg.scripts[`package${os}`]).toMatch(/^node scripts\/package\.js/);
  });

  it('has a release workflow that builds the three installers on a version tag and keeps them as artifacts', () => {
    const workflow = readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8');
    expect(workflow).toMatch(/on:\n {2}push:\n {4}tags: \['v\*'\]/);
    for (const [os, target, artifact] of [
      ['windows-latest', 'win', 'dist/\\*\\.exe'],
      ['macos-latest', 'mac', 'dist/\\*\\.dmg'],
      ['ubuntu-latest', 'linux', 'dist/\\*\\.AppImage\\n\\s+dist/\\*\\.deb'],
    ]) {
      expect(workflow).toMatch(new RegExp(`- os: ${os}\\n\\s+target: ${target}\\n\\s+artifacts: (\\|\\n\\s+)?${artifact}`));
    }
    expect(workflow).toContain('run: npm run package:${{ matrix.target }}');
    expect(workflow).toContain('uses: actions/upload-artifact@v4');
  });

  it("passes electron-builder's own schema, which rejects a misspelt option", async () => {
    // The validator electron-builder runs before building, reached through electron-builder's own dependencies.
    const builderRequire = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'));
    const libRequire = createRequire(builderRequire.resolve('app-builder-lib/package.json'));
    const lib: unknown = libRequire('app-builder-lib/out/util/config/config.js');
    const util: unknown = libRequire('builder-util');
    const validate: unknown = typeof lib === 'object' && lib ? Reflect.get(lib, 'validateConfiguration') : null;
    const Logger: unknown = typeof util === 'object' && util ? Reflect.get(util, 'DebugLogger') : null;
    if (typeof validate !== 'function' || typeof Logger !== 'function') throw new Error('electron-builder moved its validator');
    const check = (value: unknown): Promise<unknown> => Promise.resolve(Reflect.apply(validate, null, [value, Reflect.construct(Logger, [false])]));
    await expect(check(readJson('electron-builder.json'))).resolves.toBeUndefined();
    await expect(check({ ...config, electronFuses: { runAsNod: false } })).rejects.toThrow(/configuration.electronFuses/);
  });
});
