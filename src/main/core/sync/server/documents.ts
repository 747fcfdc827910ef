import { z } from 'zod';
import { syncChangeSchema, type SyncChange } from '@shared/sync/change';

/**
 * What a Channelwise database on a CouchDB server holds:
 * - `channelwise-workspace`: the marker (workspace id, format), written once;
 * - `channelwise-device:<device id>`: a laptop's card (display name, app
 *   version, last seen), written only by that laptop;
 * - every other document is one change, `_id` = the change's id, its body the
 *   change as in a folder segment's line. Written once, never updated, so
 *   CouchDB's revision conflicts cannot happen.
 */
export const MARKER_ID = 'channelwise-workspace';
export const DEVICE_PREFIX = 'channelwise-device:';
const OWN_PREFIX = 'channelwise-';

/** The database layout this version writes and reads. A newer one is refused rather than half understood. */
export const SERVER_FORMAT = 1;

export const markerSchema = z.object({ workspaceId: z.string().min(1), format: z.number().int().positive(), created: z.string() }).passthrough();
export type ServerMarker = z.infer<typeof markerSchema>;

export const deviceSchema = z.object({ displayName: z.string(), appVersion: z.string(), lastSeen: z.string() }).passthrough();
export type DeviceDoc = z.infer<typeof deviceSchema>;

export function deviceDocId(deviceId: string): string {
  return `${DEVICE_PREFIX}${deviceId}`;
}

export function changeToDoc(change: SyncChange): Record<string, unknown> {
  return { ...change, _id: change.id };
}

/**
 * A document back as a change, or null for anything else: our marker and
 * device cards, design documents, deleted documents, another program's
 * documents. CouchDB's own fields (`_id`, `_rev`, ...) are dropped, so a
 * change passed on to a folder carries none of them; unknown fields a newer
 * version added are kept.
 */
export function docToChange(doc: unknown): SyncChange | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const id = '_id' in doc && typeof doc._id === 'string' ? doc._id : '';
  if (id === '' || id.startsWith(OWN_PREFIX) || id.startsWith('_')) return null;
  if ('_deleted' in doc && doc._deleted === true) return null;
  const body = Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('_')));
  const parsed = syncChangeSchema.safeParse(body);
  return parsed.success && parsed.data.id === id ? parsed.data : null;
}
