import { useSyncExternalStore } from 'react';

/** What sizes and styles a chart: the presentation scale (root font size / 16) and the high-contrast theme. */
export interface ChartEnv {
  scale: number;
  highContrast: boolean;
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'data-theme'] });
  return () => observer.disconnect();
}

function snapshot(): string {
  const root = document.documentElement;
  const px = Number.parseFloat(getComputedStyle(root).fontSize) || 16;
  return `${px / 16}|${root.dataset.theme === 'high-contrast' ? 1 : 0}`;
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
