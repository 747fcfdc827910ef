// `npm run package` (this OS) and `npm run package:win|mac|linux`: builds the
// installers with electron-builder (configuration in electron-builder.json).
// Where the Electron runtime could not be downloaded (no access to GitHub
// release downloads, as on our CI) there is nothing to package: say so in one
// line and exit 1. Plain Node ESM, like electron-native.js.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findElectron } from './electron-native.js';

/** @typedef {{ name: string, command: string, args: string[] }} Step */

const TARGETS = { win: '--win', mac: '--mac', linux: '--linux' };

/**
 * What `npm run package` will do, or why it cannot.
 * @param {string} root the project folder
 * @param {string[]} args `win`, `mac`, `linux` (none: this OS)
 * @param {NodeJS.ProcessEnv} [env]
 * @param {string} [nodeVersion] the running Node.js version
 * @returns {{ reason: string } | { electronVersion: string, steps: Step[], restore: Step }}
 */
export function packagingPlan(root, args, env = process.env, nodeVersion = process.versions.node) {
  const unknown = args.filter((a) => !(a in TARGETS));
  if (unknown.length > 0) return { reason: `unknown target ${unknown.join(', ')}; use win, mac or linux` };
  const electron = findElectron(root, env);
  if (!('binary' in electron)) {
    return {
      reason: `the Electron runtime is not installed here (${electron.reason}); build on a machine with internet access, or push a version tag to let .github/workflows/release.yml build them`,
    };
  }
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    return { reason: `packaging needs Node.js 22.12 or later (electron-builder's native rebuild), not ${nodeVersion}` };
  }
  const require = createRequire(join(root, 'package.json'));
  let builderCli;
  try {
    builderCli = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
  } catch {
    return { reason: 'electron-builder is not installed; run `npm install`' };
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return {
    electronVersion: electron.version,
    steps: [
      { name: 'build', command: npm, args: ['run', 'build'] },
      {
        name: 'electron-builder',
        command: process.execPath,
        // Pinned to the installed Electron: electron is an optional dependency, so its version is not in devDependencies.
        args: [builderCli, '--config', 'electron-builder.json', '--publish', 'never', `-c.electronVersion=${electron.version}`, ...args.map((a) => TARGETS[a])],
      },
    ],
    // electron-builder rebuilds better-sqlite3 in node_modules for Electron's ABI; the tests and the CLI need Node's back.
    restore: { name: 'restore better-sqlite3 for Node', command: npm, args: ['rebuild', 'better-sqlite3'] },
  };
}

function run(step, root) {
  const result = spawnSync(step.command, step.args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0 ? null : `${step.name} failed (${result.error ? result.error.message : `exit code ${result.status}`})`;
}

function cli(args) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const plan = packagingPlan(root, args);
  if ('reason' in plan) {
    console.error(`Cannot build installers: ${plan.reason}.`);
    process.exitCode = 1;
    return;
  }
  let failure = null;
  for (const step of plan.steps) {
    failure = run(step, root);
    if (failure) break;
  }
  const restoreFailure = run(plan.restore, root);
  if (failure || restoreFailure) {
    console.error(`Packaging: ${[failure, restoreFailure].filter(Boolean).join('; ')}.`);
    process.exitCode = 1;
  } else {
    console.log('Installers written to dist/.');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) cli(process.argv.slice(2));
