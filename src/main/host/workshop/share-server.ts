import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { participantApi, parseParticipantInput, type ParticipantRoute } from '@shared/contract/participant';
import { AppError, toApiError, type ApiError, type ErrorCode } from '@shared/errors';
import type { ParticipantPort, ShareEndpoint, ShareLauncher } from '../../core';
import { isAllowedOrigin, tokenMatches } from '../access';
import { mimeType } from '../static-files';
import { JoinGate, newJoinCode } from './join-code';
import { lanAddress } from './lan';
import { loadParticipantSite, type ParticipantSite } from './participant-assets';
import { qrPath } from './qr';

export interface ShareOptions {
  /** The built renderer (out/renderer), holding participant.html. */
  rendererDir: string;
  /** Address to bind; defaults to every IPv4 interface. */
  bindHost?: string;
  /** Address put in the participants' URL; defaults to the first LAN address. */
  advertisedHost?: string;
  /**
   * The port to listen on. By default PREFERRED_SHARE_PORT, so the address a
   * room types stays the same from one share to the next; a free one when
   * that is taken. 0 always picks a free one.
   */
  port?: number;
  /** How often the laptop's network address is looked at while sharing (it moves when the laptop changes network). */
  addressPollMs?: number;
  /** The laptop's address on the local network (lanAddress); a seam for tests. */
  addressOf?: () => string;
}

/** Easy to say and type, above the ports other programs usually take. */
export const PREFERRED_SHARE_PORT = 47800;
const ADDRESS_POLL_MS = 5_000;

export const MAX_PARTICIPANT_BODY = 4096;
export const PARTICIPANT_HEADER = 'x-participant';
const MAX_EVENT_CLIENTS = 500;
const HEARTBEAT_MS = 25_000;

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: OutgoingHttpHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Content-Security-Policy': CSP,
  'Cache-Control': 'no-store',
};

const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  FORBIDDEN: 403,
  PARTICIPANT_UNKNOWN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  DISPLAY_NAME_INVALID: 400,
  VOTE_ITEM_UNKNOWN: 400,
  VOTE_NOT_OPEN: 409,
  VOTE_NO_DOTS_LEFT: 409,
  WORKSHOP_FULL: 409,
  WORKSHOP_NOT_SHARING: 410,
  JOIN_CODE_WRONG: 400,
  JOIN_CODE_LOCKED: 429,
};

/** A secret is looked up by its hash, so the lookup time says nothing about it. */
const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/**
 * The share listener: a second HTTP server, bound to the local network only
 * while sharing is on. Every path sits under /w/<token>/ and it answers only
 * the participant page, its own assets and three endpoints (join, state,
 * dots); nothing of the facilitator's API is reachable from here.
 */
