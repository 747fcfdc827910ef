/** Turns a chosen image file into a small data URL, in the browser (canvas). */
import { checkDataUrl, checkPictureFile, fitWithin, outputTypeFor, type PictureProblem } from './picture';

export class PictureError extends Error {
  constructor(readonly problem: PictureProblem) {
    super(problem);
    this.name = 'PictureError';
  }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new PictureError('unreadable'));
    image.src = url;
  });
}

/**
 * Decodes the file through an <img> (which, unlike createImageBitmap, also
 * takes SVG), draws it at most 256 x 256 and encodes it. Rejects with a
 * PictureError saying what is wrong.
 */
export async function resizePicture(file: File): Promise<string> {
  const problem = checkPictureFile(file);
  if (problem) throw new PictureError(problem);
  const url = URL.createObjectURL(file);
  try {
    const image = await loadImage(url);
    const { width, height } = fitWithin(image.naturalWidth || image.width, image.naturalHeight || image.height);
    if (width === 0) throw new PictureError('unreadable');
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new PictureError('unreadable');
    context.imageSmoothingQuality = 'high';
    context.drawImage(image, 0, 0, width, height);
    let data = canvas.toDataURL(outputTypeFor(file.type), 0.88);
    // A noisy PNG can outgrow the limit; the same pixels as JPEG will not.
    if (checkDataUrl(data) === 'resultTooLarge') data = canvas.toDataURL('image/jpeg', 0.8);
    const invalid = checkDataUrl(data);
    if (invalid) throw new PictureError(invalid);
    return data;
  } finally {
    URL.revokeObjectURL(url);
  }
}
