import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { extname, isAbsolute, relative, resolve } from 'node:path';

/**
 * Used only while the renderer's index.html carries no CSP meta tag of its own;
 * normally the header repeats that tag so the two can never drift apart.
 */
export const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeType(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Reads the CSP the renderer declares in its meta tag, adding what only a header can say. */
export function cspFromIndexHtml(html: string | null): string {
  const tag = html ? /<meta\b[^>]*http-equiv\s*=\s*["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0] : undefined;
  const content = tag ? /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag) : null;
  const raw = content?.[1] ?? content?.[2];
  const policy = raw ? decodeEntities(raw).trim().replace(/;\s*$/, '') : DEFAULT_CSP;
  // frame-ancestors is ignored in a meta tag; as a header it stops clickjacking.
  return /frame-ancestors/i.test(policy) ? policy : `${policy}; frame-ancestors 'none'`;
}

/** Replaces the policy's connect-src (or adds one) with exactly `sources`. */
export function withConnectSrc(policy: string, sources: readonly string[]): string {
  const directive = `connect-src ${sources.join(' ')}`;
  const parts = policy.split(';').map((p) => p.trim()).filter((p) => p !== '');
  const at = parts.findIndex((p) => /^connect-src(\s|$)/i.test(p));
  if (at < 0) parts.push(directive);
  else parts[at] = directive;
  return parts.join('; ');
}

function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export async function readIndexHtml(rendererDir: string): Promise<string | null> {
  try {
    return await readFile(resolve(rendererDir, 'index.html'), 'utf8');
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Maps a URL path to a file under rootDir, or null when it would leave it.
 * The WHATWG URL parser already folds `..` and `%2e%2e`; decoding can still
 * produce `../` (from `%2f`) or backslashes, which the containment check refuses.
 */
export function resolveStaticPath(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const root = resolve(rootDir);
  const target = resolve(root, `.${decoded === '/' ? '/index.html' : decoded}`);
  return isInside(root, target) && target !== root ? target : null;
}

export interface StaticSite {
  rendererDir: string;
  headers: OutgoingHttpHeaders;
}

type Found = { file: string; size: number } | null;

async function findFile(site: StaticSite, pathname: string): Promise<Found | 'forbidden'> {
  const target = resolveStaticPath(site.rendererDir, pathname);
  if (target === null) return 'forbidden';
  try {
    // Symlinks inside the build must not lead outside it either.
    const [root, real] = await Promise.all([realpath(site.rendererDir), realpath(target)]);
    if (!isInside(root, real)) return 'forbidden';
    const info = await stat(real);
    return info.isFile() ? { file: real, size: info.size } : null;
  } catch {
    return null;
  }
}

function cacheControl(pathname: string): string {
  // Vite fingerprints everything under /assets/, so those never change.
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function sendText(res: ServerResponse, status: number, text: string, headers: OutgoingHttpHeaders): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export async function serveStatic(req: IncomingMessage, res: ServerResponse, pathname: string, site: StaticSite): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method not allowed', { ...site.headers, Allow: 'GET, HEAD' });
    return;
  }
  let found = await findFile(site, pathname);
  if (found === 'forbidden') {
    sendText(res, 403, 'Forbidden', site.headers);
    return;
  }
  // Client-side routes (no file extension) get the app shell.
  const isRoute = extname(pathname) === '';
  if (found === null && isRoute) {
    const shell = await findFile(site, '/index.html');
    found = shell === 'forbidden' ? null : shell;
  }
  if (found === null) {
    const message = isRoute
      ? 'The Channelwise app is not built yet: run `npm run build`.'
      : 'Not found';
    sendText(res, 404, message, site.headers);
    return;
  }
  res.writeHead(200, {
    ...site.headers,
    'Content-Type': mimeType(found.file),
    'Content-Length': found.size,
    'Cache-Control': isRoute ? 'no-cache' : cacheControl(pathname),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
