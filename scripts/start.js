// `npm start`: the desktop app where the Electron runtime exists, else the same
// app in the browser through the browser host (see docs: one core, three hosts).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureElectronSqlite, findElectron } from './electron-native.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'out', 'main', 'cli.js');
const MAIN = join(root, 'out', 'main', 'index.js');
/** A fixed port keeps the browser's origin (and what the app stores for it) across runs. */
const PREFERRED_PORT = 4780;
/** Electron dying this fast means it cannot run here (no display, missing libraries). */
const EARLY_EXIT_MS = 4000;

function freePort(preferred) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      if (preferred === 0) resolve(0);
      else freePort(0).then(resolve);
    });
    probe.listen(preferred, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Runs a child in the foreground; its exit code becomes ours. Ctrl+C already
 * reaches the whole process group, so SIGINT is only kept from killing us
 * early: forwarding it would be a second signal that cuts the child's orderly
 * shutdown (backup, checkpoint) short. SIGTERM is sent to us alone: pass it on.
 */
function foreground(child, onExit = () => {}) {
  const wait = () => {};
  const forward = () => child.kill('SIGTERM');
  process.on('SIGINT', wait);
  process.on('SIGTERM', forward);
  const release = () => {
    process.off('SIGINT', wait);
    process.off('SIGTERM', forward);
  };
  child.once('error', release);
  child.once('exit', (code, signal) => {
    release();
    process.exitCode = code ?? (signal ? 1 : 0);
    onExit(code, signal);
  });
}

async function startBrowserHost(reason, args) {
  const requested = Number(process.env.CHANNELWISE_PORT);
  const port = await freePort(Number.isInteger(requested) && requested > 0 ? requested : PREFERRED_PORT);
  // The host makes this launch's key, so `serve` prints (and opens) the address that carries it.
  console.log(`${reason}; opening Channelwise in your browser instead.`);
  const open = process.env.CHANNELWISE_NO_BROWSER === '1' ? [] : ['--open'];
  foreground(spawn(process.execPath, [CLI, 'serve', ...args, '--port', String(port), ...open], { stdio: 'inherit' }));
}

/** Resolves when Electron has finished, or with `failed` when it could not run at all. */
function startElectron(binary, binding, args) {
  return new Promise((resolve) => {
    const env = { ...process.env, CHANNELWISE_SQLITE_BINDING: binding };
    // Set by some tools; it would make the binary behave as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    const startedAt = Date.now();
    const child = spawn(binary, [root, ...args], { stdio: 'inherit', env });
    child.once('error', (err) => resolve({ failed: `Electron could not be started (${err.message})` }));
    foreground(child, (code, signal) => {
      const early = code !== 0 && !signal && Date.now() - startedAt < EARLY_EXIT_MS;
      resolve(early ? { failed: `Electron could not run here (it exited with code ${code})` } : { done: true });
    });
  });
}

export async function main(args = process.argv.slice(2)) {
  if (!existsSync(CLI) || !existsSync(MAIN)) {
    console.error('Channelwise is not built yet: run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  const electron = findElectron(root);
  if (!('binary' in electron)) {
    await startBrowserHost(`Electron runtime not available here (${electron.reason})`, args);
    return;
  }
  const native = ensureElectronSqlite(root, electron.version, { log: (line) => console.log(line) });
  if (!('binding' in native)) {
    await startBrowserHost(`Electron cannot open workspaces here (${native.reason})`, args);
    return;
  }
  const started = await startElectron(electron.binary, native.binding, args);
  if ('failed' in started) await startBrowserHost(started.failed, args);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
