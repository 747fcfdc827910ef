import QRCode from 'qrcode';

/**
 * The QR code of `text` as one SVG path (a run of dark modules per row), on a
 * square of `size` modules plus a 4-module quiet zone on each side. The
 * renderer draws it in its own <svg>, so no markup crosses the contract.
 */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      parts.push(`M${start + quiet} ${row + quiet}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + 2 * quiet, path: parts.join('') };
}
