/**
 * What the PPTX's charts share: native PowerPoint charts (editable, sharp at
 * any size) in the app's colour-blind-safe palette, the deck's type sizes, and
 * the delta's paired bars (also on the findings' change slide). Which chart is
 * drawn how is the PPTX_CHARTS table in pptx-chart-slides.ts.
 */
import type PptxGenJS from 'pptxgenjs';
import type { DeltaRow } from '@shared/analysis/charts/delta';
import { DELTA_STYLES } from '@shared/analysis/charts/palette';
import { longestWord, wrap } from './pptx-text';
import { BODY_PT, CONTENT, FONT, hex, INK, MUTED, RULE, textBox, type Box, type DeckContext } from './pptx-theme';

export interface Series {
  name: string;
  labels: string[];
  values: number[];
}

const AXIS_PT = 12;
const GRID = 'E5E7EB';

/** Type sizes, fonts and colours shared by every chart: nothing under 10 pt, the deck's font and ink. */
export function chartBase(box: Box, colors: readonly string[]): PptxGenJS.IChartOpts {
  return {
    ...box,
    chartColors: colors.map(hex),
    showLegend: true,
    legendPos: 'b',
    legendFontSize: AXIS_PT,
    legendFontFace: FONT,
    legendColor: INK,
    catAxisLabelFontSize: AXIS_PT,
    catAxisLabelFontFace: FONT,
    catAxisLabelColor: INK,
    valAxisLabelFontSize: 11,
    valAxisLabelFontFace: FONT,
    valAxisLabelColor: MUTED,
    valAxisTitleFontSize: AXIS_PT,
    valAxisTitleFontFace: FONT,
    valAxisTitleColor: MUTED,
    catAxisTitleFontSize: AXIS_PT,
    dataLabelFontSize: 11,
    dataLabelFontFace: FONT,
    titleFontSize: 14,
    valGridLine: { color: GRID, size: 0.75 },
    catAxisLineColor: RULE,
    valAxisLineShow: false,
  };
}

/** A horizontal bar chart draws its first category at the bottom: reversed, the first phase is on top, as in the app. */
export const topDown = (series: readonly Series[]): Series[] => series.map((s) => ({ ...s, labels: [...s.labels].reverse(), values: [...s.values].reverse() }));

/** pptxgenjs cannot draw a chart without data; an empty chart says so in words instead. */
export function draw(ctx: DeckContext, slide: PptxGenJS.Slide, type: PptxGenJS.CHART_NAME, series: readonly Series[], options: PptxGenJS.IChartOpts): void {
  if (series.length === 0 || series.every((s) => s.labels.length === 0)) {
    textBox(slide, ctx.t('ui.deliverables.deck.noData'), { ...CONTENT, h: 1 }, { pt: BODY_PT, color: MUTED });
    return;
  }
  slide.addChart(type, series.map((s) => ({ ...s })), options);
}

/** Bars start at zero: a cut axis would make small differences look large. */
export const BAR_AXIS = { valAxisMinVal: 0 } as const;

const rowName = (ctx: DeckContext, row: DeltaRow) => (row.folded > 0 ? ctx.t('ui.charts.other', { count: row.folded }) : row.name);

/**
 * The delta per phase as paired bars, the first scenario grey, the second
 * blue, as in the app: columns when the phase names fit under them, else
 * horizontal bars (the first phase on top, the first scenario above the second).
 */
export function addDeltaChart(ctx: DeckContext, slide: PptxGenJS.Slide, rows: readonly DeltaRow[], names: { from: string; to: string }, box: Box): void {
  const labels = rows.map((r) => rowName(ctx, r));
  const slot = (box.w - 0.8) / Math.max(1, rows.length) - 0.1;
  const columns = rows.length <= 8 && labels.every((l) => longestWord(l, AXIS_PT) <= slot && wrap(l, slot, AXIS_PT).length <= 2);
  const from = { name: names.from, labels, values: rows.map((r) => r.from) };
  const to = { name: names.to, labels, values: rows.map((r) => r.to) };
  const options = { ...BAR_AXIS, barGapWidthPct: 60, showValue: true, showValAxisTitle: true, valAxisTitle: ctx.t('ui.charts.mix.weight') };
  if (columns) draw(ctx, slide, 'bar', [from, to], { ...chartBase(box, [DELTA_STYLES.from.color, DELTA_STYLES.to.color]), ...options, barDir: 'col', barGrouping: 'clustered' });
  // Horizontal bars draw categories and the series in each from the bottom up: both reversed, they read top-down.
  else draw(ctx, slide, 'bar', topDown([to, from]), { ...chartBase(box, [DELTA_STYLES.to.color, DELTA_STYLES.from.color]), ...options, barDir: 'bar', barGrouping: 'clustered' });
}
