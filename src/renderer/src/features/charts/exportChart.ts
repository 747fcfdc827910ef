/**
 * A chart saved as a picture that explains itself: the title and reading on
 * top, the chart, then its legend, in one SVG (or PNG drawn from it), so a
 * slide or report needs no caption typed by hand.
 */
import { downloadBlob, safeFileName, serializeSvg, svgToPng } from '../../components/exportImage';
import type { LegendEntry } from '@shared/analysis/charts/views';
import type { SeriesStyle } from './palette';

/** A legend entry as the registry gives it; `dash` draws a line series (radar outline) as a line instead of a box. */
export type LegendItem = LegendEntry;

export interface ExportTexts {
  title: string;
  reading: string;
  legend: readonly LegendItem[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Splits text into lines of about `width` characters at spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

interface Colors {
  background: string;
  text: string;
}

function el(doc: Document, name: string, attrs: Record<string, string | number>, text?: string): Element {
  const node = doc.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The standalone SVG document and its size. */
export function composeChartSvg(svg: SVGSVGElement, texts: ExportTexts, colors: Colors, scale: number): { text: string; width: number; height: number } {
  const chart = new DOMParser().parseFromString(serializeSvg(svg), 'image/svg+xml').documentElement;
  const chartWidth = Number(chart.getAttribute('width')) || 600;
  const chartHeight = Number(chart.getAttribute('height')) || 400;
  const pad = 16 * scale;
  const titleSize = 20 * scale;
  const bodySize = 14 * scale;
  const width = Math.max(chartWidth + 2 * pad, 480 * scale);
  const readingLines = wrapText(texts.reading, Math.max(30, Math.floor((width - 2 * pad) / (bodySize * 0.55))));
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const font = { 'font-family': 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif', fill: colors.text };
  let y = pad + titleSize;
  root.append(el(doc, 'rect', { width: '100%', height: '100%', fill: colors.background }));
  root.append(el(doc, 'text', { ...font, x: pad, y, 'font-size': titleSize, 'font-weight': 700 }, texts.title));
  for (const line of readingLines) {
    y += bodySize * 1.4;
    root.append(el(doc, 'text', { ...font, x: pad, y, 'font-size': bodySize }, line));
  }
  y += pad;
  chart.setAttribute('x', String(pad));
  chart.setAttribute('y', String(y));
  root.append(doc.importNode(chart, true));
  y += chartHeight + pad;
  const swatch = bodySize;
  let x = pad;
  for (const [i, item] of texts.legend.entries()) {
    const itemWidth = swatch + 8 * scale + item.label.length * bodySize * 0.55 + 16 * scale;
    if (x > pad && x + itemWidth > width - pad) {
      x = pad;
      y += bodySize * 1.8;
    }
    const id = `legend-pattern-${i}`;
    if (item.style.pattern !== 'solid') root.append(legendPattern(doc, id, item.style));
    const fill = item.style.pattern === 'solid' ? item.style.color : `url(#${id})`;
    if (item.dash !== undefined) {
      const lineY = y - swatch / 2 + 2 * scale;
      root.append(el(doc, 'line', { x1: x, x2: x + swatch * 1.6, y1: lineY, y2: lineY, stroke: item.style.color, 'stroke-width': 3 * scale, 'stroke-dasharray': item.dash || 'none' }));
      x += swatch * 0.6;
    } else root.append(el(doc, 'rect', { x, y: y - swatch + 2 * scale, width: swatch, height: swatch, fill, stroke: colors.text, 'stroke-width': 1 }));
    root.append(el(doc, 'text', { ...font, x: x + swatch + 6 * scale, y, 'font-size': bodySize }, item.label));
    x += itemWidth;
  }
  const height = texts.legend.length > 0 ? y + pad : y - pad;
  root.setAttribute('width', String(Math.round(width)));
  root.setAttribute('height', String(Math.round(height)));
  root.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`, width: Math.round(width), height: Math.round(height) };
}

function legendPattern(doc: Document, id: string, style: SeriesStyle): Element {
  const pattern = el(doc, 'pattern', { id, patternUnits: 'userSpaceOnUse', width: 8, height: 8 });
  pattern.append(el(doc, 'rect', { width: 8, height: 8, fill: style.color }));
  const ink = { stroke: 'rgba(0,0,0,0.55)', fill: 'none' };
  if (style.pattern === 'hatch') pattern.append(el(doc, 'path', { ...ink, d: 'M-2 2 2 -2 M0 8 8 0 M6 10 10 6', 'stroke-width': 2 }));
  if (style.pattern === 'dots') pattern.append(el(doc, 'circle', { cx: 4, cy: 4, r: 1.6, fill: 'rgba(0,0,0,0.55)' }));
  if (style.pattern === 'cross') pattern.append(el(doc, 'path', { ...ink, d: 'M0 0 8 8 M8 0 0 8', 'stroke-width': 1.5 }));
  const defs = el(doc, 'defs', {});
  defs.append(pattern);
  return defs;
}

/** Saves the chart inside `plot` as `<fileName>.svg` or `.png` (PNG at twice the size, sharp on a projector). */
export async function exportChart(plot: HTMLElement, texts: ExportTexts, fileName: string, format: 'svg' | 'png', scale: number): Promise<void> {
  const svg = plot.querySelector('svg');
  if (!svg) throw new Error('no chart to export');
  const style = getComputedStyle(plot.closest('.chart-card') ?? plot);
  const composed = composeChartSvg(svg, texts, { background: style.backgroundColor || '#ffffff', text: style.color || '#000000' }, scale);
  const name = safeFileName(fileName);
  if (format === 'svg') downloadBlob(new Blob([composed.text], { type: 'image/svg+xml' }), `${name}.svg`);
  else downloadBlob(await svgToPng(composed.text, composed.width, composed.height), `${name}.png`);
}
