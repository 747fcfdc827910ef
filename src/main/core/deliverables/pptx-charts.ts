/**
 * The charts of the Charts page as native PowerPoint charts (editable, sharp at
 * any size) in the app's colour-blind-safe palette, each with its one-line
 * reading under it. The heatmap and the quadrant are tables, as they read best.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ChartsData } from '@shared/analysis/charts/charts';
import type { DeltaRow } from '@shared/analysis/charts/delta';
import { BALANCE_STYLES, DELTA_STYLES, OTHER_STYLE, seriesStyle } from '@shared/analysis/charts/palette';
import type { Reading } from '@shared/analysis/charts/reading';
import { CHARTS, type ChartId } from '@shared/analysis/charts/registry';
import { heatmapSlides } from './pptx-matrix';
import { clampLines, linesHeight, longestWord, textHeight, wrap } from './pptx-text';
import { BODY_PT, CONTENT, FONT, HEAD_FILL, hex, INK, INSET, innerW, MUTED, RULE, textBox, type Box, type DeckContext } from './pptx-theme';

export interface ChartSubject {
  chartId: ChartId;
  /** Scenario, the scenario compared with (delta), and lens, as the slide names them. */
  scenario: string;
  compare: string | null;
  lens: string;
}

export interface Series {
  name: string;
  labels: string[];
  values: number[];
}

const CAPTION_PT = 12;
const CAPTION_LINES = 3;
/** Between a chart (its legend) and the reading under it. */
const CAPTION_GAP = 0.15;
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
const topDown = (series: readonly Series[]): Series[] => series.map((s) => ({ ...s, labels: [...s.labels].reverse(), values: [...s.values].reverse() }));

/** pptxgenjs cannot draw a chart without data; an empty chart says so in words instead. */
function draw(ctx: DeckContext, slide: PptxGenJS.Slide, type: PptxGenJS.CHART_NAME, series: readonly Series[], options: PptxGenJS.IChartOpts): void {
  if (series.length === 0 || series.every((s) => s.labels.length === 0)) {
    textBox(slide, ctx.t('ui.deliverables.deck.noData'), { ...CONTENT, h: 1 }, { pt: BODY_PT, color: MUTED });
    return;
  }
  slide.addChart(type, series.map((s) => ({ ...s })), options);
}

/** Bars start at zero: a cut axis would make small differences look large. */
const BAR_AXIS = { valAxisMinVal: 0 } as const;

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

