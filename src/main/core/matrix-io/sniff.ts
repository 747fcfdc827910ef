import { extname } from 'node:path';
import { AppError } from '@shared/errors';
import { tooLargeParams } from '@shared/matrix-io/limits';
import { MAX_IMPORT_BYTES } from '@shared/matrix-io/types';

export type SniffedFile = { format: 'xlsx'; bytes: Buffer } | { format: 'csv'; text: string };

const startsWith = (bytes: Buffer, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

/** Refuse before decoding: base64 is 4 characters per 3 bytes. */
export function decodeUpload(fileName: string, contentBase64: string): Buffer {
  const size = Math.floor((contentBase64.replace(/=+$/, '').length * 3) / 4);
  assertSize(fileName, size);
  return Buffer.from(contentBase64, 'base64');
}

export function assertSize(fileName: string, size: number): void {
  if (size > MAX_IMPORT_BYTES) {
    throw new AppError('IMPORT_TOO_LARGE', `${fileName} is ${size} bytes`, tooLargeParams(fileName, size));
  }
}

/**
 * What a file really is, by its first bytes rather than its name: a zip is a
 * workbook candidate, anything that decodes as text is CSV. A .xlsx name on
 * something that is not a zip, an old binary .xls (also how Excel stores
 * password-protected files) or other binary data are refused with a reason.
 */
export function sniffFile(fileName: string, bytes: Buffer): SniffedFile {
  assertSize(fileName, bytes.length);
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return { format: 'xlsx', bytes };
  if (startsWith(bytes, OLE)) throw new AppError('IMPORT_UNSUPPORTED_TYPE', `${fileName} is an OLE file`, { name: fileName });
  if (XLSX_EXTENSIONS.has(extname(fileName).toLowerCase())) {
    throw new AppError('IMPORT_UNREADABLE', `${fileName} is not a zip archive`, { name: fileName, detail: 'not a zip archive' });
  }
  const text = decodeText(bytes);
  // Binary control characters do not occur in a text sheet.
  if (hasBinaryControls(text)) {
    throw new AppError('IMPORT_UNSUPPORTED_TYPE', `${fileName} is binary`, { name: fileName });
  }
  return { format: 'csv', text };
}

/** Control characters other than tab, line breaks, form feed and escape (which some exports keep). */
function hasBinaryControls(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1b) return true;
  }
  return false;
}

/**
 * Text as spreadsheets save it: UTF-8 with or without a BOM, UTF-16 with a
 * BOM (Excel's "Unicode text"), and Windows-1252 where the bytes are not
 * valid UTF-8 (older Excel's "CSV" on Windows).
 */
export function decodeText(bytes: Buffer): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
