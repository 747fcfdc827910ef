import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Who may talk to the host: decided once per server from how it was bound. */
export interface AccessPolicy {
  /** Bound to a loopback address: only loopback Host names are accepted (stops DNS rebinding). */
  loopbackOnly: boolean;
  port: number;
  /**
   * The host's key: every /api and /events request must carry it. A per-launch
   * secret on loopback (so other accounts on this computer are kept out), the
   * access token when shared on the network.
   */
  key: string;
}

export type AccessDenial = { status: 401 | 403; code: 'FORBIDDEN' | 'HOST_KEY_REQUIRED'; message: string };

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function isLoopbackAddress(address: string): boolean {
  const a = address.toLowerCase();
  return LOOPBACK_NAMES.has(a) || /^127(\.\d{1,3}){3}$/.test(a) || a === '::ffff:127.0.0.1';
}

/** The names a browser puts in Host when it reaches a loopback-bound server. */
export function allowedLoopbackHosts(port: number): Set<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  const hosts = new Set(names.map((n) => `${n}:${port}`));
  // Browsers omit the default port from Host.
  if (port === 80) for (const n of names) hosts.add(n);
  return hosts;
}

export function isAllowedHost(hostHeader: string | undefined, policy: AccessPolicy): boolean {
  if (!hostHeader) return false;
  // Shared on the network, the address participants use is not known in advance
  // (IP, mDNS name); there the token is what keeps strangers out.
  if (!policy.loopbackOnly) return true;
  return allowedLoopbackHosts(policy.port).has(hostHeader.toLowerCase());
}

/**
 * Browsers always send Origin on cross-site POSTs and WebSocket handshakes, so
 * requiring it to equal our own origin stops other sites from driving the API.
 * Non-browser clients (the CLI, tests, curl) send none and are let through.
 */
export function isAllowedOrigin(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!hostHeader) return false;
  return origin.toLowerCase() === `http://${hostHeader.toLowerCase()}`;
}

/**
 * The key a request carries: a Bearer Authorization header, or `?token=` (a
 * browser cannot set headers on a WebSocket handshake).
 */
export function extractToken(req: Pick<IncomingMessage, 'headers' | 'url'>): string | null {
  const auth = req.headers.authorization;
  if (auth) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (match?.[1]) return match[1];
  }
  const url = new URL(`http://host${req.url ?? '/'}`);
  return url.searchParams.get('token');
}

/** Constant-time comparison; hashing first makes the lengths equal. */
export function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Checks for /api and /events; static files (the app shell, which holds no key) only need Host and Origin. */
export function checkAccess(
  req: Pick<IncomingMessage, 'headers' | 'url'>,
  policy: AccessPolicy,
  needsToken: boolean,
): AccessDenial | null {
  const hostHeader = req.headers.host;
  if (!isAllowedHost(hostHeader, policy)) {
    return { status: 403, code: 'FORBIDDEN', message: 'This Channelwise server does not answer to that host name.' };
  }
  const origin = req.headers.origin;
  if (!isAllowedOrigin(typeof origin === 'string' ? origin : undefined, hostHeader)) {
    return { status: 403, code: 'FORBIDDEN', message: 'Requests from other web sites are not allowed.' };
  }
  if (needsToken && !tokenMatches(extractToken(req), policy.key)) {
    return {
      status: 401,
      code: 'HOST_KEY_REQUIRED',
      message: 'This Channelwise address needs its key: open the full address Channelwise printed when it started (it ends in #k=...).',
    };
  }
  return null;
}
