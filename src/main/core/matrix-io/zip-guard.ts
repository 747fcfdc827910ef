import { inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { AppError } from '@shared/errors';

export interface ZipLimits {
  /** Most entries; a workbook has tens. */
  maxEntries: number;
  /** Most bytes all entries may unpack to, together. */
  maxTotalBytes: number;
  /** Highest unpacked/packed ratio of one entry larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/**
 * A 3 MB workbook unpacks to some tens of MB at most (sheet XML packs 5-20x);
 * zip bombs pack at 1000x and claim gigabytes. These limits pass every real
 * matrix workbook and keep what exceljs later holds in memory small.
 */
export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxTotalBytes: 40 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

interface Entry {
  name: string;
  method: number;
  flags: number;
  packed: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Unpack a zip only after its central directory has been checked against the
 * limits (entry count, total declared size, per-entry ratio), and with every
 * inflation capped at the size the directory declared: an archive that lies
 * about its sizes is stopped at the lie, not after filling memory.
 */
export function unzipBounded(bytes: Buffer, fileName: string, limits: ZipLimits = ZIP_LIMITS): Map<string, Buffer> {
  const unreadable = (detail: string) => new AppError('IMPORT_UNREADABLE', `${fileName}: ${detail}`, { name: fileName, detail });
  const bomb = (detail: string) =>
    new AppError('IMPORT_ZIP_BOMB', `${fileName}: ${detail}`, { name: fileName, max: limits.maxTotalBytes / (1024 * 1024) });

  const entries = readDirectory(bytes, limits, unreadable, bomb);
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > limits.maxTotalBytes) throw bomb(`declares more than ${limits.maxTotalBytes} bytes`);
    if (entry.size > limits.ratioFloorBytes && entry.size / Math.max(1, entry.packed) > limits.maxRatio) {
      throw bomb(`${entry.name} packs ${entry.size} bytes into ${entry.packed}`);
    }
  }

  const files = new Map<string, Buffer>();
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    if (entry.flags & 1) throw unreadable('the workbook is encrypted');
    if (bytes.length < entry.localOffset + 30 || bytes.readUInt32LE(entry.localOffset) !== LOCAL) throw unreadable('broken zip entry');
    const start = entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
    if (start + entry.packed > bytes.length) throw unreadable('truncated zip archive');
    const packed = bytes.subarray(start, start + entry.packed);
    let data: Buffer;
    if (entry.method === 0) data = packed;
    else if (entry.method === 8) {
      try {
        // +1 so that "more than declared" is detectable rather than silently cut off.
        data = inflateRawSync(packed, { maxOutputLength: entry.size + 1 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw bomb(`${entry.name} unpacks to more than it declares`);
        throw unreadable((err as Error).message);
      }
    } else throw unreadable(`unsupported compression method ${entry.method}`);
    if (data.length > entry.size) throw bomb(`${entry.name} unpacks to more than it declares`);
    if (data.length !== entry.size) throw unreadable(`${entry.name} is damaged`);
    files.set(entry.name, data);
  }
  return files;
}

function readDirectory(
  bytes: Buffer,
  limits: ZipLimits,
  unreadable: (detail: string) => AppError,
  bomb: (detail: string) => AppError,
): Entry[] {
  const end = findEndRecord(bytes);
  if (end < 0) throw unreadable('not a zip archive');
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw unreadable('ZIP64 archives are not spreadsheets');
  if (count > limits.maxEntries) throw bomb(`${count} entries`);
  if (offset + size > bytes.length) throw unreadable('truncated zip archive');
  const entries: Entry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw unreadable('broken zip directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: Entry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      packed: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.size === 0xffffffff || entry.packed === 0xffffffff) throw unreadable('ZIP64 archives are not spreadsheets');
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** The end-of-central-directory record sits in the last 22 bytes plus a comment of up to 64 kB. */
function findEndRecord(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/**
 * The checked entries as a new zip with nothing compressed, for exceljs to
 * load: the library then never inflates anything we have not measured.
 */
export function repackStored(files: ReadonlyMap<string, Buffer>): ArrayBuffer {
  const zippable: Record<string, Uint8Array> = {};
  for (const [name, data] of files) zippable[name] = data;
  const zipped = zipSync(zippable, { level: 0 });
  return zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength);
}
