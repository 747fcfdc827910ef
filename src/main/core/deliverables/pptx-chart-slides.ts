/**
 * The charts of the Charts page as PPTX slides: each chart's drawer, keyed by
 * the registry's chart ids (a chart without one fails the typecheck), under
 * the title, legend and reading the registry gives every surface. Native
 * charts where PowerPoint has one; the heatmap and the quadrant are tables,
 * as they read best.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ChartsData } from '@shared/analysis/charts/charts';
import { CHARTS, type ChartId, type ChartResult, type ChartTexts } from '@shared/analysis/charts/registry';
import { readingText } from '@shared/analysis/charts/views';
import { addDeltaChart, BAR_AXIS, chartBase, draw, topDown } from './pptx-charts';
import { heatmapSlides } from './pptx-matrix';
import { clampLines, linesHeight, textHeight } from './pptx-text';
import { BODY_PT, CONTENT, FONT, HEAD_FILL, INK, INSET, innerW, MUTED, RULE, textBox, type Box, type DeckContext } from './pptx-theme';

export interface ChartSubject {
  chartId: ChartId;
  /** Scenario, the scenario compared with (delta), and lens, as the slide names them. */
  scenario: string;
  compare: string | null;
  lens: string;
}

/** Where a drawer puts its chart: the slide's title and subtitle, the reading, and a captioned slide on demand. */
export interface ChartFrame {
  title: string;
  subtitle: string;
  /** The reading, clamped to the caption's lines; '' when the chart has none. */
  caption: string;
  texts: ChartTexts;
  /** A slide with the reading at its foot and the box above it for the chart. */
  slide(): { slide: PptxGenJS.Slide; box: Box };
}

export type PptxChartDrawer<K extends ChartId> = (ctx: DeckContext, data: ChartResult<K>, frame: ChartFrame) => void;

const CAPTION_PT = 12;
const CAPTION_LINES = 3;
/** Between a chart (its legend) and the reading under it. */
const CAPTION_GAP = 0.15;

/** Bars stacked horizontally, the first phase on top, the series' colours from the registry's legend. */
function stackedBars(ctx: DeckContext, frame: ChartFrame, series: { name: string; labels: string[]; values: number[] }[], colors: string[], legendPos: 'b' | 'r' = 'b'): void {
  const { slide, box } = frame.slide();
  draw(ctx, slide, 'bar', topDown(series), {
    ...chartBase(box, colors),
    ...BAR_AXIS,
    barDir: 'bar',
    barGrouping: 'stacked',
    barGapWidthPct: 50,
    legendPos,
    showValAxisTitle: true,
    valAxisTitle: ctx.t('ui.charts.mix.weight'),
  });
}

export const PPTX_CHARTS: { readonly [K in ChartId]: PptxChartDrawer<K> } = {
  // The heatmap is a table over as many slides as its phases and channels need.
  heatmap: (ctx, data, frame) => heatmapSlides(ctx, frame.title, frame.subtitle, data, frame.caption),
  mix: (ctx, data, frame) => {
    const legend = CHARTS.mix.legend(data, frame.texts);
    const labels = data.phases.map((p) => p.name);
    const series = legend.map((entry, i) => ({ name: entry.label, labels, values: data.phases.map((p) => p.values[i] ?? 0) }));
    stackedBars(
      ctx,
      frame,
      series,
      legend.map((entry) => entry.style.color),
      series.length > 5 ? 'r' : 'b',
    );
  },
  profile: (ctx, data, frame) => {
    const { slide, box } = frame.slide();
    const labels = data.phases.map((p) => p.name);
    const series = data.series.map((s) => ({ name: s.name, labels, values: s.values }));
    // Series i is drawn with the app's dash i too (see pptx-fixups), so types differ without colour.
    const colors = CHARTS.profile.legend(data, frame.texts).map((entry) => entry.style.color);
    draw(ctx, slide, 'radar', series, { ...chartBase(box, colors), radarStyle: 'marker', lineSize: 2.5, lineDataSymbolSize: 7 });
  },
  balance: (ctx, data, frame) => {
    const legend = CHARTS.balance.legend(data, frame.texts);
    const labels = data.phases.map((p) => p.name);
    const values = [data.phases.map((p) => p.online), data.phases.map((p) => p.offline)];
    stackedBars(
      ctx,
      frame,
      legend.map((entry, i) => ({ name: entry.label, labels, values: values[i]! })),
      legend.map((entry) => entry.style.color),
    );
  },
  quadrant: (ctx, data, frame) => {
    const { slide, box } = frame.slide();
    addQuadrant(ctx, slide, data, box);
  },
  delta: (ctx, data, frame) => {
    const { slide, box } = frame.slide();
    const { fromName, toName } = frame.texts;
    if (data && toName !== '') addDeltaChart(ctx, slide, data.phases, { from: fromName, to: toName }, box);
    else textBox(slide, ctx.t('ui.charts.delta.needTwo'), { ...CONTENT, h: 1 }, { pt: BODY_PT, color: MUTED });
  },
};

/** One chart's slides through its drawer; the generic call the mapped type cannot express inline. */
function drawChart<K extends ChartId>(ctx: DeckContext, id: K, data: ChartResult<K>, frame: ChartFrame): void {
  const drawer: PptxChartDrawer<K> = PPTX_CHARTS[id];
  drawer(ctx, data, frame);
}

/** One chart slide: the chart above, its reading (what it says, in one sentence) below. */
export function chartSlide(ctx: DeckContext, subject: ChartSubject, data: ChartsData): void {
  const { t } = ctx;
  const { chartId } = subject;
  const chart = data[chartId];
  const title = t(CHARTS[chartId].titleKey);
  const scenario = subject.compare ? t('ui.deliverables.report.deltaView', { from: subject.scenario, to: subject.compare }) : subject.scenario;
  const caption = chart ? clampLines(readingText(t, chart.reading), innerW(CONTENT), CAPTION_PT, CAPTION_LINES) : '';
  const frame: ChartFrame = {
    title,
    subtitle: `${scenario} \u00b7 ${subject.lens}`,
    caption,
    // The PPTX has no high-contrast theme: its colours are the app's default palette.
    texts: { t, highContrast: false, fromName: subject.scenario, toName: subject.compare ?? '' },
    slide: () => {
      const captionH = caption === '' ? 0 : textHeight(caption, innerW(CONTENT), CAPTION_PT) + 2 * INSET;
      const box: Box = { ...CONTENT, h: CONTENT.h - captionH - (caption === '' ? 0 : CAPTION_GAP) };
      const slide = ctx.page(title, frame.subtitle);
      if (caption !== '') textBox(slide, caption, { ...CONTENT, y: CONTENT.y + CONTENT.h - captionH, h: captionH }, { pt: CAPTION_PT, color: MUTED, valign: 'bottom' });
      return { slide, box };
    },
  };
  drawChart(ctx, chartId, chart, frame);
}

const QUADRANT_PT = 14;

/** The typologies as a two-by-two table of native text, each cell cut to what its box holds. */
function addQuadrant(ctx: DeckContext, slide: PptxGenJS.Slide, q: ChartsData['quadrant'], box: Box): void {
  const { t } = ctx;
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
