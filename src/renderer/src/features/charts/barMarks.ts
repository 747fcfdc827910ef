/**
 * The bars of BarsSvg as few SVG elements: each series' bars as one path.
 */
export interface BarGeometry {
  layout: 'stacked' | 'grouped';
  /** Top of the first row, a row's height, a bar's height and the gap between grouped bars. */
  top: number;
  band: number;
  barH: number;
  gap: number;
  x: (value: number) => number;
}

/**
 * Each series' bars as one path's data, a rectangle per bar with a value ('' for
 * a series without bars). As a rect per bar, the benchmark workspace's mix,
 * balance and delta were about 200 of the Charts page's 1,231 elements. The paths
 * are drawn above the rows and let the pointer through (pointer-events none),
 * so pointing at a bar still highlights its row and shows the row's hover text.
 */
export function barPaths(rows: readonly { values: readonly number[] }[], { layout, top, band, barH, gap, x }: BarGeometry): string[] {
  const paths: string[] = [];
  rows.forEach((row, r) => {
    const mid = top + r * band + band / 2;
    let from = 0;
    row.values.forEach((value, i) => {
      const start = layout === 'stacked' ? from : 0;
      from += value;
      paths[i] ??= '';
      if (value <= 0) return;
      const y = layout === 'stacked' ? mid - barH / 2 : mid - (band * 0.8) / 2 + i * (barH + gap);
      paths[i] += `M${x(start)} ${y}h${x(start + value) - x(start)}v${barH}h${x(start) - x(start + value)}z`;
    });
  });
  return paths;
}
