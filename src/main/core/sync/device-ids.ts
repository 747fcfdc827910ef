import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { atomicWriteFileSync } from '../files/atomic-write';

/**
 * The device id that stamps this copy's journal. It belongs to a laptop AND a
 * copy of the workspace: kept in the per-user data folder (never in the file),
 * keyed by the workspace id and the file's real path, so a file copied to
 * another path or another laptop gets its own id. Two copies writing under one
 * device id would produce clocks that are no longer unique, and the sync would
 * take one copy's changes for the other's.
 */
const FILE = 'sync-devices.json';

interface Entry {
  workspace: string;
  path: string;
  id: string;
}

function readEntries(dataDir: string): Entry[] {
  try {
    const raw = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as { devices?: unknown };
    if (!Array.isArray(raw.devices)) return [];
    return raw.devices.filter(
      (e): e is Entry =>
        typeof e === 'object' && e !== null && typeof (e as Entry).workspace === 'string' && typeof (e as Entry).path === 'string' && isDeviceId((e as Entry).id),
    );
  } catch {
    return [];
  }
}

export function isDeviceId(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{16}$/.test(value);
}

export function newDeviceId(): string {
  return randomBytes(8).toString('hex');
}

/**
 * This copy's device id, made and remembered on first use. `remember: false`
 * (a file opened read-only, which journals nothing) only looks it up and
 * otherwise returns a fresh id without writing anything.
 */
export function deviceIdFor(dataDir: string, workspaceId: string, realPath: string, remember = true): string {
  const entries = readEntries(dataDir);
  const found = entries.find((e) => e.workspace === workspaceId && e.path === realPath);
  if (found) return found.id;
  const id = newDeviceId();
  if (remember) {
    const path = join(dataDir, FILE);
    mkdirSync(dirname(path), { recursive: true });
    atomicWriteFileSync(path, JSON.stringify({ devices: [...entries, { workspace: workspaceId, path: realPath, id }] }, null, 2));
  }
  return id;
}
