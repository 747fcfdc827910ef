/**
 * The heatmap's cells and numbers as few SVG elements: the cells of one colour
 * as one path, and a row's one-character numbers of one colour as one text
 * whose characters are each placed by their own x (SVG's x list), so each
 * stays centred in its cell. As a rect and a text per cell, the benchmark
 * workspace's heatmap (12 x 25 cells) was 600 of the Charts page's 1,700
 * elements, the largest part of drawing the page.
 */
import type { HeatmapData } from '@shared/analysis/charts/heatmap';

/** A cell's colour level: its role rounded (the "Other" column's averages), -1 for an unset cell. */
export const levelOf = (value: number | null): number => (value === null ? -1 : Math.round(value));

/** A rounded rectangle as path commands. */
export const roundedRect = (x: number, y: number, w: number, h: number, r: number): string =>
  `M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}h${2 * r - w}a${r} ${r} 0 0 1 ${-r} ${-r}v${2 * r - h}a${r} ${r} 0 0 1 ${r} ${-r}z`;

export interface CellGeometry {
  /** Left edge of column c and top edge of row p. */
  x: (c: number) => number;
  y: (p: number) => number;
  width: number;
  height: number;
  radius: number;
}

/** Each colour level's cells as one path's data, an inset of 1 inside its cell; levels without cells are left out. */
export function cellPaths(data: HeatmapData, { x, y, width, height, radius }: CellGeometry): Map<number, string> {
  const paths = new Map<number, string>();
  data.values.forEach((row, p) =>
    row.forEach((value, c) => {
      const level = levelOf(value);
      paths.set(level, (paths.get(level) ?? '') + roundedRect(x(c) + 1, y(p) + 1, width - 2, height - 2, radius));
    }),
  );
  return paths;
}

/** One text of a row: its characters, one per cell, and those cells' columns. */
export interface NumberRun {
  level: number;
  chars: string;
  columns: number[];
}

/** A folded column's average (2.5), too long for one character: a text of its own. */
export interface Average {
  column: number;
  level: number;
  value: number;
}

/** Row p's numbers: one run per colour level (an unset cell is "–"), and the averages apart. */
export function rowNumbers(data: HeatmapData, p: number): { runs: NumberRun[]; averages: Average[] } {
  const runs = new Map<number, NumberRun>();
  const averages: Average[] = [];
  data.values[p]!.forEach((value, c) => {
    const level = levelOf(value);
    if (data.columns[c]!.folded > 0 && value !== null) {
      averages.push({ column: c, level, value });
      return;
    }
    let run = runs.get(level);
    if (!run) runs.set(level, (run = { level, chars: '', columns: [] }));
    run.chars += value === null ? '–' : String(value);
    run.columns.push(c);
  });
  return { runs: [...runs.values()], averages };
}
