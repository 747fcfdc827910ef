import { z } from 'zod';

/**
 * What travels between laptops: one journal action (a row of journal_txns) with
 * the field ops it made. Its id is the action's UUIDv7, so a change that arrives
 * twice (a duplicated file, a repeated push) is recognised and taken in once.
 * A change is immutable once written: transports only ever add changes.
 *
 * This is the format of a line in a shared folder's `.ops.gz` segment and of a
 * document's body in a CouchDB database; `v` is its version. Fields a newer
 * version adds are kept (passthrough), so a laptop running this version passes
 * them on unchanged instead of dropping them.
 */
export const CHANGE_FORMAT = 1;

/** A field value as JSON: text, a number, null, or bytes (a picture) in base64. */
export type SyncValue = string | number | null | { b64: string };

const valueSchema = z.union([z.string(), z.number(), z.null(), z.object({ b64: z.string() }).strict()]);

/**
 * One field's new value. `tbl` a table this version does not know is journaled but
 * not applied; `col` is a column, or '*' for a new row (value: the row's values as
 * JSON text, as in journal_ops). `base`: the HLC of the value this op replaced on
 * the laptop that made it (absent when there was none): a receiver whose field
 * holds a value with another clock knows the two were changed apart (a conflict),
 * not one after the other.
 */
const opSchema = z
  .object({
    tbl: z.string().min(1),
    row: z.string().min(1),
    col: z.string().min(1),
    value: valueSchema,
    base: z.string().min(1).optional(),
  })
  .passthrough();

export const syncChangeSchema = z
  .object({
    v: z.number().int().positive(),
    id: z.string().min(1),
    hlc: z.string().min(1),
    device: z.string().min(1),
    kind: z.enum(['edit', 'undo', 'redo', 'restore', 'import']),
    label: z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).passthrough(),
    author: z.string().optional(),
    ops: z.array(opSchema),
  })
  .passthrough();

/**
 * `id`: the journal action's UUIDv7. `hlc`: its hybrid logical clock timestamp
 * (sorts as text; ends with the device id). `label`: the history's description
 * (an i18n key and its parameters). `author`: the display name of whoever made
 * it, when they had set one.
 */
export type SyncChange = z.infer<typeof syncChangeSchema>;
export type SyncOp = SyncChange['ops'][number];

/** A value read from SQLite, as JSON. */
export function toSyncValue(value: string | number | bigint | Uint8Array | null): SyncValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return { b64: bytesToBase64(value) };
}

/** A JSON value back as what SQLite stores. */
export function fromSyncValue(value: SyncValue): string | number | Uint8Array | null {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  return base64ToBytes(value.b64);
}

/** The change as one line of JSON (no newline inside: JSON.stringify escapes them). */
export function encodeChange(change: SyncChange): string {
  return JSON.stringify(change);
}

/** A line back as a change, or null when it is not one (a torn line, another program's file). */
export function decodeChange(line: string): SyncChange | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = syncChangeSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Changes in the order every laptop applies them: by clock, the device id breaking ties (it ends the HLC text). */
export function byHlc(a: SyncChange, b: SyncChange): number {
  return a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0;
}

// src/shared stays free of Node: plain base64 through btoa/atob (in Node 16+ and every browser).
function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let at = 0; at < bytes.length; at += CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
