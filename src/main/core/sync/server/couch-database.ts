import { AppError } from '@shared/errors';
import type { SyncChange } from '@shared/sync/change';
import type { Peer } from '../folder';
import { CouchHttp, reasonOf, type CouchAccount, type CouchHttpOptions, type CouchResponse } from './couch-http';
import { changeToDoc, DEVICE_PREFIX, deviceDocId, deviceSchema, docToChange, MARKER_ID, markerSchema, SERVER_FORMAT, type ServerMarker } from './documents';

export interface ServerDatabaseOptions extends CouchHttpOptions {
  workspaceId: string;
  deviceId: string;
  displayName: string;
  appVersion: string;
  /** Documents per `_bulk_docs` request and per `_changes` page. */
  batchSize?: number;
  now?: () => Date;
}

export interface PulledPage {
  /** The teammates' changes on this page (this device's own are left out: they are in its journal already). */
  changes: SyncChange[];
  /** Where the next pull starts, once these are applied. */
  seq: string;
}

/**
 * The workspace's database on a CouchDB server, once checked: it exists (or
 * was just created), it is this workspace's, and this device is announced.
 */
export interface ServerDatabase {
  readonly url: string;
  readonly marker: ServerMarker;
  /** Every change after `since` (null: from the start), page by page. */
  pullChanges(since: string | null): AsyncIterable<PulledPage>;
  /** The other devices' cards. */
  peers(): Promise<Peer[]>;
  /** Write changes as documents; the ones already there count as done. */
  pushChanges(changes: readonly SyncChange[]): Promise<{ written: number; alreadyThere: number }>;
}

const DEFAULT_BATCH = 500;
/** A device card is rewritten at most this often: each write wakes every teammate's longpoll. */
const ANNOUNCE_EVERY_MS = 5 * 60_000;

/**
 * Check the database and this workspace's claim on it. A database that does
 * not exist is created when `create` is set (the first laptop to share); a
 * database without a marker is marked as this workspace's. A database marked
 * for another workspace is refused, naming both ids, before anything is written.
 * An empty database means "nothing yet", never "delete everything".
 */
export async function openServerDatabase(account: CouchAccount, options: ServerDatabaseOptions): Promise<ServerDatabase> {
  const http = new CouchHttp(account, options);
  await ensureDatabase(http);
  const marker = await ensureMarker(http, options.workspaceId, (options.now ?? (() => new Date()))());
  await announce(http, options);
  return serverDatabase(http, marker, options);
}

/** The database's marker without changing anything (joining), or null when it holds no shared workspace (or does not exist). */
export async function readServerMarker(account: CouchAccount, options: CouchHttpOptions = {}): Promise<ServerMarker | null> {
  const http = new CouchHttp(account, options);
  const db = await http.request('GET', '');
  if (db.status === 404) return null;
  if (db.status !== 200) throw http.fail(db, 'database');
  return readMarker(http);
}

async function ensureDatabase(http: CouchHttp): Promise<void> {
  const db = await http.request('GET', '');
  if (db.status === 200) return;
  if (db.status !== 404) throw http.fail(db, 'database');
  const made = await http.request('PUT', '');
  // 412: another laptop created it a moment ago.
  if (made.status === 201 || made.status === 202 || made.status === 412) return;
  if (made.status === 401 || made.status === 403) {
    throw new AppError('SYNC_SERVER_CANNOT_CREATE', `cannot create ${http.account.url}: ${reasonOf(made)}`, { url: http.account.url, user: http.account.user });
  }
  throw http.fail(made, 'create database');
}

async function readMarker(http: CouchHttp): Promise<ServerMarker | null> {
  const got = await http.request('GET', MARKER_ID);
  if (got.status === 404) return null;
  if (got.status !== 200) throw http.fail(got, 'marker');
  const parsed = markerSchema.safeParse(got.body);
  if (!parsed.success) throw new AppError('SYNC_SERVER_NOT_COUCHDB', `${MARKER_ID} is not a marker`, { url: http.account.url, reason: `${MARKER_ID} is not a Channelwise marker` });
  return parsed.data;
}

