import { AppError } from '@shared/errors';
import type { SyncOverview } from '@shared/sync/overview';
import type { Workspace } from '../workspace';
import { liveConflicts } from './conflict-view';
import type { SyncRunState } from './sync-runner';
import { lastSyncAt } from './exchange';
import { pushCursor, syncTarget } from './sync-state';

/** Facts the status needs beyond the workspace: the runner's last outcome and this laptop's name. */
export interface OverviewInputs {
  run: SyncRunState | null;
  displayName: string;
}

/**
 * The Sync panel's and top bar's status. Counted, not hoped: "pending" is this
 * file's own actions after the push cursor (an op made here has no base), and
 * the phase is the runner's last outcome.
 */
export function syncOverview(ws: Workspace, { run, displayName }: OverviewInputs): SyncOverview {
  const target = syncTarget(ws);
  const peers = ws.db
    .prepare('SELECT device_id AS deviceId, display_name AS displayName, last_seen_at AS lastSeenAt FROM sync_peers ORDER BY last_seen_at DESC')
    .all() as SyncOverview['teammates'];
  const openConflicts = liveConflicts(ws).length;
  const last = run?.last ?? null;
  const lastSync = lastSyncAt(ws);
  const skew = last?.clockSkew ?? null;
  return {
    mode: target?.mode ?? null,
    target: !target ? null : target.mode === 'folder' ? target.folder : target.url,
    user: target?.mode === 'server' ? target.user : null,
    phase: !target ? 'notShared' : (run?.phase ?? 'idle'),
    error: target ? (run?.error ?? null) : null,
    pending: target ? pendingChanges(ws) : 0,
    lastSyncAt: lastSync,
    last: last ? { at: lastSync ?? '', received: last.received, sent: last.sent, conflicts: last.conflicts } : null,
    teammates: peers.filter((peer) => peer.deviceId !== ws.deviceId),
    openConflicts,
    clockSkew: skew ? { teammate: peers.find((p) => p.deviceId === skew.device)?.displayName ?? skew.device, hours: Math.max(1, Math.round(skew.aheadMs / 3_600_000)) } : null,
    displayName,
  };
}

/** This file's own actions not yet handed over: cheap enough for a status asked after every exchange. */
export function pendingChanges(ws: Workspace): number {
  return ws.db.prepare('SELECT count(DISTINCT txn_seq) FROM journal_ops WHERE txn_seq > ? AND base IS NULL').pluck().get(pushCursor(ws)) as number;
}

/** "Keep the current value": closes the conflict, changes nothing else. */
export function dismissConflict(ws: Workspace, id: string): void {
  ws.assertWritable();
  const { changes } = ws.db.prepare(`UPDATE sync_conflicts SET state = 'dismissed' WHERE id = ? AND state = 'open'`).run(id);
  if (changes === 0) throw new AppError('NOT_FOUND', `No open conflict ${id}`, { id });
}
