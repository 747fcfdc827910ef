import { AppError } from '@shared/errors';

/** One CouchDB database and the account that signs in to it (basic auth). */
export interface CouchAccount {
  /** The database URL as normalizeServerUrl gives it: no user info, no trailing slash. */
  url: string;
  user: string;
  password: string;
}

export interface CouchHttpOptions {
  /** Tests pass their own (to cut a transfer at a chosen moment); the app uses Node's. */
  fetch?: typeof fetch;
  /** A request that has not answered by then counts as the server being unreachable. */
  timeoutMs?: number;
}

export interface CouchResponse {
  status: number;
  body: unknown;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** The caller's: aborting it rejects with the signal's reason, not an AppError (a runner stopping). */
  signal?: AbortSignal;
  /** Overrides the client's timeout; 0 for none (a longpoll, which the caller bounds itself). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * CouchDB's HTTP API for one database, through fetch: JSON in, JSON out, and
 * every way it can fail turned into an error code with a translated message.
 * A network failure or timeout is SYNC_SERVER_UNREACHABLE (the runner says
 * "offline" and tries again), a 5xx SYNC_SERVER_UNAVAILABLE (likewise: a
 * server restarting), 401 a wrong user or password, 403 an account without
 * access. Other statuses go back to the caller, who knows what a 404 or 409 means there.
 */
export class CouchHttp {
  private readonly auth: string;
  private readonly fetchFn: typeof fetch;

  constructor(
    readonly account: CouchAccount,
    private readonly options: CouchHttpOptions = {},
  ) {
    this.auth = `Basic ${Buffer.from(`${account.user}:${account.password}`, 'utf8').toString('base64')}`;
    this.fetchFn = options.fetch ?? fetch;
  }

  /** `path` is relative to the database ('' for the database itself). */
  async request(method: 'GET' | 'PUT' | 'POST', path: string, options: RequestOptions = {}): Promise<CouchResponse> {
    const url = new URL(path === '' ? this.account.url : `${this.account.url}/${path}`);
    for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, String(value));
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const signals = [options.signal, timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined].filter((s): s is AbortSignal => s !== undefined);
    const headers: Record<string, string> = { authorization: this.auth, accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const response = await this.fetchFn(url, {
        method,
        headers,
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        ...(signals.length > 0 ? { signal: AbortSignal.any(signals) } : {}),
      });
      const text = await response.text();
      return { status: response.status, body: parseBody(text, response.status, this.account.url) };
    } catch (err) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (err instanceof AppError) throw err;
      // Refused, reset, cut mid-transfer, no route, DNS, TLS, timeout: all mean "not reachable now".
      throw new AppError('SYNC_SERVER_UNREACHABLE', `${this.account.url} unreachable: ${causeOf(err)}`, { url: this.account.url, reason: causeOf(err) });
    }
  }

  /** The error for a status the caller did not expect. */
  fail(response: CouchResponse, what: string): AppError {
    const { url, user } = this.account;
    const reason = reasonOf(response);
    if (response.status === 401) return new AppError('SYNC_SERVER_AUTH', `${what}: 401 ${reason}`, { url, user });
    if (response.status === 403) return new AppError('SYNC_SERVER_FORBIDDEN', `${what}: 403 ${reason}`, { url, user });
    if (response.status >= 500) return new AppError('SYNC_SERVER_UNAVAILABLE', `${what}: ${response.status} ${reason}`, { url, status: response.status });
    return new AppError('SYNC_SERVER_NOT_COUCHDB', `${what}: ${response.status} ${reason}`, { url, reason: `${what}: ${response.status} ${reason}` });
  }
}

/** CouchDB's own words for a failure (`error`, `reason`), for logs and the less common messages. */
export function reasonOf(response: CouchResponse): string {
  const body = response.body;
  if (typeof body === 'object' && body !== null) {
    const error = 'error' in body && typeof body.error === 'string' ? body.error : '';
    const reason = 'reason' in body && typeof body.reason === 'string' ? body.reason : '';
    return [error, reason].filter(Boolean).join(': ') || `status ${response.status}`;
  }
  return `status ${response.status}`;
}

function parseBody(text: string, status: number, url: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A proxy's HTML error page while the server restarts is "not available now"; a 200 in HTML is not CouchDB at all.
    if (status >= 500) return null;
    throw new AppError('SYNC_SERVER_NOT_COUCHDB', `${url} answered ${status} without JSON`, { url, reason: `status ${status}, not JSON` });
  }
}

function causeOf(err: unknown): string {
  if (err instanceof Error) {
    const cause: unknown = err.cause;
    if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string') return cause.code;
    if (err.name === 'TimeoutError') return 'timeout';
    return err.message;
  }
  return String(err);
}
