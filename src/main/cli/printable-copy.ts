import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Workspace } from '../core';

export interface PrintableCopy {
  /** The copy, under the workspace's own file name (the report shows it). */
  path: string;
  /** A data folder of its own with the user's settings: no backups or recent entries for the copy. */
  dataDir: string;
  dispose(): void;
}

/**
 * The PDF is printed from a served workspace, and serving opens it for writing
 * (which rewrites the header even when nothing changes). Printing from a copy
 * made on a read-only open leaves the user's file byte for byte as it was.
 */
export function makePrintableCopy(file: string, options: { dataDir: string; deviceId?: string }): PrintableCopy {
  const dir = mkdtempSync(join(tmpdir(), 'cw-print-'));
  try {
    const dataDir = join(dir, 'data');
    mkdirSync(dataDir);
    for (const name of ['settings.json', 'sync-devices.json']) {
      const from = join(options.dataDir, name);
      if (existsSync(from)) copyFileSync(from, join(dataDir, name));
    }
    const source = resolve(file);
    const path = join(dir, basename(source));
    const ws = Workspace.open(source, { dataDir: options.dataDir, deviceId: options.deviceId, readOnly: true });
    try {
      ws.saveCopy(path);
    } finally {
      ws.close();
    }
    return { path, dataDir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
