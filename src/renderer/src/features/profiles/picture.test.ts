import { describe, expect, it } from 'vitest';
import {
  checkDataUrl,
  checkPictureFile,
  fitWithin,
  formatBytes,
  outputTypeFor,
  PICTURE_MAX_DATA_URL,
  PICTURE_MAX_FILE_BYTES,
} from './picture';

describe('picture checks', () => {
  it('accepts images and refuses other files', () => {
    expect(checkPictureFile({ name: 'a.png', type: 'image/png', size: 1000 })).toBeNull();
    expect(checkPictureFile({ name: 'logo.svg', type: 'image/svg+xml', size: 1000 })).toBeNull();
    expect(checkPictureFile({ name: 'photo.JPG', type: '', size: 1000 })).toBeNull();
    expect(checkPictureFile({ name: 'notes.txt', type: 'text/plain', size: 10 })).toBe('notImage');
    expect(checkPictureFile({ name: 'x.png', type: 'application/pdf', size: 10 })).toBe('notImage');
    expect(checkPictureFile({ name: 'film.tiff', type: 'image/tiff', size: 10 })).toBe('notImage');
  });

  it('refuses a file over the limit and an empty one', () => {
    expect(checkPictureFile({ name: 'big.png', type: 'image/png', size: PICTURE_MAX_FILE_BYTES })).toBeNull();
    expect(checkPictureFile({ name: 'big.png', type: 'image/png', size: PICTURE_MAX_FILE_BYTES + 1 })).toBe('fileTooLarge');
    expect(checkPictureFile({ name: 'empty.png', type: 'image/png', size: 0 })).toBe('unreadable');
  });

  it('checks the stored data URL against the contract', () => {
    expect(checkDataUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(checkDataUrl('data:text/html,hi')).toBe('unreadable');
    expect(checkDataUrl(`data:image/png;base64,${'A'.repeat(PICTURE_MAX_DATA_URL)}`)).toBe('resultTooLarge');
  });
});

describe('fitWithin', () => {
  it('shrinks to 256 on the longest side, keeping the shape', () => {
    expect(fitWithin(1024, 512)).toEqual({ width: 256, height: 128 });
    expect(fitWithin(300, 900)).toEqual({ width: 85, height: 256 });
  });

  it('never enlarges, and keeps at least one pixel', () => {
    expect(fitWithin(100, 40)).toEqual({ width: 100, height: 40 });
    expect(fitWithin(10_000, 1)).toEqual({ width: 256, height: 1 });
    expect(fitWithin(0, 10)).toEqual({ width: 0, height: 0 });
  });
});

describe('encoding and sizes', () => {
  it('keeps PNG for drawings and uses JPEG for photos', () => {
    expect(outputTypeFor('image/jpeg')).toBe('image/jpeg');
    expect(outputTypeFor('image/png')).toBe('image/png');
    expect(outputTypeFor('image/svg+xml')).toBe('image/png');
  });

  it('formats sizes for messages', () => {
    expect(formatBytes(500, 'en')).toBe('500 bytes');
    expect(formatBytes(22.4 * 1024 * 1024, 'en')).toBe('22.4 MB');
    expect(formatBytes(15 * 1024 * 1024, 'nl')).toBe('15 MB');
  });
});
