/**
 * How a matrix slide lays out many channels: in one grid, or cut into bands of
 * channels stacked under each other (each with the phases again), whichever
 * lets the grid be drawn largest on the slide. Beyond what fits at the
 * smallest readable zoom, trailing channels are left out and the slide says so.
 * Sizes are in rem, as the grid's stylesheet sets them (matrix.css, grid.css).
 */
export interface GridSizes {
  /** The phase name column. */
  rowHeader: number;
  cell: number;
  /** Column headers (channel names, group row). */
  head: number;
  row: number;
  /** Between two bands. */
  gap: number;
  /** The legend under the grids. */
  legend: number;
}

export const SLIDE_GRID: GridSizes = { rowHeader: 9, cell: 4.5, head: 4.5, row: 2.75, gap: 1.5, legend: 2.5 };

/** The body of a 16:9 slide page (SlideCanvas: 80 rem wide), in rem. */
export const SLIDE_BODY = { width: 73, height: 35 };

export interface Bands {
  /** Channel counts per band, in order. */
  sizes: number[];
  /** Channels left out at the end. */
  leftOut: number;
  /** The zoom the estimate expects (FitBox measures the real one). */
  zoom: number;
}

const MAX_BANDS = 4;

function zoomFor(perBand: number, bands: number, phases: number, g: GridSizes, box: { width: number; height: number }): number {
  const width = g.rowHeader + perBand * g.cell;
  const height = bands * (g.head + phases * g.row) + (bands - 1) * g.gap + g.legend;
  return Math.min(box.width / width, box.height / height);
}

export function matrixBands(channels: number, phases: number, minZoom: number, maxZoom: number, g: GridSizes = SLIDE_GRID, box = SLIDE_BODY): Bands {
  if (channels <= 0) return { sizes: [], leftOut: 0, zoom: 1 };
  let best: { bands: number; zoom: number } = { bands: 1, zoom: Math.min(maxZoom, zoomFor(channels, 1, phases, g, box)) };
  for (let bands = 2; bands <= Math.min(MAX_BANDS, channels); bands++) {
    const zoom = Math.min(maxZoom, zoomFor(Math.ceil(channels / bands), bands, phases, g, box));
    // A band more only when it draws the grid clearly larger: every band repeats the phases.
    if (zoom > best.zoom * 1.05) best = { bands, zoom };
  }
  if (best.zoom >= minZoom) return { sizes: split(channels, best.bands), leftOut: 0, zoom: best.zoom };
  // Even the best layout is too small to read: keep as many channels as fit at the minimum.
  let keep = { shown: 1, bands: 1 };
  for (let bands = 1; bands <= MAX_BANDS; bands++) {
    let perBand = 0;
    while (perBand < channels && zoomFor(perBand + 1, bands, phases, g, box) >= minZoom) perBand++;
    if (perBand === 0) break;
    const shown = Math.min(channels, perBand * bands);
    if (shown > keep.shown) keep = { shown, bands };
  }
  const bands = Math.min(keep.bands, keep.shown);
  return { sizes: split(keep.shown, bands), leftOut: channels - keep.shown, zoom: minZoom };
}

/** `count` items in `bands` bands, as even as can be, the larger ones first. */
function split(count: number, bands: number): number[] {
  const base = Math.floor(count / bands);
  const extra = count % bands;
  return Array.from({ length: bands }, (_, i) => base + (i < extra ? 1 : 0));
}
