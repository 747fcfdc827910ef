import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

interface IconFormats {
  pngSize(png: Uint8Array): { width: number; height: number };
  icoFromPngs(pngs: Uint8Array[]): Buffer;
  icnsFromPngs(pngs: Uint8Array[]): Buffer;
}

// Plain JS (scripts/make-icons.js runs it with Node), so it is loaded and typed here.
const formats: IconFormats = await import(pathToFileURL(resolve(__dirname, 'icon-formats.js')).href);

/** The start of a PNG: signature and IHDR, which is all the container writers read. */
function fakePng(size: number, extra = 10): Buffer {
  const head = Buffer.alloc(33 + extra);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(head, 0);
  head.writeUInt32BE(13, 8);
  head.write('IHDR', 12, 'latin1');
  head.writeUInt32BE(size, 16);
  head.writeUInt32BE(size, 20);
  return head;
}

/** [type, length] of each element of an ICNS file, after checking its header. */
function icnsElements(icns: Buffer): [string, number][] {
  expect(icns.toString('latin1', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const out: [string, number][] = [];
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) out.push([icns.toString('latin1', at, at + 4), icns.readUInt32BE(at + 4)]);
  return out;
}

describe('icon containers', () => {
  it('reads a PNG size and refuses what is not a PNG', () => {
    expect(formats.pngSize(fakePng(48))).toEqual({ width: 48, height: 48 });
    expect(() => formats.pngSize(Buffer.from('GIF89a and more bytes than that'))).toThrow(/not a PNG/);
  });

  it('writes an ICO directory that points at each PNG (256 stored as 0)', () => {
    const pngs = [fakePng(16), fakePng(256, 20)];
    const ico = formats.icoFromPngs(pngs);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    const entry = (i: number) => ({
      width: ico.readUInt8(6 + 16 * i),
      bits: ico.readUInt16LE(6 + 16 * i + 6),
      size: ico.readUInt32LE(6 + 16 * i + 8),
      offset: ico.readUInt32LE(6 + 16 * i + 12),
    });
    expect(entry(0)).toEqual({ width: 16, bits: 32, size: pngs[0]!.length, offset: 38 });
    expect(entry(1)).toEqual({ width: 0, bits: 32, size: pngs[1]!.length, offset: 38 + pngs[0]!.length });
    expect(ico.subarray(entry(1).offset).equals(pngs[1]!)).toBe(true);
    expect(() => formats.icoFromPngs([fakePng(512)])).toThrow(/at most 256/);
  });

  it('writes an ICNS with the 1x and 2x element types for each size', () => {
    const icns = formats.icnsFromPngs([fakePng(32), fakePng(1024)]);
    expect(icnsElements(icns)).toEqual([
      ['icp5', 8 + 43],
      ['ic11', 8 + 43],
      ['ic10', 8 + 43],
    ]);
    expect(() => formats.icnsFromPngs([fakePng(20)])).toThrow(/no PNG of an ICNS size/);
  });

  it('made the committed app and document icons in every size the installers use', () => {
    for (const name of ['icon', 'file-icon']) {
      const types = icnsElements(readFileSync(resolve(__dirname, '..', 'build', `${name}.icns`))).map(([type]) => type);
      expect(types).toEqual(expect.arrayContaining(['icp4', 'ic07', 'ic08', 'ic09', 'ic10']));
      const ico = readFileSync(resolve(__dirname, '..', 'build', `${name}.ico`));
      const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
      expect(widths).toEqual([16, 24, 32, 48, 64, 128, 256]);
    }
    expect(formats.pngSize(readFileSync(resolve(__dirname, '..', 'build', 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });
});
