import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './files';

describe('matrix-io file helpers', () => {
  it('encodes bytes as base64 and back, also past the chunk size', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) & 0xff);
    const text = toBase64(bytes);
    expect(fromBase64(text)).toEqual(bytes);
    expect(toBase64(new TextEncoder().encode('Aantrekken;Winkel'))).toBe(btoa('Aantrekken;Winkel'));
  });
});
