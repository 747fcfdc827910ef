/**
 * Where the heatmap's cells and labels go at a given width: full-size cells
 * with headers slanted at 40 degrees when there is room, narrower cells under
 * steeper headers when there is not, and only past the smallest cell that still
 * holds its number a width larger than the card (which then scrolls).
 * Text is sized from its length (about 0.6 em per character), not measured.
 */
export interface HeatmapLayoutInput {
  phaseNames: readonly string[];
  columnNames: readonly string[];
  /** A folded "Other (n)" column shows averages such as 1.5, which need a wider cell. */
  decimals: boolean;
  /** Room across, in pixels. */
  width: number;
  /** Presentation scale (1 = 100 %). */
  scale: number;
}

export interface HeatmapLayout {
  font: number;
  cellW: number;
  cellH: number;
  labelW: number;
  headH: number;
  /** Slant of the column headers in degrees. */
  angle: number;
  /** Characters shown of a phase name and of a column name (the data table has them whole). */
  phaseChars: number;
  columnChars: number;
  width: number;
  height: number;
  /** False when even the smallest cells are wider than the room: the card scrolls sideways. */
  fits: boolean;
}

const CHAR = 0.6;
/** Column headers are bold in high contrast, so they are sized a little wider. */
const HEAD_CHAR = 0.64;

export function heatmapLayout({ phaseNames, columnNames, decimals, width, scale: s }: HeatmapLayoutInput): HeatmapLayout {
  const font = 13 * s;
  const cellH = 32 * s;
  const maxCell = 44 * s;
  const minCell = font * (decimals ? 2.4 : 1.9);
  const columns = Math.max(1, columnNames.length);
  const phaseChars = width < 480 * s ? 14 : 26;
  const labelW = Math.min(220 * s, Math.max(80 * s, ...phaseNames.map((p) => Math.min(p.length, phaseChars) * font * CHAR))) + 12 * s;
  const columnChars = 22;
  const longest = Math.max(0, ...columnNames.map((n) => Math.min(n.length, columnChars))) * font * HEAD_CHAR;
  const overhang = (angle: number) => Math.max(24 * s, longest * Math.cos((angle * Math.PI) / 180));
  const cellAt = (angle: number) => Math.min(maxCell, (width - labelW - overhang(angle)) / columns);
  // Full-size cells under 40-degree headers if they (nearly) fit, else steeper headers for more room.
  const angle = cellAt(40) >= maxCell * 0.9 ? 40 : 65;
  const room = cellAt(angle);
  const cellW = Math.max(minCell, room);
  const headH = Math.max(32 * s, longest * Math.sin((angle * Math.PI) / 180) + 16 * s);
  return {
    font,
    cellW,
    cellH,
    labelW,
    headH,
    angle,
    phaseChars,
    columnChars,
    width: labelW + columns * cellW + overhang(angle),
    height: headH + phaseNames.length * cellH + 4 * s,
    fits: room >= minCell,
  };
}
