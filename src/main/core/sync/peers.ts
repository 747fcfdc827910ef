import type { SyncChange } from '@shared/sync/change';
import type { Workspace } from '../workspace';
import type { Peer } from './folder';

/* The teammates this laptop knows of (sync_peers): written from the changes received and from what the transports announce. */

/** Remember the laptops seen: the latest clock of each, and its display name when a change carried one. */
export function notePeersFromChanges(ws: Workspace, changes: readonly SyncChange[]): void {
  const upsert = ws.db.prepare(
    `INSERT INTO sync_peers (device_id, display_name, last_hlc, last_seen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (device_id) DO UPDATE SET
       display_name = coalesce(excluded.display_name, display_name),
       last_hlc = max(last_hlc, excluded.last_hlc),
       last_seen_at = excluded.last_seen_at`,
  );
  const seenAt = new Date().toISOString();
  for (const change of changes) if (change.device !== ws.deviceId) upsert.run(change.device, change.author ?? null, change.hlc, seenAt);
}

/**
 * The teammates the transport announces (device.json, device documents), with
 * their names, so the status names them even before a change of theirs has
 * arrived. A name their changes carried later wins; the clock stays the last
 * one received.
 */
export function notePeerAnnouncements(ws: Workspace, peers: readonly Peer[]): void {
  if (peers.length === 0) return;
  const upsert = ws.db.prepare(
    `INSERT INTO sync_peers (device_id, display_name, last_hlc, last_seen_at) VALUES (?, ?, '', ?)
     ON CONFLICT (device_id) DO UPDATE SET
       display_name = coalesce(excluded.display_name, display_name),
       last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
  );
  for (const peer of peers) if (peer.deviceId !== ws.deviceId && peer.lastSeen) upsert.run(peer.deviceId, peer.displayName, peer.lastSeen);
}
