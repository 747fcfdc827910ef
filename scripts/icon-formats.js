// Windows ICO and macOS ICNS containers around PNG images, so the icons are made
// from one SVG with ImageMagick alone (it renders PNG and ICO but not ICNS).
// Both formats accept PNG-compressed entries (ICO since Vista, ICNS since 10.7).

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The width and height in a PNG's IHDR chunk.
 * @param {Uint8Array} png
 * @returns {{ width: number, height: number }}
 */
export function pngSize(png) {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG image');
  }
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * An ICO file holding the given square PNGs (at most 256 px each).
 * @param {Uint8Array[]} pngs
 * @returns {Buffer}
 */
export function icoFromPngs(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  const entries = [];
  let offset = 6 + 16 * pngs.length;
  for (const png of pngs) {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error(`an ICO image is at most 256 px, not ${width}x${height}`);
    const entry = Buffer.alloc(16);
    entry.writeUInt8(width === 256 ? 0 : width, 0); // 0 means 256
    entry.writeUInt8(height === 256 ? 0 : height, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.byteLength, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.byteLength;
  }
  return Buffer.concat([header, ...entries, ...pngs]);
}

/** ICNS element types that hold a PNG, by pixel size (the @2x types repeat sizes). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32], // 16@2x
  ['icp6', 64],
  ['ic12', 64], // 32@2x
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256], // 128@2x
  ['ic09', 512],
  ['ic14', 512], // 256@2x
  ['ic10', 1024], // 512@2x
];

/**
 * An ICNS file with every element type whose size is among the PNGs.
 * @param {Uint8Array[]} pngs square PNGs, one per size
 * @returns {Buffer}
 */
export function icnsFromPngs(pngs) {
  const bySize = new Map(pngs.map((png) => [pngSize(png).width, png]));
  const elements = [];
  for (const [type, size] of ICNS_TYPES) {
    const png = bySize.get(size);
    if (!png) continue;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.byteLength, 4);
    elements.push(head, png);
  }
  if (elements.length === 0) throw new Error('no PNG of an ICNS size (16, 32, 64, 128, 256, 512, 1024)');
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}
