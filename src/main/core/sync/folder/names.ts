/**
 * File names in a shared sync folder. A segment is
 * `<from>_<to>_<sha256>.ops.gz`: from and to are the first and last change's
 * clock made safe for every file system (no ':' for Windows, no '/' anywhere),
 * still sorting as text; the hash is of the file's bytes, so a reader can tell
 * a complete file from one a cloud client is still writing.
 */
export const MARKER_NAME = 'channelwise-sync.json';
export const DEVICES_DIR = 'devices';
export const DEVICE_FILE = 'device.json';
export const SEGMENT_SUFFIX = '.ops.gz';

const STAMP = String.raw`\d{8}T\d{9}Z-[0-9a-f]{4}`;
const SEGMENT_PATTERN = new RegExp(`^(${STAMP})_(${STAMP})_([0-9a-f]{64})(.*)$`);
const HLC_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z-([0-9a-f]{4})-/;
/** Device ids become folder names: keep them to characters every file system and cloud client accepts. */
const DEVICE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** `2026-12-02T10:00:00.000Z-0000-<device>` as `20261202T100000000Z-0000`. */
export function hlcToStamp(hlc: string): string {
  const m = HLC_TIME.exec(hlc);
  if (!m) throw new Error(`Not a hybrid logical clock timestamp: ${hlc}`);
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}${m[7]}Z-${m[8]}`;
}

export function segmentName(fromHlc: string, toHlc: string, sha256: string): string {
  return `${hlcToStamp(fromHlc)}_${hlcToStamp(toHlc)}_${sha256}${SEGMENT_SUFFIX}`;
}

export function isSafeDeviceId(id: string): boolean {
  return DEVICE_ID.test(id);
}

export interface SegmentName {
  from: string;
  to: string;
  /** The hash the writer put in the name: of the bytes it wrote. */
  hash: string;
  /** A cloud client's copy ("conflicted copy", "(1)", "-DESKTOP-ABC", ".sync-conflict-…") rather than the file as written. */
  copy: boolean;
}

/**
 * What a file name says about a segment, or null when it names none: hidden
 * files (ours and the cloud clients' temporary files start with '.'), temporary
 * suffixes, anything else. Cloud clients mark a copy by inserting text before
 * the extension, and they disagree on which extension: Dropbox and OneDrive
 * take the last one (`X.ops (conflicted copy 2026-12-02).gz`, `X.ops-DESKTOP-ABC.gz`),
 * Syncthing too (`X.ops.sync-conflict-20261202-101010-ABCDEFG.gz`), others the
 * whole `.ops.gz` (`X (1).ops.gz`). So any name that starts like a segment and
 * ends in `.gz` counts; a copy is trusted for nothing but its content, which
 * the reader verifies.
 */
export function parseSegmentName(name: string): SegmentName | null {
  if (name.startsWith('.')) return null;
  const m = SEGMENT_PATTERN.exec(name);
  if (!m) return null;
  const rest = m[4]!;
  if (rest === SEGMENT_SUFFIX) return { from: m[1]!, to: m[2]!, hash: m[3]!, copy: false };
  if (!rest.toLowerCase().endsWith('.gz')) return null;
  return { from: m[1]!, to: m[2]!, hash: m[3]!, copy: true };
}