/** One chart slide: the chart above, its reading (what it says, in one sentence) below. */
export function chartSlide(ctx: DeckContext, subject: ChartSubject, data: ChartsData): void {
  const { t } = ctx;
  const { chartId } = subject;
  const title = t(CHARTS[chartId].titleKey);
  const scenario = subject.compare ? t('ui.deliverables.report.deltaView', { from: subject.scenario, to: subject.compare }) : subject.scenario;
  const subtitle = `${scenario} \u00b7 ${subject.lens}`;
  const readingOf = (r: Reading) => clampLines(t(`ui.charts.readings.${r.key}`, r.params), innerW(CONTENT), CAPTION_PT, CAPTION_LINES);
  if (chartId === 'heatmap') {
    heatmapSlides(ctx, title, subtitle, data.heatmap, readingOf(data.heatmap.reading));
    return;
  }
  const reading = chartId === 'delta' ? data.delta?.reading : data[chartId].reading;
  const caption = reading ? readingOf(reading) : '';
  const captionH = caption === '' ? 0 : textHeight(caption, innerW(CONTENT), CAPTION_PT) + 2 * INSET;
  const box: Box = { ...CONTENT, h: CONTENT.h - captionH - (caption === '' ? 0 : CAPTION_GAP) };
  const slide = ctx.page(title, subtitle);
  if (caption !== '') textBox(slide, caption, { ...CONTENT, y: CONTENT.y + CONTENT.h - captionH, h: captionH }, { pt: CAPTION_PT, color: MUTED, valign: 'bottom' });
  switch (chartId) {
    case 'mix': {
      const labels = data.mix.phases.map((p) => p.name);
      const series = data.mix.series.map((s, i) => ({
        name: s.folded > 0 ? t('ui.charts.other', { count: s.folded }) : s.name,
        labels,
        values: data.mix.phases.map((p) => p.values[i] ?? 0),
      }));
      const colors = data.mix.series.map((s, i) => (s.folded > 0 ? OTHER_STYLE.color : seriesStyle(i).color));
      draw(ctx, slide, 'bar', topDown(series), {
        ...chartBase(box, colors),
        ...BAR_AXIS,
        barDir: 'bar',
        barGrouping: 'stacked',
        barGapWidthPct: 50,
        legendPos: series.length > 5 ? 'r' : 'b',
        showValAxisTitle: true,
        valAxisTitle: t('ui.charts.mix.weight'),
      });
      return;
    }
    case 'profile': {
      const labels = data.profile.phases.map((p) => p.name);
      const series = data.profile.series.map((s) => ({ name: s.name, labels, values: s.values }));
      // Series i is drawn with the app's dash i too (see pptx-fixups), so types differ without colour.
      draw(ctx, slide, 'radar', series, { ...chartBase(box, series.map((_, i) => seriesStyle(i).color)), radarStyle: 'marker', lineSize: 2.5, lineDataSymbolSize: 7 });
      return;
    }
    case 'balance': {
      const labels = data.balance.phases.map((p) => p.name);
      const series = [
        { name: t('ui.charts.balance.online'), labels, values: data.balance.phases.map((p) => p.online) },
        { name: t('ui.charts.balance.offline'), labels, values: data.balance.phases.map((p) => p.offline) },
      ];
      draw(ctx, slide, 'bar', topDown(series), {
        ...chartBase(box, [BALANCE_STYLES.online.color, BALANCE_STYLES.offline.color]),
        ...BAR_AXIS,
        barDir: 'bar',
        barGrouping: 'stacked',
        barGapWidthPct: 50,
        showValAxisTitle: true,
        valAxisTitle: t('ui.charts.mix.weight'),
      });
      return;
    }
    case 'delta':
      if (data.delta && subject.compare) addDeltaChart(ctx, slide, data.delta.phases, { from: subject.scenario, to: subject.compare }, box);
      else textBox(slide, t('ui.charts.delta.needTwo'), { ...CONTENT, h: 1 }, { pt: BODY_PT, color: MUTED });
      return;
    case 'quadrant':
      addQuadrant(ctx, slide, data, box);
  }
}

const QUADRANT_PT = 14;

/** The typologies as a two-by-two table of native text, each cell cut to what its box holds. */
function addQuadrant(ctx: DeckContext, slide: PptxGenJS.Slide, data: ChartsData, box: Box): void {
  const { t } = ctx;
  const q = data.quadrant;
  const headW = 1.7;
  const headH = 0.45;
  const cellW = (box.w - headW) / 2;
  const cellH = Math.min(1.6, (box.h - headH - 0.1) / 2);
  const maxLines = Math.max(1, Math.floor((cellH - 0.1) / linesHeight(1, QUADRANT_PT)));
  const cellText = (behaviour: string, certainty: string) =>
    clampLines(
      q.points
        .filter((p) => p.behaviour === behaviour && p.certainty === certainty)
        .map((p) => `${p.name} (${Math.round(p.share)}%)`)
        .join('\n'),
      cellW - 0.14,
      QUADRANT_PT,
      maxLines,
    );
  const head = (text: string): PptxGenJS.TableCell => ({ text, options: { bold: true, fill: { color: HEAD_FILL } } });
  const rows: PptxGenJS.TableRow[] = [
    [head(''), head(t('ui.profiles.typology.structured')), head(t('ui.profiles.typology.unstructured'))],
    ...(['certain', 'uncertain'] as const).map((c): PptxGenJS.TableRow => [head(t(`ui.profiles.typology.${c}`)), { text: cellText('structured', c) }, { text: cellText('unstructured', c) }]),
  ];
  slide.addTable(rows, {
    x: box.x,
    y: box.y,
    w: headW + 2 * cellW,
    colW: [headW, cellW, cellW],
    rowH: [headH, cellH, cellH],
    fontFace: FONT,
    fontSize: QUADRANT_PT,
    color: INK,
    valign: 'middle',
    margin: [0.05, 0.07, 0.05, 0.07],
    border: { type: 'solid', pt: 0.5, color: RULE },
    autoPage: false,
  });
}
