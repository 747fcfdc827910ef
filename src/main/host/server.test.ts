import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startHost, type HostHandle, type HostOptions } from './server';
import { createFakeCore, type FakeCore } from './testing/fake-core';

const CSP = "default-src 'self'; connect-src 'self'";
let root: string;
let rendererDir: string;
let core: FakeCore;
let host: HostHandle | null = null;

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** Sends with the host's key unless `headers` say otherwise (authorization: '' sends none). */
function send(path: string, opts: { method?: string; headers?: OutgoingHttpHeaders; body?: string | Buffer } = {}): Promise<Reply> {
  const { port, key } = host!;
  const headers: OutgoingHttpHeaders = { host: `127.0.0.1:${port}`, authorization: `Bearer ${key}`, ...opts.headers };
  if (headers.authorization === '') delete headers.authorization;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const post = (method: string, body: string, headers: OutgoingHttpHeaders = {}) =>
  send(`/api/${method}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

async function start(options: Partial<HostOptions> = {}): Promise<HostHandle> {
  host = await startHost({ core, rendererDir, ...options });
  return host;
}

/** `path` with the host's key in the query, as the renderer opens its WebSocket. */
const keyed = (path: string) => `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(host!.key)}`;

function connect(path: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${host!.port}${path}`, { headers });
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) => ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8')))));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cw-host-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), `<!doctype html><meta http-equiv="Content-Security-Policy" content="${CSP}"><h1>Channelwise</h1>`);
  await writeFile(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'TOP SECRET');
  await symlink(join(root, 'secret.txt'), join(rendererDir, 'link.txt'));
});
afterAll(() => rm(root, { recursive: true, force: true }));
afterEach(async () => {
  await host?.close();
  host = null;
});

