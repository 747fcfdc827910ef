import type { SyncChange } from '@shared/sync/change';
import type { SyncTarget } from '@shared/sync/target';
import type { Workspace } from '../workspace';
import { applyRemoteChanges, type ApplyResult } from './apply';
import { localChangesSince } from './export';
import type { Peer, SkippedFile } from './folder';
import { notePeerAnnouncements } from './peers';
import { markPushed, pushCursor, setSyncState, setSyncTarget } from './sync-state';

const LAST_SYNC = 'last_sync_at';

/** Who this copy is, for the teammates' Sync panel and history. */
export interface SyncOptions {
  displayName: string;
  appVersion: string;
  /** The wall clock (tests pass their own). */
  now?: () => Date;
}

/** What one exchange moved, whatever the transport. */
export interface SyncResult {
  target: SyncTarget;
  /** Changes taken in from teammates (new ones), and those already here. */
  received: number;
  alreadyHere: number;
  /** This copy's changes handed to the folder or server now. */
  sent: number;
  conflicts: number;
  clockSkew: ApplyResult['clockSkew'];
  /** The teammates the folder or server announces. */
  peers: Peer[];
  /** Folder only: files passed over (half-written, damaged, temporary), looked at again next time. */
  skipped: SkippedFile[];
}

/** Changes from a transport, and how to remember that they were taken in. */
export interface PulledBatch {
  changes: SyncChange[];
  peers?: Peer[];
  skipped?: SkippedFile[];
  /** Record the transport's pull position; runs in the workspace transaction that follows the apply. */
  commit(): void;
}

/**
 * A meeting place of one workspace's laptops, seen by the engine: it only moves
 * changes. Which to send and how to apply what arrives is decided here.
 */
export interface Transport {
  readonly target: SyncTarget;
  /** The teammates' changes since the last committed position, in batches. */
  pull(): AsyncIterable<PulledBatch>;
  /** Hand over this copy's changes; resolves once the transport holds all of them, with how many it took. */
  push(changes: readonly SyncChange[]): Promise<number>;
}

/**
 * One exchange, the same for a folder and a server: pull and apply the
 * teammates' changes batch by batch, then push this copy's changes since the
 * target's push cursor and move the cursor. Pull before push, so what this copy
 * sends was made knowing what it received. A pull position is committed only
 * after its changes are applied, so a crash in between reads them again (and
 * applying is idempotent); the push cursor moves only once the transport holds
 * every change, so a push cut short is repeated whole, and the transport
 * recognises what it already has.
 */
export async function exchange(ws: Workspace, transport: Transport, options: SyncOptions): Promise<SyncResult> {
  const { target } = transport;
  const result: SyncResult = { target, received: 0, alreadyHere: 0, sent: 0, conflicts: 0, clockSkew: null, peers: [], skipped: [] };
  for await (const batch of transport.pull()) {
    const applied = applyRemoteChanges(ws, batch.changes);
    result.received += applied.applied;
    result.alreadyHere += applied.skipped;
    result.conflicts += applied.conflicts;
    if (applied.clockSkew && (!result.clockSkew || applied.clockSkew.aheadMs > result.clockSkew.aheadMs)) result.clockSkew = applied.clockSkew;
    if (batch.peers) result.peers = batch.peers;
    if (batch.skipped) result.skipped.push(...batch.skipped);
    ws.db.transaction(() => {
      notePeerAnnouncements(ws, batch.peers ?? []);
      batch.commit();
      setSyncTarget(ws.db, target);
    })();
  }

  const outgoing = localChangesSince(ws, pushCursor(ws, target));
  // Each change says who made it, so the teammates' history and Sync panel can name them.
  const authored = options.displayName.trim() === '' ? outgoing.changes : outgoing.changes.map((change) => ({ ...change, author: options.displayName }));
  result.sent = await transport.push(authored);
  markPushed(ws, outgoing.cursor, target);
  setSyncState(ws.db, LAST_SYNC, (options.now?.() ?? new Date()).toISOString());
  return result;
}

export function lastSyncAt(ws: Workspace): string | null {
  return (ws.db.prepare('SELECT value FROM sync_state WHERE key = ?').pluck().get(LAST_SYNC) as string | undefined) ?? null;
}
