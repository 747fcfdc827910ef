import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { decodeChange, encodeChange, type SyncChange } from '@shared/sync/change';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** A segment unpacks to at most this much text: a hostile or damaged file must not exhaust memory. */
export const MAX_SEGMENT_TEXT = 512 * 1024 * 1024;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Changes as gzip'd JSON lines, one change a line. zlib runs off the main thread, so a big push does not freeze the window. */
export async function encodeSegment(changes: readonly SyncChange[]): Promise<Buffer> {
  const text = changes.map((c) => `${encodeChange(c)}\n`).join('');
  return gzipAsync(Buffer.from(text, 'utf8'));
}

export interface DecodedSegment {
  changes: SyncChange[];
  /** Lines that are not a change (torn, or from a program that is not Channelwise). */
  badLines: number;
}

/** The changes in a segment's bytes; throws when the bytes are not a complete gzip stream. */
export async function decodeSegment(bytes: Uint8Array): Promise<DecodedSegment> {
  const text = (await gunzipAsync(bytes, { maxOutputLength: MAX_SEGMENT_TEXT })).toString('utf8');
  const changes: SyncChange[] = [];
  let badLines = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const change = decodeChange(line);
    if (change) changes.push(change);
    else badLines++;
  }
  return { changes, badLines };
}
