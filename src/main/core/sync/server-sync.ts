import { AppError } from '@shared/errors';
import type { SyncChange } from '@shared/sync/change';
import type { Lang } from '@shared/domain/types';
import { normalizeServerUrl } from '@shared/sync/target';
import { Workspace, type WorkspaceOptions } from '../workspace';
import { exchange, type SyncOptions, type SyncResult, type Transport } from './exchange';
import { openServerDatabase, readServerMarker } from './server/couch-database';
import type { CouchAccount, CouchHttpOptions } from './server/couch-http';
import { SERVER_FORMAT } from './server/documents';
import { setSyncState, syncState } from './sync-state';

/** Where the last pull from the server ended (CouchDB's update sequence; local, never synced). */
const SERVER_SEQ = 'server_seq';
const SERVER_SEQ_URL = 'server_seq_url';

/** Changes applied in one transaction when pulling from a server (a few MB at most). */
const APPLY_BATCH = 10_000;

export interface ServerSyncOptions extends SyncOptions, CouchHttpOptions {
  user: string;
  password: string;
  /** Documents per `_bulk_docs` request and `_changes` page (default 500). */
  batchSize?: number;
}

/** The database URL as kept and shown (no user info), or SYNC_SERVER_BAD_URL. */
export function serverUrl(text: string): string {
  const parsed = normalizeServerUrl(text);
  if (!parsed.ok) throw new AppError('SYNC_SERVER_BAD_URL', `${text}: ${parsed.reason}`, { url: text, reason: parsed.reason });
  return parsed.url;
}

/**
 * One exchange with the workspace's database on a CouchDB server (see
 * exchange): pull the teammates' changes with `_changes` page by page, applying
 * them a batch of pages at a time and then keeping the last page's sequence, then push this copy's changes with
 * `_bulk_docs`. A database that does not exist is created; one of another
 * workspace is refused before anything is written.
 */
export async function syncWithServer(ws: Workspace, url: string, options: ServerSyncOptions): Promise<SyncResult> {
  ws.assertWritable();
  const workspaceId = ws.workspaceId;
  if (!workspaceId) throw new AppError('INTERNAL', 'a workspace at schema 7 always has an id');
  const account: CouchAccount = { url: serverUrl(url), user: options.user, password: options.password };
  const db = await openServerDatabase(account, { ...options, workspaceId, deviceId: ws.deviceId });
  const transport: Transport = {
    target: { mode: 'server', url: account.url, user: account.user },
    async *pull() {
      // A sequence belongs to one database: another URL starts from the beginning.
      const since = syncState(ws.db, SERVER_SEQ_URL) === account.url ? (syncState(ws.db, SERVER_SEQ) ?? null) : null;
      // Pages are applied together, up to APPLY_BATCH changes: each apply reads again the history of every row it touches,
      // so 40,000 changes cost 3.1 s of CPU in one call and 9.6 s in pages of 500 (bench part 'sync').
      let batch: SyncChange[] = [];
      let seq: string | null = null;
      const take = () => {
        const at = seq!;
        const changes = batch;
        batch = [];
        seq = null;
        return {
          changes,
          commit: () => {
            setSyncState(ws.db, SERVER_SEQ, at);
            setSyncState(ws.db, SERVER_SEQ_URL, account.url);
          },
        };
      };
      for await (const page of db.pullChanges(since)) {
        batch.push(...page.changes);
        seq = page.seq;
        if (batch.length >= APPLY_BATCH) yield take();
      }
      if (seq !== null) yield take();
      const peers = await db.peers();
      yield { changes: [], peers, commit: () => undefined };
    },
    async push(changes) {
      const pushed = await db.pushChanges(changes);
      return pushed.written + pushed.alreadyThere;
    },
  };
  return exchange(ws, transport, options);
}

/** Where the last pull from `url` ended, for the runner's longpoll; null when it never pulled from there. */
export function serverSeq(ws: Workspace, url: string): string | null {
  return syncState(ws.db, SERVER_SEQ_URL) === url ? (syncState(ws.db, SERVER_SEQ) ?? null) : null;
}

/**
 * A new local workspace from a database on a server: it takes the database's
 * workspace id, starts without content of its own, and takes in every
 * teammate's change. A database that does not exist or holds no shared
 * workspace is refused, and nothing is created (not the file, not the database).
 */
export async function joinFromServer(
  url: string,
  out: string,
  lang: Lang,
  wsOptions: WorkspaceOptions,
  options: ServerSyncOptions,
): Promise<{ ws: Workspace; result: SyncResult }> {
  const account: CouchAccount = { url: serverUrl(url), user: options.user, password: options.password };
  const marker = await readServerMarker(account, options);
  if (!marker) throw new AppError('SYNC_SERVER_NOT_SHARED', `${account.url} has no shared workspace`, { url: account.url });
  if (marker.format > SERVER_FORMAT) {
    throw new AppError('SYNC_SERVER_NEWER_FORMAT', `${account.url} has format ${marker.format}`, { url: account.url, format: marker.format, supported: SERVER_FORMAT });
  }
  const ws = Workspace.create(out, lang, 'empty', wsOptions, undefined, { workspaceId: marker.workspaceId });
  try {
    return { ws, result: await syncWithServer(ws, account.url, options) };
  } catch (err) {
    ws.close();
    throw err;
  }
}
