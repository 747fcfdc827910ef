import type { ExportFile } from '@shared/matrix-io/types';
import { downloadBlob } from '../../components/exportImage';

/** Bytes as base64 without one giant argument list (String.fromCharCode(...all) overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Save an exported file the way a browser downloads one (Electron turns it into its save dialog). */
export function downloadFile(file: ExportFile): void {
  downloadBlob(new Blob([fromBase64(file.contentBase64)], { type: file.mimeType }), file.fileName);
}

