import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { HeaderInfo } from './header';

const WAL_MAGIC = [0x377f0682, 0x377f0683];
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

/**
 * Why the `-wal` beside a database cannot be its own, or null when it may be.
 * SQLite replays any -wal it finds, so this runs before SQLite opens the file:
 *
 * - a database closed cleanly says so in its header (bytes 18/19 back to 1,
 *   "rollback journal"): a WAL with frames beside it is left over from another
 *   copy or an older session (a restored backup next to an old -wal);
 * - the WAL header records the page size it was written for: another page
 *   size is another database;
 * - a WAL whose first frame does not carry the header's salts holds nothing
 *   SQLite would replay; it is no danger and is left alone.
 *
 * A WAL without a valid header or without frames is ignored by SQLite too.
 */
export function foreignWalReason(walPath: string, db: HeaderInfo): string | null {
  let fd: number;
  try {
    fd = openSync(walPath, 'r');
  } catch {
    return null; // no -wal
  }
  try {
    const size = fstatSync(fd).size;
    if (size < WAL_HEADER + FRAME_HEADER) return null;
    const head = Buffer.alloc(WAL_HEADER + FRAME_HEADER);
    if (readSync(fd, head, 0, head.length, 0) < head.length) return null;
    if (!WAL_MAGIC.includes(head.readUInt32BE(0))) return null;
    const walPageSize = head.readUInt32BE(8);
    const salt1 = head.readUInt32BE(16);
    const salt2 = head.readUInt32BE(20);
    const frameSalt1 = head.readUInt32BE(WAL_HEADER + 8);
    const frameSalt2 = head.readUInt32BE(WAL_HEADER + 12);
    if (frameSalt1 !== salt1 || frameSalt2 !== salt2) return null; // no valid frames: nothing to replay
    if (size < WAL_HEADER + FRAME_HEADER + walPageSize) return null;
    if (walPageSize !== db.pageSize) return `it was written for pages of ${walPageSize} bytes, the workspace has ${db.pageSize}`;
    if (!db.walMode) return 'the workspace was closed properly after it was written';
    return null;
  } finally {
    closeSync(fd);
  }
}
