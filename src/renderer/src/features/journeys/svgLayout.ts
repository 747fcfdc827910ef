/**
 * The export rendition of a journey map as plain SVG geometry: columns of
 * cards with their text broken into lines. SVG text does not wrap by itself,
 * and a foreignObject would taint the canvas the PNG is drawn on, so lines
 * are broken here by an average character width (generous, so text that is
 * wider than average still fits).
 */

export interface ExportStep {
  title: string;
  channel: string;
  /** Emotion as written ("+1"); null when not set. */
  emotion: string | null;
  marks: string;
  /** "Its phase was deleted." and the like; shown in the warning colour. */
  warning: string | null;
  lanes: readonly { label: string; text: string }[];
}

export interface ExportColumn {
  name: string;
  steps: readonly ExportStep[];
}

export type LineKind = 'title' | 'meta' | 'warning' | 'laneLabel' | 'lane';

export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  kind: LineKind;
}

export interface PlacedCard {
  x: number;
  y: number;
  width: number;
  height: number;
  warn: boolean;
  lines: PlacedLine[];
}

export interface MapLayout {
  width: number;
  height: number;
  heading: PlacedLine[];
  columns: { x: number; width: number; name: PlacedLine[]; cards: PlacedCard[] }[];
}

export const EXPORT_METRICS = {
  column: 220,
  gap: 12,
  margin: 20,
  pad: 8,
  /** Line heights by kind, in px. */
  line: { title: 17, meta: 15, warning: 15, laneLabel: 14, lane: 14 } as Record<LineKind, number>,
  /** Average glyph width as a share of the font size (sans-serif, a little generous). */
  charWidth: 0.56,
  font: { title: 13, meta: 11, warning: 11, laneLabel: 10, lane: 11 } as Record<LineKind, number>,
  /** A lane longer than this many lines is cut with an ellipsis (the app shows it whole). */
  maxLaneLines: 8,
};

/** Breaks text into lines of at most `max` characters at spaces; a word longer than a line is split. */
export function wrapText(text: string, max: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const raw of paragraph.split(/\s+/).filter(Boolean)) {
      let word = raw;
      while (word.length > max) {
        if (line) {
          lines.push(line);
          line = '';
        }
        lines.push(word.slice(0, max));
        word = word.slice(max);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= max) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = `${last.slice(0, Math.max(0, max - 1))}…`;
    return kept;
  }
  return lines;
}

const charsFor = (kind: LineKind, width: number) =>
  Math.max(4, Math.floor(width / (EXPORT_METRICS.font[kind] * EXPORT_METRICS.charWidth)));

export function layoutMap(title: string, subtitle: string, columns: readonly ExportColumn[]): MapLayout {
  const m = EXPORT_METRICS;
  const inner = m.column - 2 * m.pad;
  const width = Math.max(m.margin * 2 + columns.length * m.column + Math.max(0, columns.length - 1) * m.gap, 480);
  const heading: PlacedLine[] = [];
  let y = m.margin;
  for (const text of wrapText(title, charsFor('title', width - 2 * m.margin) * 0.7)) {
    y += 22;
    heading.push({ text, x: m.margin, y, kind: 'title' });
  }
  y += m.line.meta;
  heading.push({ text: subtitle, x: m.margin, y, kind: 'meta' });
  const top = y + 16;
  let height = top;
  const placed = columns.map((column, i) => {
    const x = m.margin + i * (m.column + m.gap);
    let cy = top;
    const name = wrapText(column.name, charsFor('title', m.column)).map((text) => {
      cy += m.line.title;
      return { text, x, y: cy, kind: 'title' as const };
    });
    cy += 10;
    const cards = column.steps.map((step) => {
      const lines: PlacedLine[] = [];
      let ly = cy + m.pad;
      const add = (text: string, kind: LineKind) => {
        ly += m.line[kind];
        lines.push({ text, x: x + m.pad, y: ly - 3, kind });
      };
      for (const text of wrapText(step.title, charsFor('title', inner))) add(text, 'title');
      const meta = [step.channel, step.emotion, step.marks].filter((part) => part).join('  ·  ');
      for (const text of wrapText(meta, charsFor('meta', inner))) add(text, 'meta');
      if (step.warning) for (const text of wrapText(step.warning, charsFor('warning', inner))) add(text, 'warning');
      for (const lane of step.lanes) {
        add(lane.label, 'laneLabel');
        for (const text of wrapText(lane.text, charsFor('lane', inner), m.maxLaneLines)) add(text, 'lane');
      }
      const card = { x, y: cy, width: m.column, height: ly - cy + m.pad, warn: step.warning !== null, lines };
      cy += card.height + m.gap;
      return card;
    });
    height = Math.max(height, cy);
    return { x, width: m.column, name, cards };
  });
  return { width, height: height + m.margin, heading, columns: placed };
}