async function ensureMarker(http: CouchHttp, workspaceId: string, now: Date): Promise<ServerMarker> {
  const existing = await readMarker(http);
  if (existing) return checkMarker(http, existing, workspaceId);
  const marker: ServerMarker = { workspaceId, format: SERVER_FORMAT, created: now.toISOString() };
  const put = await http.request('PUT', MARKER_ID, { body: marker });
  if (put.status === 201 || put.status === 202) return marker;
  if (put.status === 409) {
    // Two laptops shared into one new database at once: one marker won; read it back.
    const winner = await readMarker(http);
    if (winner) return checkMarker(http, winner, workspaceId);
  }
  throw http.fail(put, 'write marker');
}

function checkMarker(http: CouchHttp, marker: ServerMarker, workspaceId: string): ServerMarker {
  const { url } = http.account;
  if (marker.workspaceId !== workspaceId) {
    throw new AppError('SYNC_SERVER_OTHER_WORKSPACE', `${url} belongs to workspace ${marker.workspaceId}, not ${workspaceId}`, {
      url,
      serverWorkspace: marker.workspaceId,
      workspace: workspaceId,
    });
  }
  if (marker.format > SERVER_FORMAT) {
    throw new AppError('SYNC_SERVER_NEWER_FORMAT', `${url} has format ${marker.format}`, { url, format: marker.format, supported: SERVER_FORMAT });
  }
  return marker;
}

/**
 * Write this device's card when it is missing, its name or version changed, or
 * it is older than ANNOUNCE_EVERY_MS. Only this device writes it, with the
 * revision it just read, so a conflict means a concurrent write of our own: read again once.
 */
async function announce(http: CouchHttp, options: ServerDatabaseOptions): Promise<void> {
  const id = encodeURIComponent(deviceDocId(options.deviceId));
  const now = (options.now ?? (() => new Date()))();
  const card = { displayName: options.displayName, appVersion: options.appVersion, lastSeen: now.toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    const got = await http.request('GET', id);
    if (got.status !== 200 && got.status !== 404) throw http.fail(got, 'device card');
    const current = got.status === 200 ? deviceSchema.safeParse(got.body) : null;
    const rev = got.status === 200 && typeof got.body === 'object' && got.body !== null && '_rev' in got.body ? String(got.body._rev) : null;
    if (current?.success && current.data.displayName === card.displayName && current.data.appVersion === card.appVersion) {
      const age = now.getTime() - Date.parse(current.data.lastSeen);
      if (age >= 0 && age < ANNOUNCE_EVERY_MS) return;
    }
    const put = await http.request('PUT', id, { body: { ...card, ...(rev ? { _rev: rev } : {}) } });
    if (put.status === 201 || put.status === 202) return;
    if (put.status !== 409) throw http.fail(put, 'write device card');
  }
}

