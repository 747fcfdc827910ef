// Finds the Electron runtime and builds better-sqlite3 for Electron's ABI in a
// private copy (.electron-native/), so node_modules/better-sqlite3 keeps Node's
// ABI for the tests and the CLI. Plain Node ESM: it runs before anything is built.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The Electron binary, found the way node_modules/electron/index.js finds it
 * but without its fallback of downloading it (which hangs without GitHub).
 * @param {string} root the project folder
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ binary: string, version: string } | { reason: string }}
 */
export function findElectron(root, env = process.env) {
  let pkgFile;
  try {
    pkgFile = createRequire(join(root, 'package.json')).resolve('electron/package.json');
  } catch {
    return { reason: 'not installed; its download may have failed' };
  }
  const dir = dirname(pkgFile);
  const version = JSON.parse(readFileSync(pkgFile, 'utf8')).version;
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (!relative && !env.ELECTRON_OVERRIDE_DIST_PATH) return { reason: 'its binary could not be downloaded' };
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    : join(dir, 'dist', relative);
  return existsSync(binary) ? { binary, version } : { reason: 'its binary could not be downloaded' };
}

/** Where the Electron build of better-sqlite3 lives. */
export function nativeDir(root) {
  return join(root, '.electron-native', 'better-sqlite3');
}

export function bindingPath(root) {
  return join(nativeDir(root), 'build', 'Release', 'better_sqlite3.node');
}

/** What the build was made for; a different Electron or better-sqlite3 means rebuilding. */
export function buildStamp(electronVersion, sqliteVersion, platform = process.platform, arch = process.arch) {
  return { electron: electronVersion, betterSqlite3: sqliteVersion, platform, arch };
}

function readStamp(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** node-gyp ships inside npm; use that one rather than fetching it. */
function nodeGypCommand(env) {
  const candidates = [];
  if (env.npm_execpath) candidates.push(join(dirname(env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const local = candidates.find((c) => existsSync(c));
  return local ? [process.execPath, [local]] : ['npx', ['--yes', 'node-gyp']];
}

/**
 * Returns the absolute path of better_sqlite3.node built for this Electron,
 * building it once (prebuilt download first, compiling as the fallback).
 * @param {string} root
 * @param {string} electronVersion
 * @param {{ log?: (line: string) => void, env?: NodeJS.ProcessEnv, run?: typeof spawnSync }} [options]
 * @returns {{ binding: string } | { reason: string }}
 */
export function ensureElectronSqlite(root, electronVersion, options = {}) {
  const { log = () => {}, env = process.env, run = spawnSync } = options;
  const require = createRequire(join(root, 'package.json'));
  let srcDir;
  try {
    srcDir = dirname(require.resolve('better-sqlite3/package.json'));
  } catch {
    return { reason: 'better-sqlite3 is not installed' };
  }
  const sqliteVersion = JSON.parse(readFileSync(join(srcDir, 'package.json'), 'utf8')).version;
  const dest = nativeDir(root);
  const stampFile = join(dest, '.channelwise-build.json');
  const stamp = buildStamp(electronVersion, sqliteVersion);
  if (existsSync(bindingPath(root)) && JSON.stringify(readStamp(stampFile)) === JSON.stringify(stamp)) {
    return { binding: bindingPath(root) };
  }

  log(`Preparing the database module for Electron ${electronVersion} (once)…`);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  // The Node build in build/ must not be mistaken for the Electron one.
  const nodeBuild = join(srcDir, 'build');
  cpSync(srcDir, dest, { recursive: true, filter: (src) => src !== nodeBuild && !src.startsWith(nodeBuild + sep) });

  // A configured nodedir (Node's headers) would silently build for the wrong ABI.
  const buildEnv = Object.fromEntries(
    Object.entries(env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)),
  );
  const logFile = join(root, '.electron-native', 'build.log');
  const attempts = [];
  const prebuild = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
  const target = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch];
  attempts.push(existsSync(prebuild) ? [process.execPath, [prebuild, ...target]] : ['npx', ['--yes', 'prebuild-install', ...target]]);
  const [gyp, gypArgs] = nodeGypCommand(env);
  attempts.push([gyp, [...gypArgs, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers']]);

  const transcript = [];
  for (const [command, args] of attempts) {
    const result = run(command, args, { cwd: dest, env: buildEnv, encoding: 'utf8', timeout: 10 * 60_000, shell: process.platform === 'win32' && command === 'npx' });
    transcript.push(`$ ${command} ${args.join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`);
    if (result.status === 0 && existsSync(bindingPath(root))) {
      writeFileSync(stampFile, JSON.stringify(stamp));
      writeFileSync(logFile, transcript.join('\n'));
      return { binding: bindingPath(root) };
    }
  }
  writeFileSync(logFile, transcript.join('\n'));
  return { reason: `better-sqlite3 could not be built for Electron ${electronVersion}; see ${relative(root, logFile)}` };
}

/**
 * `node scripts/electron-native.js <command...>`: runs a command (e.g.
 * `electron-vite dev`) with CHANNELWISE_SQLITE_BINDING pointing at the Electron
 * build, building it first if needed. Without Electron it runs the command as is.
 */
function cli(argv) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const env = { ...process.env };
  const electron = findElectron(root);
  if ('binary' in electron) {
    const native = ensureElectronSqlite(root, electron.version, { log: (line) => console.log(line) });
    if ('binding' in native) env.CHANNELWISE_SQLITE_BINDING = native.binding;
    else console.warn(`Workspaces will not open in Electron: ${native.reason}`);
  }
  if (argv.length === 0) return;
  const child = spawn(argv[0], argv.slice(1), { stdio: 'inherit', env, shell: process.platform === 'win32' });
  child.once('exit', (code) => (process.exitCode = code ?? 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) cli(process.argv.slice(2));
