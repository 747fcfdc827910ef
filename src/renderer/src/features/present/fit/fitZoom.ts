/**
 * How far a slide's content is drawn up or down to fill its box: the largest
 * zoom between `min` and `max` at which it fits. `fitsAt` lays the content out
 * at a zoom and says whether it fits; it is assumed to fit at every zoom below
 * one where it fits (smaller type wraps into fewer, shorter lines).
 */
export interface FitResult {
  zoom: number;
  /** False when it does not fit even at `min`: the caller shows less (or says what it left out). */
  fits: boolean;
}

/** Zoom steps finer than this are not visible on any screen. */
const PRECISION = 0.01;

export function fitZoom(fitsAt: (zoom: number) => boolean, min: number, max: number): FitResult {
  if (fitsAt(max)) return { zoom: max, fits: true };
  if (!fitsAt(min)) return { zoom: min, fits: false };
  let lo = min; // fits
  let hi = max; // does not fit
  while (hi - lo > PRECISION) {
    const mid = (lo + hi) / 2;
    if (fitsAt(mid)) lo = mid;
    else hi = mid;
  }
  return { zoom: Math.floor(lo / PRECISION) * PRECISION, fits: true };
}

/**
 * How many of `total` items to show so that the shown ones fit: the largest
 * count for which `fitsWith` says yes (at least `least`), by halving.
 */
export function fitCount(fitsWith: (count: number) => boolean, total: number, least = 1): number {
  if (total <= least || fitsWith(total)) return total;
  let lo = least; // assumed shown even when it does not fit: something is always on the slide
  let hi = total; // does not fit
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fitsWith(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
