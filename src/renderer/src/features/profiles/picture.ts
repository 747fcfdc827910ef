/** Pure checks for customer-type pictures; the canvas work is in pictureResize.ts. */

/** Longest side of a stored picture, in pixels. */
export const PICTURE_MAX_SIDE = 256;
/**
 * Largest file we try to decode. Shrinking makes any picture small, but
 * decoding a huge file would freeze the window first.
 */
export const PICTURE_MAX_FILE_BYTES = 15 * 1024 * 1024;
/** The contract's limit on the stored data URL (catalogPatchSchema: picture). */
export const PICTURE_MAX_DATA_URL = 2_000_000;

const IMAGE_TYPE = /^image\/(png|jpeg|gif|webp|svg\+xml|bmp|avif)$/i;
const IMAGE_NAME = /\.(png|jpe?g|gif|webp|svg|bmp|avif)$/i;

export type PictureProblem = 'notImage' | 'fileTooLarge' | 'unreadable' | 'resultTooLarge';

/** Why a chosen file cannot become a picture, or null when it is worth decoding. */
export function checkPictureFile(file: { name: string; type: string; size: number }): PictureProblem | null {
  // Some systems report no type for a known extension; trust the name then, never the other way round.
  const looksLikeImage = file.type ? IMAGE_TYPE.test(file.type) : IMAGE_NAME.test(file.name);
  if (!looksLikeImage) return 'notImage';
  if (file.size > PICTURE_MAX_FILE_BYTES) return 'fileTooLarge';
  if (file.size === 0) return 'unreadable';
  return null;
}

/** The size to draw at: within max x max, keeping the aspect ratio, never enlarged, at least 1 px. */
export function fitWithin(width: number, height: number, max = PICTURE_MAX_SIDE): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * What to encode as: PNG keeps the transparency of drawings and logos; a
 * photograph is far smaller as JPEG.
 */
export function outputTypeFor(fileType: string): 'image/png' | 'image/jpeg' {
  return /^image\/(jpeg|bmp|avif)$/i.test(fileType) ? 'image/jpeg' : 'image/png';
}

/** Whether a data URL may be stored as a picture. */
export function checkDataUrl(url: string): PictureProblem | null {
  if (!url.startsWith('data:image/')) return 'unreadable';
  if (url.length > PICTURE_MAX_DATA_URL) return 'resultTooLarge';
  return null;
}

/** File sizes in messages: "22.4 MB", in the UI's language. */
export function formatBytes(bytes: number, lang: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
