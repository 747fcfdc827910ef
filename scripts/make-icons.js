// `npm run icons`: renders build/icon.svg (the app) and build/file-icon.svg (a
// .channelwise document) to what electron-builder takes from build/: icon.png
// (1024), icon.ico, icon.icns, icons/NxN.png for Linux, and file-icon.ico/.icns
// for the file association. Needs ImageMagick's `convert`; the results are
// committed, so packaging does not need it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { icnsFromPngs, icoFromPngs } from './icon-formats.js';

const build = fileURLToPath(new URL('../build/', import.meta.url));
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

function render(svg, size, out) {
  // Rendered large once per size and scaled down: ImageMagick's own SVG renderer antialiases poorly when small.
  const args = ['-background', 'none', '-density', '384', svg, '-resize', `${size}x${size}`, '-depth', '8', '-strip', `PNG32:${out}`];
  const result = spawnSync('convert', args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    console.error(`convert failed for ${svg} at ${size} px: ${result.error?.message ?? result.stderr.trim()}`);
    process.exit(1);
  }
  return readFileSync(out);
}

function iconSet(name, { linux }) {
  const tmp = mkdtempSync(join(tmpdir(), 'cw-icons-'));
  const svg = join(build, `${name}.svg`);
  const sizes = [...new Set([...ICO_SIZES, ...ICNS_SIZES, ...(linux ? LINUX_SIZES : [])])].sort((a, b) => a - b);
  const pngs = new Map(sizes.map((size) => [size, render(svg, size, join(tmp, `${size}.png`))]));
  writeFileSync(join(build, `${name}.ico`), icoFromPngs(ICO_SIZES.map((s) => pngs.get(s))));
  writeFileSync(join(build, `${name}.icns`), icnsFromPngs(ICNS_SIZES.map((s) => pngs.get(s))));
  if (linux) {
    writeFileSync(join(build, `${name}.png`), pngs.get(1024));
    const dir = join(build, 'icons');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    for (const size of LINUX_SIZES) writeFileSync(join(dir, `${size}x${size}.png`), pngs.get(size));
  }
  rmSync(tmp, { recursive: true, force: true });
}

iconSet('icon', { linux: true });
iconSet('file-icon', { linux: false });
console.log(`Icons written to ${build}`);
