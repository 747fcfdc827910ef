/**
 * Grid tables on slides: the matrix (role words in role colours) and the
 * heatmap. Laid out by planGrid: columns as wide as their widest word, at 10 pt
 * or more, continued on further slides when they do not fit one.
 */
import type PptxGenJS from 'pptxgenjs';
import type { HeatmapData } from '@shared/analysis/charts/heatmap';
import { visibleChannels, visiblePhases } from '@shared/analysis/charts/cells';
import { ROLE_FILLS, ROLE_TEXT } from '@shared/analysis/charts/palette';
import { cellKey, effectiveMatrix } from '@shared/analysis/matrix';
import type { Lens, MatrixCell } from '@shared/domain/types';
import { CELL_PAD_X, CELL_PAD_Y, planGrid } from './pptx-grid';
import { textHeight } from './pptx-text';
import { BODY_PT, CONTENT, FONT, HEAD_FILL, hex, INK, innerW, MUTED, RULE, textBox, type DeckContext } from './pptx-theme';

export interface GridCellStyle {
  text: string;
  fill: string;
  color: string;
  bold: boolean;
}

export interface GridSlides {
  title: string;
  subtitle: string;
  rowHeads: readonly string[];
  colHeads: readonly string[];
  cell: (row: number, col: number) => GridCellStyle;
  /** A sentence under the table (the chart's reading); it never pushes the table off the slide. */
  caption?: string;
}

const CAPTION_PT = 12;
const CAPTION_GAP = 0.12;
const WHITE = 'FFFFFF';

/** A sentence in place of an empty table or chart. */
export function addNoData(ctx: DeckContext, slide: PptxGenJS.Slide, text = ctx.t('ui.deliverables.deck.noData')): void {
  textBox(slide, text, { ...CONTENT, h: 1 }, { pt: BODY_PT, color: MUTED });
}

/** One grid over as many slides as it needs: "(channels 8–13 of 13)" in the title of each part. */
export function addGridSlides(ctx: DeckContext, grid: GridSlides): void {
  const { t } = ctx;
  const { rowHeads, colHeads } = grid;
  if (rowHeads.length === 0 || colHeads.length === 0) {
    addNoData(ctx, ctx.page(grid.title, grid.subtitle));
    return;
  }
  const captionH = grid.caption ? textHeight(grid.caption, innerW(CONTENT), CAPTION_PT) + 2 * (CELL_PAD_Y + CAPTION_GAP) : 0;
  const plan = planGrid({ rowHeads, colHeads, cell: (r, c) => grid.cell(r, c) }, { w: CONTENT.w, h: CONTENT.h - captionH });
  const colParts = new Set(plan.pages.map((p) => p.cols.from)).size > 1;
  const rowParts = new Set(plan.pages.map((p) => p.rows.from)).size > 1;
  const margin: [number, number, number, number] = [CELL_PAD_Y, CELL_PAD_X, CELL_PAD_Y, CELL_PAD_X];
  const border = { type: 'solid' as const, pt: 0.5, color: RULE };
  for (const page of plan.pages) {
    const parts: string[] = [];
    if (colParts) parts.push(t('ui.deliverables.deck.channelsRange', { from: page.cols.from + 1, to: page.cols.to, total: colHeads.length }));
    if (rowParts) parts.push(t('ui.deliverables.deck.phasesRange', { from: page.rows.from + 1, to: page.rows.to, total: rowHeads.length }));
    const slide = ctx.page(grid.title, grid.subtitle, parts);
    const head = (text: string, align: 'left' | 'center'): PptxGenJS.TableCell => ({ text, options: { bold: true, fill: { color: HEAD_FILL }, color: INK, align, margin, border } });
    const cols = Array.from({ length: page.cols.to - page.cols.from }, (_, i) => page.cols.from + i);
    const rows: PptxGenJS.TableRow[] = [[head('', 'left'), ...cols.map((c) => head(colHeads[c]!, 'center'))]];
    for (let r = page.rows.from; r < page.rows.to; r++) {
      rows.push([
        head(rowHeads[r]!, 'left'),
        ...cols.map((c): PptxGenJS.TableCell => {
          const style = grid.cell(r, c);
          return { text: style.text, options: { fill: { color: style.fill }, color: style.color, bold: style.bold, align: 'center', margin, border } };
        }),
      ]);
    }
    const w = page.colW.reduce((a, b) => a + b, 0);
    const h = page.rowH.reduce((a, b) => a + b, 0);
    slide.addTable(rows, { x: CONTENT.x, y: CONTENT.y, w, colW: page.colW, rowH: page.rowH, fontFace: FONT, fontSize: plan.fontSize, valign: 'middle', autoPage: false });
    if (grid.caption) textBox(slide, grid.caption, { x: CONTENT.x, y: CONTENT.y + h + CAPTION_GAP, w: CONTENT.w, h: captionH - CAPTION_GAP }, { pt: CAPTION_PT, color: MUTED });
  }
}

/** The matrix of one scenario in one lens: role words in the role colours, inherited roles included. */
export function matrixSlides(ctx: DeckContext, title: string, subtitle: string, cells: readonly MatrixCell[], lens: Lens): void {
  const { t, catalog } = ctx;
  const phases = visiblePhases(catalog);
  const channels = visibleChannels(catalog);
  const shown = effectiveMatrix(cells, lens);
  addGridSlides(ctx, {
    title,
    subtitle,
    rowHeads: phases.map((p) => p.name),
    colHeads: channels.map((c) => c.name),
    cell: (r, c) => {
      const role = shown.get(cellKey(phases[r]!.id, channels[c]!.id))?.role ?? null;
      if (role === null) return { text: '', fill: WHITE, color: INK, bold: false };
      return { text: role === 0 ? '' : t(`ui.deliverables.roles.${role}`), fill: hex(ROLE_FILLS[role]), color: hex(ROLE_TEXT[role]), bold: role === 3 };
    },
  });
}

/** The heatmap as a coloured table: the role number per cell, "–" where none is set, as on the Charts page. */
export function heatmapSlides(ctx: DeckContext, title: string, subtitle: string, data: HeatmapData, caption: string): void {
  const { t } = ctx;
  const number = new Intl.NumberFormat(ctx.lang, { maximumFractionDigits: 1 });
  addGridSlides(ctx, {
    title,
    subtitle,
    caption,
    rowHeads: data.phases.map((p) => p.name),
    colHeads: data.columns.map((c) => (c.folded > 0 ? t('ui.charts.other', { count: c.folded }) : c.name)),
    cell: (r, c) => {
      const value = data.values[r]?.[c] ?? null;
      if (value === null) return { text: '\u2013', fill: WHITE, color: MUTED, bold: false };
      const level = Math.max(0, Math.min(3, Math.round(value)));
      return { text: number.format(value), fill: hex(ROLE_FILLS[level]!), color: hex(ROLE_TEXT[level]!), bold: level === 3 };
    },
  });
}
