import type { Lens } from '@shared/domain/types';
import type { ExportFile } from '@shared/matrix-io/types';

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

/**
 * Save an exported file the way a browser downloads one: a Blob URL on an
 * <a download>. Electron turns the same click into its save dialog.
 */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([fromBase64(file.contentBase64)], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A lens as one <select> value ("all", "customerType:<id>") and back. */
export const lensValue = (lens: Lens): string => (lens.kind === 'all' ? 'all' : `${lens.kind}:${lens.id}`);

export function lensFromValue(value: string): Lens {
  const [kind, ...rest] = value.split(':');
  const id = rest.join(':');
  if ((kind === 'customerType' || kind === 'typology' || kind === 'productDomain') && id) return { kind, id };
  return { kind: 'all' };
}