export function createShareLauncher(options: ShareOptions): ShareLauncher {
  let running: { server: Server; stopEvents: () => void } | null = null;

  return {
    async start(port, onMove) {
      if (running) throw new AppError('INTERNAL', 'Sharing is already on');
      const site = await loadParticipantSite(options.rendererDir);
      const token = randomBytes(24).toString('base64url');
      const code = newJoinCode();
      const { server, stopEvents } = createShareServer(port, site, token, new JoinGate(code));
      const bindHost = options.bindHost ?? '0.0.0.0';
      try {
        await listen(server, options.port ?? PREFERRED_SHARE_PORT, bindHost);
      } catch (err) {
        if (options.port === 0 || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
        await listen(server, 0, bindHost);
      }
      const portNumber = (server.address() as AddressInfo).port;
      const endpointAt = (host: string): ShareEndpoint => {
        const url = `http://${host}:${portNumber}/w/${token}/`;
        return { url, qr: qrPath(url), joinAddress: `${host}:${portNumber}`, code };
      };
      const addressOf = options.addressOf ?? (() => lanAddress());
      let host = options.advertisedHost ?? addressOf();
      // A laptop that moves to another network gets another address: the room is told the new one.
      const poll = options.advertisedHost
        ? null
        : setInterval(() => {
            const now = addressOf();
            if (now === host) return;
            host = now;
            onMove?.(endpointAt(now));
          }, options.addressPollMs ?? ADDRESS_POLL_MS);
      poll?.unref();
      running = {
        server,
        stopEvents: () => {
          if (poll) clearInterval(poll);
          stopEvents();
        },
      };
      return endpointAt(host);
    },
    async stop() {
      const current = running;
      running = null;
      if (!current) return;
      current.stopEvents();
      await new Promise<void>((resolve) => {
        current.server.close(() => resolve());
        current.server.closeAllConnections();
      });
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function createShareServer(port: ParticipantPort, site: ParticipantSite, token: string, gate: JoinGate) {
  const secrets = new Map<string, string>();
  const events = new Set<ServerResponse>();

  const sendJson = (res: ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };
  const sendError = (res: ServerResponse, error: ApiError) =>
    sendJson(res, STATUS_OF[error.code] ?? 500, { ok: false, error });
  const refuse = (res: ServerResponse, status: number, code: ErrorCode, message: string) =>
    sendJson(res, status, { ok: false, error: { code, message } });

  const participantOf = (req: IncomingMessage): string => {
    const secret = req.headers[PARTICIPANT_HEADER];
    const id = typeof secret === 'string' ? secrets.get(digest(secret)) : undefined;
    if (!id) throw new AppError('PARTICIPANT_UNKNOWN', 'Join the workshop first');
    return id;
  };

  /** A route's validated input (contract/participant.ts); its own refusal for input the contract rejects. */
  function valid<I extends z.ZodType>(def: ParticipantRoute<I, unknown>, body: unknown): z.output<I> {
    const parsed = parseParticipantInput(def, body);
    if (!parsed.ok) throw new AppError(parsed.error.code, parsed.error.message, parsed.error.params);
    return parsed.value;
  }

  async function api(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const route = `${req.method ?? ''} api/${name}`;
    const is = (r: { method: string; path: string }) => route === `${r.method} ${r.path}`;
    if (is(participantApi.state)) return sendJson(res, 200, { ok: true, value: port.state(participantOf(req)) });
    if (!is(participantApi.join) && !is(participantApi.dots)) {
      return refuse(res, 403, 'FORBIDDEN', 'Participants can only join, read the shared slide and place dots.');
    }
    const body = await readJson(req);
    if (is(participantApi.join)) {
      const participant = await port.join(valid(participantApi.join, body).displayName);
      const secret = randomBytes(18).toString('base64url');
      secrets.set(digest(secret), participant.id);
      return sendJson(res, 200, { ok: true, value: { secret, state: port.state(participant.id) } });
    }
    const id = participantOf(req);
    const { item, dots } = valid(participantApi.dots, body);
    return sendJson(res, 200, { ok: true, value: await port.setDots(id, item, dots) });
  }

  /**
   * The short address (host and port only): the participant page asks for the
   * workshop code and, when it is right, answers the path with the token.
   */
  async function codeEntrance(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === participantApi.code.path && req.method === participantApi.code.method) {
      const parsed = parseParticipantInput(participantApi.code, await readJson(req));
      // Unreadable input is checked as a wrong code, so it counts toward the lockout like any guess.
      const verdict = gate.check(req.socket.remoteAddress ?? '', parsed.ok ? parsed.value.code.slice(0, 40) : '');
      if (verdict === 'locked') return refuse(res, 429, 'JOIN_CODE_LOCKED', 'Too many wrong codes; wait a minute');
      if (verdict === 'wrong') return refuse(res, 400, 'JOIN_CODE_WRONG', 'That is not the workshop code');
      return sendJson(res, 200, { ok: true, value: { path: `/w/${token}/` } });
    }
    return servePage(req, res, path);
  }

  /** The participant page and its own assets: the same files under the short address and under the token. */
  async function servePage(req: IncomingMessage, res: ServerResponse, rest: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(res, 405, 'FORBIDDEN', 'Only the participant page can be read here.');
    }
    if (rest === '/') {
      res.writeHead(200, { ...HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : site.html);
      return;
    }
    const asset = /^\/assets\/([\w.-]+)$/.exec(rest)?.[1];
    if (asset && site.assets.has(asset)) {
      const bytes = await readFile(join(site.assetsDir, asset));
      res.writeHead(200, { ...HEADERS, 'Content-Type': mimeType(asset), 'Content-Length': bytes.length, 'Cache-Control': 'private, max-age=3600' });
      res.end(req.method === 'HEAD' ? undefined : bytes);
      return;
    }
    return refuse(res, 404, 'NOT_FOUND', 'Not found');
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    const origin = req.headers.origin;
    if (!isAllowedOrigin(typeof origin === 'string' ? origin : undefined, req.headers.host)) {
      return refuse(res, 403, 'FORBIDDEN', 'Requests from other web sites are not allowed.');
    }
    const plain = /^(\/|\/assets\/[\w.-]+|\/api\/code)(?:[?#].*)?$/.exec(raw);
    if (plain) return codeEntrance(req, res, plain[1]!);
    const match = /^\/w\/([^/?#]+)(\/[^?#]*)?(?:[?#].*)?$/.exec(raw);
    if (!match || !tokenMatches(match[1] ?? null, token)) {
      return refuse(res, 401, 'FORBIDDEN', 'This address needs the workshop link with its access token.');
    }
    const rest = match[2] ?? '';
    if (rest === '') {
      res.writeHead(308, { ...HEADERS, Location: `/w/${token}/` }).end();
      return;
    }
    if (rest.startsWith('/api/')) return api(req, res, rest.slice('/api/'.length));
    if (rest === '/events' && req.method === 'GET') return openEvents(res);
    return servePage(req, res, rest);
  }

  /** Server-sent events: only a version number, so a participant knows to ask for the state again. */
  function openEvents(res: ServerResponse): void {
    if (events.size >= MAX_EVENT_CLIENTS) return refuse(res, 503, 'WORKSHOP_FULL', 'Too many live connections');
    res.writeHead(200, { ...HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(`retry: 2000\ndata: ${port.version()}\n\n`);
    events.add(res);
    res.on('close', () => events.delete(res));
  }

  const unsubscribe = port.onChange((version) => {
    for (const res of events) res.write(`data: ${version}\n\n`);
  });
  // Phones drop off Wi-Fi without closing; a comment now and then finds the dead ones.
  const heartbeat = setInterval(() => {
    for (const res of events) res.write(': ping\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const server = createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      if (res.headersSent) res.destroy();
      else sendError(res, toApiError(err));
    });
  });
  const stopEvents = () => {
    clearInterval(heartbeat);
    unsubscribe();
    for (const res of events) res.end();
    events.clear();
    secrets.clear();
  };
  return { server, stopEvents };
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PARTICIPANT_BODY) {
        req.pause();
        reject(new AppError('VALIDATION', 'The request is too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
        resolve(value as Record<string, unknown>);
      } catch {
        reject(new AppError('VALIDATION', 'The request body is not a JSON object'));
      }
    });
    req.on('error', reject);
  });
}
