import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ApiError, Result } from '@shared/errors';
import { hostAddress } from '@shared/host/address';
import type { AppCore } from '../core';
import { checkAccess, isLoopbackAddress, type AccessPolicy } from './access';
import { createEventChannel } from './events';
import { cspFromIndexHtml, readIndexHtml, serveStatic, withConnectSrc, type StaticSite } from './static-files';

export interface HostOptions {
  core: AppCore;
  /** Defaults to 127.0.0.1; anything else is sharing on the network. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /**
   * The key every /api and /events request must carry. Defaults to a fresh
   * per-launch secret (256 bits), so nobody else on this computer can call the host.
   */
  token?: string;
  /** Largest accepted request body; defaults to 5 MB (pictures travel as data URLs). */
  maxBodyBytes?: number;
}

export interface HostHandle {
  /** Where a browser on this machine opens the app: the origin with the key in the fragment (#k=...). */
  url: string;
  /** `http://127.0.0.1:PORT`, without the key. */
  origin: string;
  /** The key every API and WebSocket request must carry. */
  key: string;
  port: number;
  /** The address actually bound. */
  host: string;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
const EVENTS_PATH = '/events';

class BodyTooLarge extends Error {}

function apiError(code: ApiError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function urlHost(address: string): string {
  if (address === '0.0.0.0' || address === '::') return '127.0.0.1';
  return address.includes(':') ? `[${address}]` : address;
}

/**
 * What the page may connect to: its own origin. 'self' covers ws:// to the same
 * host in current browsers; on loopback the exact WebSocket origins are listed
 * as well, for browsers that read 'self' as http(s) only. Not [::1]: CSP has no
 * grammar for IPv6 literals, and Chromium prints an error on every page load for one.
 */
function connectSources(loopbackOnly: boolean, port: number): string[] {
  if (!loopbackOnly) return ["'self'"];
  return ["'self'", ...['127.0.0.1', 'localhost'].map((name) => `ws://${name}:${port}`)];
}

export async function startHost(options: HostOptions): Promise<HostHandle> {
  const { core, rendererDir, token } = options;
  const host = options.host ?? '127.0.0.1';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const loopbackOnly = isLoopbackAddress(host);
  if (token !== undefined && !/^[A-Za-z0-9_-]{8,128}$/.test(token)) {
    throw new Error('The access token must be 8 to 128 characters from A-Z, a-z, 0-9, _ and -.');
  }
  const key = token ?? randomBytes(32).toString('base64url');

  const security: OutgoingHttpHeaders = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  const declaredCsp = cspFromIndexHtml(await readIndexHtml(rendererDir));
  const site: StaticSite = { rendererDir, headers: security };
  const policy: AccessPolicy = { loopbackOnly, port: 0, key };

  function sendJson(res: ServerResponse, status: number, result: Result<unknown>, extra: OutgoingHttpHeaders = {}): void {
    let body: string;
    try {
      body = JSON.stringify(result);
    } catch {
      status = 500;
      body = JSON.stringify(apiError('INTERNAL', 'The answer could not be encoded.'));
    }
    res.writeHead(status, {
      ...security,
      ...extra,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'POST') {
      sendJson(res, 405, apiError('VALIDATION', 'Use POST for API calls.'), { Allow: 'POST' });
      return;
    }
    let method: string;
    try {
      method = decodeURIComponent(pathname.slice('/api/'.length));
    } catch {
      sendJson(res, 400, apiError('VALIDATION', 'The method name is not valid URL encoding.'));
      return;
    }
    const tooLarge = apiError('VALIDATION', `The request is larger than ${maxBody} bytes.`);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBody) {
      sendJson(res, 413, tooLarge, { Connection: 'close' });
      return;
    }
    let input: unknown;
    try {
      const text = await readBody(req, maxBody);
      input = text.trim() === '' ? undefined : JSON.parse(text);
    } catch (err) {
      if (err instanceof BodyTooLarge) sendJson(res, 413, tooLarge, { Connection: 'close' });
      else sendJson(res, 400, apiError('VALIDATION', 'The request body is not valid JSON.'));
      return;
    }
    let result: Result<unknown>;
    try {
      result = await core.dispatch(method, input);
    } catch {
      // dispatch promises never to throw; a bug there must still not leak a stack.
      sendJson(res, 500, apiError('INTERNAL', 'Something went wrong inside Channelwise.'));
      return;
    }
    sendJson(res, 200, result);
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    if (!rawUrl.startsWith('/')) {
      res.writeHead(400, security).end();
      return;
    }
    const { pathname } = new URL(`http://host${rawUrl}`);
    const isApi = pathname === '/api' || pathname.startsWith('/api/');
    const denied = checkAccess(req, policy, isApi || pathname === EVENTS_PATH);
    if (denied) {
      sendJson(res, denied.status, apiError(denied.code, denied.message));
      return;
    }
    if (isApi) return handleApi(req, res, pathname);
    if (pathname === EVENTS_PATH) {
      sendJson(res, 426, apiError('VALIDATION', 'Connect to /events with a WebSocket.'), { Upgrade: 'websocket' });
      return;
    }
    return serveStatic(req, res, pathname, site);
  }

  const events = createEventChannel(core);

  function onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const rawUrl = req.url ?? '/';
    const pathname = rawUrl.startsWith('/') ? new URL(`http://host${rawUrl}`).pathname : '';
    const denied = pathname === EVENTS_PATH ? checkAccess(req, policy, true) : ({ status: 404, code: 'NOT_FOUND', message: 'Not found' } as const);
    if (denied) {
      const body = JSON.stringify(apiError(denied.code, denied.message));
      const reason = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[denied.status];
      socket.end(
        `HTTP/1.1 ${denied.status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
      return;
    }
    events.accept(req, socket, head);
  }

  const server = createServer((req, res) => {
    onRequest(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, apiError('INTERNAL', 'Something went wrong inside Channelwise.'));
      else res.destroy();
    });
  });
  server.on('upgrade', onUpgrade);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    events.close();
    throw err;
  }

  const address = server.address() as AddressInfo;
  policy.port = address.port;
  // Only now is the port known: the page may connect to its own origin and nowhere else.
  security['Content-Security-Policy'] = withConnectSrc(declaredCsp, connectSources(loopbackOnly, address.port));
  let closing: Promise<void> | null = null;
  const origin = `http://${urlHost(address.address)}:${address.port}`;

  return {
    url: hostAddress(origin, key),
    origin,
    key,
    port: address.port,
    host: address.address,
    close() {
      closing ??= new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
