import { useSyncExternalStore } from 'react';

/** What sizes and styles a chart: the presentation scale (root font size / 16) and the high-contrast theme. */
export interface ChartEnv {
  scale: number;
  highContrast: boolean;
}

function read(): string {
  const root = document.documentElement;
  const px = Number.parseFloat(getComputedStyle(root).fontSize) || 16;
  return `${px / 16}|${root.dataset.theme === 'high-contrast' ? 1 : 0}`;
}

/**
 * One observer and one cached value for every chart: React reads the snapshot
 * on each render and again after committing, and a getComputedStyle there,
 * after the page's DOM changed, forced a style recalculation per chart.
 */
const listeners = new Set<() => void>();
let current: string | null = null;
let observer: MutationObserver | null = null;

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  observer ??= new MutationObserver(() => {
    const next = read();
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener();
  });
  if (listeners.size === 1) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'data-theme'] });
  return () => {
    listeners.delete(onChange);
    if (listeners.size > 0) return;
    observer?.disconnect();
    // Unwatched, the value may go stale: the next chart reads it afresh.
    current = null;
  };
}

function snapshot(): string {
  current ??= read();
  return current;
}

/**
 * Charts draw in pixels (SVG attributes, so an exported file keeps them), so
 * they follow the presentation scale and theme set on <html> by hand.
 */
export function useChartEnv(): ChartEnv {
  const value = useSyncExternalStore(subscribe, snapshot, () => '1|0');
  const [scale, hc] = value.split('|');
  return { scale: Number(scale) || 1, highContrast: hc === '1' };
}
