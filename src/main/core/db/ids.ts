import { createHash } from 'node:crypto';

/** Namespace for ids derived from keys (cells, preferences, dimension values). */
export const ID_NAMESPACE = '6f1b8c2e-4a7d-4c55-9a0e-2b7f3d9c1e84';
const NAMESPACE_BYTES = Buffer.from(ID_NAMESPACE.replace(/-/g, ''), 'hex');

/**
 * UUIDv5 (RFC 9562) of the parts joined by '|'. Same output as the `uuid`
 * package's v5, but on Node's native SHA-1: a bulk load derives ~86,000 cell ids,
 * and the package's portable hash made that a tenth of the whole load.
 */
export function derivedId(...parts: string[]): string {
  const hash = createHash('sha1').update(NAMESPACE_BYTES).update(parts.join('|'), 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