describe('the browser host API', () => {
  beforeAll(() => {
    core = createFakeCore();
    core.answers.set('app.info', () => ({ ok: true, value: { version: '0.1.0' } }));
    core.answers.set('workspace.open', () => ({ ok: false, error: { code: 'FILE_NOT_FOUND', message: 'no' } }));
  });

  it('binds 127.0.0.1 by default and dispatches a JSON round trip', async () => {
    await start();
    expect(host!.host).toBe('127.0.0.1');
    expect(host!.origin).toBe(`http://127.0.0.1:${host!.port}`);
    expect(host!.url).toBe(`http://127.0.0.1:${host!.port}/#k=${host!.key}`);
    const reply = await post('app.info', '{"a":1}');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { version: '0.1.0' } });
    expect(core.calls.at(-1)).toEqual({ method: 'app.info', input: { a: 1 } });
  });

  it('answers domain errors and unknown methods with 200 and the core Result', async () => {
    await start();
    const domain = await post('workspace.open', '{"path":"/x"}');
    expect(domain.status).toBe(200);
    expect(JSON.parse(domain.body)).toMatchObject({ ok: false, error: { code: 'FILE_NOT_FOUND' } });
    const unknown = await post('no.such%20method', '{}');
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(core.calls.at(-1)?.method).toBe('no.such method');
  });

  it('refuses malformed JSON with 400 before the core sees it, and passes an empty body as no input', async () => {
    await start();
    const before = core.calls.length;
    const reply = await post('app.info', '{"a":');
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.calls.length).toBe(before);
    await post('app.info', '');
    expect(core.calls.at(-1)).toEqual({ method: 'app.info', input: undefined });
  });

  it('refuses oversized bodies with 413 and other verbs with 405', async () => {
    await start({ maxBodyBytes: 1024 });
    const big = await post('app.info', JSON.stringify({ s: 'x'.repeat(4096) }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const chunked = await send('/api/app.info', { method: 'POST', headers: { 'transfer-encoding': 'chunked' }, body: 'x'.repeat(4096) });
    expect(chunked.status).toBe(413);
    const get = await send('/api/app.info');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
  });

  it('stops DNS rebinding and cross-site requests (Host and Origin)', async () => {
    await start();
    const rebound = await post('app.info', '{}', { host: `evil.example:${host!.port}` });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const crossSite = await post('app.info', '{}', { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const sameSite = await post('app.info', '{}', { origin: `http://127.0.0.1:${host!.port}` });
    expect(sameSite.status).toBe(200);
    await expect(connect(keyed('/events'), { origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
  });
});

describe('events over WebSocket', () => {
  beforeAll(() => {
    core = createFakeCore();
  });

  it('sends every core event to every connected client', async () => {
    await start();
    const [a, b] = await Promise.all([connect(keyed('/events')), connect(keyed('/events'))]);
    const got = Promise.all([nextMessage(a), nextMessage(b)]);
    core.emit({ type: 'workspace.changed', tables: ['matrix_cell'] });
    expect(await got).toEqual([
      { type: 'workspace.changed', tables: ['matrix_cell'] },
      { type: 'workspace.changed', tables: ['matrix_cell'] },
    ]);
    const closed = new Promise((resolve) => a.once('close', resolve));
    await host!.close();
    await closed;
    expect(core.listenerCount()).toBe(0);
    b.terminate();
  });

  it('refuses upgrades on other paths', async () => {
    await start();
    await expect(connect(keyed('/elsewhere'))).rejects.toThrow('HTTP 404');
  });
});

describe('static files of the built renderer', () => {
  beforeAll(() => {
    core = createFakeCore();
  });

  it('serves index.html for / without the key, with the renderer CSP limited to its own origin', async () => {
    await start();
    const reply = await send('/', { headers: { authorization: '' } });
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<h1>Channelwise</h1>');
    expect(reply.body).not.toContain(host!.key);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    const p = host!.port;
    expect(reply.headers['content-security-policy']).toBe(
      `default-src 'self'; connect-src 'self' ws://127.0.0.1:${p} ws://localhost:${p}; frame-ancestors 'none'`,
    );
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-cache');
  });

  it('serves fingerprinted assets as immutable, routes as the app shell, and 404s missing files', async () => {
    await start();
    const js = await send('/assets/app-1234.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect(js.body).toBe('console.log(1)');
    expect((await send('/present/room')).body).toContain('<h1>Channelwise</h1>');
    expect((await send('/assets/missing.js')).status).toBe(404);
    expect((await send('/', { method: 'DELETE' })).status).toBe(405);
  });

  it('never serves files outside the renderer folder', async () => {
    await start();
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/link.txt', '//../secret.txt']) {
      const reply = await send(path);
      expect(reply.body, path).not.toContain('TOP SECRET');
      expect([403, 404], path).toContain(reply.status);
    }
    expect((await send('http://evil.example/secret.txt')).status).toBe(400);
  });
});

describe('the per-launch key on 127.0.0.1', () => {
  beforeAll(() => {
    core = createFakeCore();
    core.answers.set('workspace.saveCopy', () => ({ ok: true, value: null }));
  });

  it('is fresh at every start: 256 random bits, different each time', async () => {
    const first = await start();
    const firstKey = first.key;
    expect(firstKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await first.close();
    expect((await start()).key).not.toBe(firstKey);
  });

  it('refuses an API call without the key or with a wrong one, before the core sees it', async () => {
    await start();
    const before = core.calls.length;
    const body = '{"path":"/home/owner/x.channelwise"}';
    const none = await post('workspace.saveCopy', body, { authorization: '' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'HOST_KEY_REQUIRED', message: expect.stringContaining('#k=') } });
    const wrong = await post('workspace.saveCopy', body, { authorization: `Bearer ${host!.key.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    const inQuery = await send(`/api/workspace.saveCopy?token=not-the-key-at-all`, { method: 'POST', body, headers: { authorization: '' } });
    expect(inQuery.status).toBe(401);
    expect(core.calls.length).toBe(before);
    const right = await post('workspace.saveCopy', body);
    expect(right.status).toBe(200);
    expect(core.calls.at(-1)?.method).toBe('workspace.saveCopy');
  });

  it('refuses a WebSocket without the key or with a wrong one, and accepts the right one', async () => {
    await start();
    await expect(connect('/events')).rejects.toThrow('HTTP 401');
    await expect(connect('/events?token=wrong-key-wrong-key')).rejects.toThrow('HTTP 401');
    await expect(connect('/events', { authorization: 'Bearer wrong-key-wrong-key' })).rejects.toThrow('HTTP 401');
    const ws = await connect(keyed('/events'));
    const got = nextMessage(ws);
    core.emit({ type: 'workspace.changed', tables: ['matrix_cell'] });
    expect(await got).toEqual({ type: 'workspace.changed', tables: ['matrix_cell'] });
    ws.terminate();
  });
});

describe('workshop access token', () => {
  beforeAll(() => {
    core = createFakeCore();
    core.answers.set('app.info', () => ({ ok: true, value: 'hi' }));
  });

  it('requires the token on /api and /events, by header or query, but not for the app shell', async () => {
    await start({ token: 'workshop-secret' });
    expect(host!.key).toBe('workshop-secret');
    const none = await post('app.info', '{}', { authorization: '' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'HOST_KEY_REQUIRED' } });
    expect((await post('app.info', '{}', { authorization: 'Bearer wrong-secret' })).status).toBe(401);
    expect((await post('app.info', '{}', { authorization: 'Bearer workshop-secret' })).status).toBe(200);
    expect((await send('/api/app.info?token=workshop-secret', { method: 'POST', body: '{}', headers: { authorization: '' } })).status).toBe(200);
    await expect(connect('/events')).rejects.toThrow('HTTP 401');
    const ws = await connect('/events?token=workshop-secret');
    ws.terminate();
    expect((await send('/', { headers: { authorization: '' } })).status).toBe(200);
  });

  it('shares on a non-loopback address with a key, and refuses a malformed token', async () => {
    await expect(startHost({ core, rendererDir, token: 'short' })).rejects.toThrow(/8 to 128/);
    await expect(startHost({ core, rendererDir, token: 'has spaces in it' })).rejects.toThrow(/8 to 128/);
    await start({ host: '0.0.0.0' });
    expect(host!.host).toBe('0.0.0.0');
    expect((await post('app.info', '{}', { host: `192.168.1.20:${host!.port}`, authorization: '' })).status).toBe(401);
    const reply = await post('app.info', '{}', { host: `192.168.1.20:${host!.port}` });
    expect(reply.status).toBe(200);
    // Shared, the address is not known in advance: connect-src stays 'self'.
    expect((await send('/', { headers: { host: `192.168.1.20:${host!.port}` } })).headers['content-security-policy']).toContain(
      "connect-src 'self'; frame-ancestors",
    );
  });

  it('reports a port that is already taken', async () => {
    const first = await start();
    await expect(startHost({ core, rendererDir, port: first.port })).rejects.toThrow(/EADDRINUSE/);
  });
});