function serverDatabase(http: CouchHttp, marker: ServerMarker, options: ServerDatabaseOptions): ServerDatabase {
  const batch = Math.max(1, options.batchSize ?? DEFAULT_BATCH);
  const { url } = http.account;
  return {
    url,
    marker,

    async *pullChanges(since) {
      let from = since;
      for (;;) {
        const query: Record<string, string | number> = { include_docs: 'true', limit: batch };
        if (from !== null) query.since = from;
        const page = await http.request('GET', '_changes', { query });
        if (page.status !== 200) throw http.fail(page, 'changes');
        const { results, lastSeq } = changesOf(http, page);
        const changes: SyncChange[] = [];
        for (const row of results) {
          const change = docToChange(row.doc);
          if (change && change.device !== options.deviceId) changes.push(change);
        }
        yield { changes, seq: lastSeq };
        if (results.length < batch || lastSeq === from) return;
        from = lastSeq;
      }
    },

    async peers() {
      const got = await http.request('GET', '_all_docs', {
        query: { include_docs: 'true', startkey: JSON.stringify(DEVICE_PREFIX), endkey: JSON.stringify(`${DEVICE_PREFIX}\ufff0`) },
      });
      if (got.status !== 200) throw http.fail(got, 'devices');
      const rows = rowsOf(got);
      const peers: Peer[] = [];
      for (const row of rows) {
        const deviceId = row.id.slice(DEVICE_PREFIX.length);
        if (deviceId === options.deviceId || deviceId === '') continue;
        const card = deviceSchema.safeParse(row.doc);
        peers.push({
          deviceId,
          displayName: card.success ? card.data.displayName : null,
          appVersion: card.success ? card.data.appVersion : null,
          lastSeen: card.success ? card.data.lastSeen : null,
        });
      }
      return peers;
    },

    async pushChanges(changes) {
      let written = 0;
      let alreadyThere = 0;
      for (let at = 0; at < changes.length; at += batch) {
        const docs = changes.slice(at, at + batch).map(changeToDoc);
        const res = await http.request('POST', '_bulk_docs', { body: { docs } });
        if (res.status !== 201 && res.status !== 200 && res.status !== 417) throw http.fail(res, '_bulk_docs');
        if (!Array.isArray(res.body)) throw http.fail(res, '_bulk_docs');
        for (const item of res.body as unknown[]) {
          const error = typeof item === 'object' && item !== null && 'error' in item ? String(item.error) : null;
          // "conflict": the document is there already (a push repeated after a cut): done, never duplicated.
          if (error === 'conflict') alreadyThere++;
          else if (error === null) written++;
          else {
            const reason = typeof item === 'object' && item !== null && 'reason' in item ? `${error}: ${String(item.reason)}` : error;
            throw new AppError('SYNC_SERVER_REJECTED', `${url} refused a change: ${reason}`, { url, reason });
          }
        }
      }
      return { written, alreadyThere };
    },
  };
}

/** Wait until the database has a change after `since`, or `timeoutMs` passes; see waitForChanges. */
export interface ChangesFeed {
  results: { id: string; doc?: unknown }[];
  lastSeq: string;
}

/**
 * CouchDB's longpoll: answers as soon as something is written after `since`
 * (or after its timeout, with nothing). Some servers (pouchdb-server) ignore
 * the timeout, so the request is also cut here a little later, which counts as
 * "nothing new". Aborting `signal` rejects with its reason.
 */
export async function waitForChanges(
  account: CouchAccount,
  since: string | null,
  signal: AbortSignal,
  options: CouchHttpOptions & { timeoutMs: number },
): Promise<ChangesFeed | null> {
  const http = new CouchHttp(account, options);
  const giveUp = new AbortController();
  const timer = setTimeout(() => giveUp.abort(), options.timeoutMs + 5_000);
  try {
    const query: Record<string, string | number> = { feed: 'longpoll', timeout: options.timeoutMs, include_docs: 'true', limit: 50 };
    if (since !== null) query.since = since;
    const page = await http.request('GET', '_changes', { query, signal: AbortSignal.any([signal, giveUp.signal]), timeoutMs: 0 });
    if (page.status !== 200) throw http.fail(page, 'changes feed');
    return changesOf(http, page);
  } catch (err) {
    if (giveUp.signal.aborted && !signal.aborted) return null;
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

function changesOf(http: CouchHttp, page: CouchResponse): ChangesFeed {
  const body = page.body;
  if (typeof body !== 'object' || body === null || !('results' in body) || !Array.isArray(body.results) || !('last_seq' in body)) {
    throw new AppError('SYNC_SERVER_NOT_COUCHDB', '_changes without results', { url: http.account.url, reason: '_changes answered without results' });
  }
  const results = (body.results as unknown[]).flatMap((row) =>
    typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string' ? [{ id: row.id, doc: 'doc' in row ? row.doc : undefined }] : [],
  );
  // CouchDB 3 gives sequences as opaque text, pouchdb-server as numbers: kept as text either way.
  return { results, lastSeq: typeof body.last_seq === 'string' ? body.last_seq : JSON.stringify(body.last_seq) };
}

function rowsOf(response: CouchResponse): { id: string; doc: unknown }[] {
  const body = response.body;
  if (typeof body !== 'object' || body === null || !('rows' in body) || !Array.isArray(body.rows)) return [];
  return (body.rows as unknown[]).flatMap((row) =>
    typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string' ? [{ id: row.id, doc: 'doc' in row ? row.doc : undefined }] : [],
  );
}
