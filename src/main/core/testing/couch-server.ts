import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, Socket, type Server } from 'node:net';
import { dirname, join } from 'node:path';

/**
 * A CouchDB-compatible server for tests: pouchdb-server (npm) in its own
 * process on 127.0.0.1, storing its databases on disk (LevelDB) in `dir`, so
 * it can be killed and started again with its data. The admin account is the
 * sync account of the tests.
 */
export interface CouchServer {
  /** The server's root, e.g. http://127.0.0.1:41234 */
  readonly root: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** A database's URL on this server. */
  db(name: string): string;
  /** Kill the process at once (SIGKILL: no chance to finish what it was doing). */
  kill(): Promise<void>;
  /** Start it again on the same port with the same data. */
  restart(): Promise<void>;
  /** An admin request, for the test to look at or set up the server. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }>;
}

const USER = 'admin';
const PASSWORD = 'test-secret';

export async function startCouchServer(dir: string): Promise<CouchServer> {
  mkdirSync(join(dir, 'data'), { recursive: true });
  const port = await freePort();
  const root = `http://127.0.0.1:${port}`;
  const bin = join(dirname(createRequire(import.meta.url).resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
  let child: ChildProcess | null = null;
  const auth = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${root}${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  };

  const start = async (): Promise<void> => {
    // cwd: the server writes its log file there.
    child = spawn(process.execPath, [bin, '-p', String(port), '-o', '127.0.0.1', '-d', join(dir, 'data'), '-c', join(dir, 'config.json'), '-n', '--no-color'], {
      cwd: dir,
      stdio: 'ignore',
    });
    const exited = new Promise<never>((_, reject) => child!.once('exit', (code) => reject(new Error(`pouchdb-server exited (${code})`))));
    exited.catch(() => undefined);
    await Promise.race([waitUntilUp(root), exited]);
  };

  await start();
  // Out of "admin party": from now on every request must sign in, as on a real CouchDB.
  await fetch(`${root}/_config/admins/${USER}`, { method: 'PUT', body: JSON.stringify(PASSWORD) });

  return {
    root,
    port,
    user: USER,
    password: PASSWORD,
    db: (name) => `${root}/${name}`,
    admin,
    async kill() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const gone = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGKILL');
      await gone;
    },
    restart: start,
  };
}

async function waitUntilUp(root: string): Promise<void> {
  for (let waited = 0; ; waited += 100) {
    try {
      if ((await fetch(root)).ok) return;
    } catch {
      // not listening yet
    }
    if (waited > 30_000) throw new Error('pouchdb-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

/**
 * A TCP proxy in front of the server, on a port of its own, that can cut every
 * connection in the middle of a transfer while the server lives on: what a
 * dropped Wi-Fi or a proxy timeout does to a push.
 */
export interface CuttingProxy {
  readonly port: number;
  /** Cut every connection once this many more bytes have gone from the client to the server. */
  cutAfter(bytes: number): void;
  /** Whether a cut happened since the last cutAfter. */
  cut(): boolean;
  close(): Promise<void>;
}

export async function startCuttingProxy(targetPort: number): Promise<CuttingProxy> {
  const sockets = new Set<Socket>();
  let budget: number | null = null;
  let didCut = false;
  const cutAll = () => {
    budget = null;
    didCut = true;
    for (const socket of sockets) socket.destroy();
  };
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    upstream.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    const forget = () => {
      sockets.delete(client);
      sockets.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (budget !== null) {
        budget -= chunk.length;
        if (budget <= 0) {
          // Part of this chunk reaches the server, the rest never does.
          upstream.write(chunk.subarray(0, Math.max(0, chunk.length + budget - 1)));
          cutAll();
          return;
        }
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('close', forget).on('error', forget);
    upstream.on('close', forget).on('error', forget);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return {
    port: address.port,
    cutAfter(bytes) {
      budget = bytes;
      didCut = false;
    },
    cut: () => didCut,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
