import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SQLite format 3\u0000';

export type HeaderVerdict = 'sqlite' | 'not-sqlite' | 'empty' | 'truncated';

/**
 * Look at the file before SQLite does: a file that is not a database at all must
 * get its own message, and a truncated one (fewer bytes than the header's page
 * count promises) must be caught even where SQLite would read on silently.
 */
export function inspectHeader(path: string): HeaderVerdict {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return 'empty';
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read < 16 || header.toString('latin1', 0, 16) !== MAGIC) return 'not-sqlite';
    if (read < 100) return 'truncated';
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const changeCounter = header.readUInt32BE(24);
    const pageCount = header.readUInt32BE(28);
    const validFor = header.readUInt32BE(92);
    // The in-header page count is only trustworthy when it was written by the same change.
    if (pageCount > 0 && changeCounter === validFor && size < pageCount * pageSize) return 'truncated';
    return 'sqlite';
  } finally {
    closeSync(fd);
  }
}
