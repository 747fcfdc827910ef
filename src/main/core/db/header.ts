import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SQLite format 3\u0000';

export type HeaderVerdict = 'sqlite' | 'not-sqlite' | 'empty' | 'header-only' | 'truncated';

export interface HeaderInfo {
  verdict: HeaderVerdict;
  size: number;
  /** Page size from the header (0 when there is no valid header). */
  pageSize: number;
  /** Bytes 18 and 19 say 2 (WAL) while a WAL session is open or was cut off; 1 after a clean close. */
  walMode: boolean;
}

/**
 * Look at the file before SQLite does: a file that is not a database at all must
 * get its own message, and a truncated one (fewer bytes than the header's page
 * count promises) must be caught even where SQLite would read on silently.
 */
export function inspectHeader(path: string): HeaderVerdict {
  return readHeader(path).verdict;
}

export function readHeader(path: string): HeaderInfo {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const info = (verdict: HeaderVerdict, pageSize = 0, walMode = false): HeaderInfo => ({ verdict, size, pageSize, walMode });
    if (size === 0) return info('empty');
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    if (read < 16 || header.toString('latin1', 0, 16) !== MAGIC) return info('not-sqlite');
    if (read < 100) return info('header-only');
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const walMode = header[18] === 2 || header[19] === 2;
    // A database is at least one whole page: less is a header and nothing more.
    if (size < pageSize) return info('header-only', pageSize, walMode);
    const changeCounter = header.readUInt32BE(24);
    const pageCount = header.readUInt32BE(28);
    const validFor = header.readUInt32BE(92);
    // The in-header page count is only trustworthy when it was written by the same change.
    if (pageCount > 0 && changeCounter === validFor && size < pageCount * pageSize) return info('truncated', pageSize, walMode);
    return info('sqlite', pageSize, walMode);
  } finally {
    closeSync(fd);
  }
}
