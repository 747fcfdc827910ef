import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface HostFixture {
  /** The address `serve` printed: the browser host's origin with this launch's key (`/#k=...`). */
  url: string;
  /** The browser host's origin without the key (`http://127.0.0.1:PORT`). */
  origin: string;
  /** This test's own folders: user data (settings, recents, backups) and documents. */
  home: string;
  docs: string;
  /** Run the CLI against this test's data folder. */
  cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** Stop the host (closes the workspace: checkpoint + backup), as quitting the app would. */
  stop(): Promise<void>;
  /** Start the host again on the same folders. */
  restart(): Promise<void>;
  /** This test's folder for anything else it needs (a shared sync folder, say); removed afterwards. */
  root: string;
  /** A second browser host with its own data and documents folders: a teammate's laptop. Stopped after the test. */
  teammate(): Promise<{ url: string; home: string; docs: string }>;
}

const CLI = resolve('out/main/cli.js');

/** `serve` prints the address with its key, then a space: a key cut in half by a chunk never matches. */
const ADDRESS = /(http:\/\/127\.0\.0\.1:\d+)\/#k=[A-Za-z0-9_-]+(?=\s)/;

function startHost(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; origin: string }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`browser host did not start: ${out} ${err}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = ADDRESS.exec(out);
      if (match) {
        clearTimeout(timer);
        resolveStart({ child, url: match[0], origin: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser host exited with ${code}: ${err}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** Every test gets its own data folder, documents folder and browser host process. */
export const test = base.extend<{ host: HostFixture }>({
  host: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'cw-e2e-'));
    const home = join(root, 'home');
    const docs = join(root, 'docs');
    mkdirSync(docs, { recursive: true });
    const env = { ...process.env, CHANNELWISE_HOME: home, CHANNELWISE_DEFAULT_FOLDER: docs, LANG: 'en_GB.UTF-8', LC_ALL: '' };
    let running = await startHost(env);
    const others: ChildProcess[] = [];
    const fixture: HostFixture = {
      root,
      teammate: async () => {
        const n = others.length + 1;
        const other = { home: join(root, `teammate-${n}`, 'home'), docs: join(root, `teammate-${n}`, 'docs') };
        mkdirSync(other.docs, { recursive: true });
        const started = await startHost({ ...env, CHANNELWISE_HOME: other.home, CHANNELWISE_DEFAULT_FOLDER: other.docs });
        others.push(started.child);
        return { url: started.url, ...other };
      },
      get url() {
        return running.url;
      },
      get origin() {
        return running.origin;
      },
      home,
      docs,
      cli: (...args) =>
        new Promise((done) => {
          const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
          child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
          child.once('exit', (code) => done({ code: code ?? 1, stdout, stderr }));
        }),
      stop: () => stopChild(running.child),
      restart: async () => {
        await stopChild(running.child);
        running = await startHost(env);
      },
    };
    await use(fixture);
    await Promise.all([running.child, ...others].map(stopChild));
    rmSync(root, { recursive: true, force: true });
  },
});

export { expect };
