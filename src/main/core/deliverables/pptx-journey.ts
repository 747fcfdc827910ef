/**
 * A customer journey on slides: a column per phase with the steps as boxes in
 * reading order, and under them the emotion curve as a native chart whose
 * plot area spans exactly the phase columns, so each point sits under its
 * step's phase. Boxes are sized from their measured text; columns that do not
 * fit one slide continue on the next, and the curve then gets a slide of its own.
 */
import type PptxGenJS from 'pptxgenjs';
import { emotionCurve } from '@shared/analysis/journeys';
import { visiblePhases } from '@shared/analysis/charts/cells';
import { OKABE_ITO } from '@shared/analysis/charts/palette';
import type { JourneyDetail, JourneyStep } from '@shared/domain/journeys';
import { chartBase } from './pptx-charts';
import { clampLine, clampLines, clampWords, fitSize, linesHeight, pack, wrap } from './pptx-text';
import { CONTENT, HEAD_FILL, hex, INK, INSET, innerW, MUTED, pageOf, RULE, textBox, type Box, type DeckContext } from './pptx-theme';

/** Left of the columns: room for the curve's scale, so columns and plot area line up. */
const GUTTER = 0.45;
const COL_GAP = 0.08;
const BOX_GAP = 0.07;
const HEAD_SIZES = [12, 11, 10] as const;
/** Step text sizes tried, largest first: the smaller one only when it saves a slide. */
const STEP_SIZES = [11, 10] as const;
const DETAIL_PT = 10;
const TITLE_LINES = 6;
const PAIN_LINES = 2;
const CHANNEL_LINES = 2;
const CURVE_H = 1.45;
const NOTE_H = 0.26;
/** A phase column narrower than this cannot hold a readable step: more phases continue on the next slide. */
const MIN_COL_W = 1.05;
const MOMENT = hex(OKABE_ITO[3]);

interface StepBox {
  pt: number;
  title: string;
  channel: string | null;
  pain: string | null;
  moment: boolean;
  h: number;
}

interface Column {
  name: string;
  steps: StepBox[];
}

interface RawColumn {
  name: string;
  steps: { step: JourneyStep; n: number }[];
}

type Draw = (slide: PptxGenJS.Slide) => void;

/** A point of the curve with its step's number. */
interface CurvePointN {
  x: number;
  emotion: number;
  n: number;
}

/** The steps of each column, measured for a column `colW` wide. */
function measure(ctx: DeckContext, columns: readonly RawColumn[], colW: number, pt: number): Column[] {
  const { t, catalog } = ctx;
  const width = colW - COL_GAP - 2 * INSET;
  return columns.map(({ name, steps }) => ({
    name,
    steps: steps.map(({ step, n }) => {
      const title = clampLines(clampWords(`${n}. ${step.title.trim() || t('ui.findings.untitledStep')}`, width, pt), width, pt, TITLE_LINES);
      const channelName = catalog.channels.find((c) => c.id === step.channelId)?.name;
      const channel = channelName ? clampLines(clampWords(channelName, width, DETAIL_PT), width, DETAIL_PT, CHANNEL_LINES) : null;
      const pain = step.painPoints.trim() ? clampLines(clampWords(`${t('ui.deliverables.columns.painPoints')}: ${step.painPoints.trim()}`, width, DETAIL_PT), width, DETAIL_PT, PAIN_LINES) : null;
      const lines = (text: string | null, pt: number) => (text === null ? 0 : linesHeight(wrap(text, width, pt).length, pt));
      const h = lines(title, pt) + lines(channel, DETAIL_PT) + lines(pain, DETAIL_PT) + 2 * INSET + 0.04;
      return { pt, title, channel, pain, moment: step.momentOfTruth, h };
    }),
  }));
}

/** Header text of the phase columns: as large as fits two lines, never under 10 pt. */
function headOf(columns: readonly Column[], colW: number): { pt: number; h: number; names: string[] } {
  const width = colW - COL_GAP - 2 * INSET;
  const pt = Math.min(...columns.map((c) => fitSize(c.name, width, HEAD_SIZES, 2, true) ?? 10));
  const names = columns.map((c) => clampLines(clampWords(c.name, width, pt, true), width, pt, 2, true));
  const lines = Math.max(1, ...names.map((n) => wrap(n, width, pt, true).length));
  return { pt, h: linesHeight(lines, pt) + 2 * INSET + 0.04, names };
}

function drawHead(slide: PptxGenJS.Slide, head: ReturnType<typeof headOf>, x0: number, colW: number): void {
  head.names.forEach((name, i) => {
    const box: Box = { x: x0 + i * colW + COL_GAP / 2, y: CONTENT.y, w: colW - COL_GAP, h: head.h };
    slide.addShape('rect', { ...box, fill: { color: HEAD_FILL }, line: { color: RULE, width: 0.75 } });
    textBox(slide, name, box, { pt: head.pt, bold: true, align: 'center', valign: 'middle' });
  });
}

function drawStep(slide: PptxGenJS.Slide, step: StepBox, box: Box): void {
  slide.addShape('roundRect', { ...box, rectRadius: 0.06, fill: { color: step.moment ? 'FFF4E5' : 'FFFFFF' }, line: { color: step.moment ? MOMENT : '9CA3AF', width: step.moment ? 2 : 1 } });
  const runs: PptxGenJS.TextProps[] = [{ text: step.title, options: { fontSize: step.pt, color: INK, breakLine: step.channel !== null || step.pain !== null } }];
  if (step.channel !== null) runs.push({ text: step.channel, options: { fontSize: DETAIL_PT, color: MUTED, breakLine: step.pain !== null } });
  if (step.pain !== null) runs.push({ text: step.pain, options: { fontSize: DETAIL_PT, color: MUTED, italic: true } });
  textBox(slide, runs, box, { pt: step.pt, valign: 'top' });
}

/** Where the curve's plot area sits inside its chart box (fractions): it spans exactly the phase columns. */
const plotArea = (box: Box) => ({ x: GUTTER / box.w, y: 0.1, w: (box.w - GUTTER) / box.w, h: 0.8 });

/**
 * The emotion curve under `columns` phase columns: x runs 0..columns across
 * them. Each point is numbered like its step box, so the curve reads step by step.
 */
function drawCurve(ctx: DeckContext, slide: PptxGenJS.Slide, points: readonly CurvePointN[], columns: number, box: Box): void {
  const layout = plotArea(box);
  slide.addChart(
    'scatter',
    [
      { name: 'x', values: points.map((p) => p.x) },
      { name: ctx.t('ui.journeys.curve.axis'), values: points.map((p) => p.emotion) },
    ],
    {
      ...chartBase(box, [OKABE_ITO[0]]),
      showLegend: false,
      layout,
      catAxisMinVal: 0,
      catAxisMaxVal: columns,
      catAxisMajorUnit: 1,
      catAxisHidden: true,
      catGridLine: { color: 'E5E7EB', size: 0.75 },
      valAxisMinVal: -2,
      valAxisMaxVal: 2,
      valAxisMajorUnit: 1,
      valAxisLabelFormatCode: '+0;-0;0',
      lineSize: 2.5,
      lineDataSymbol: 'circle',
      lineDataSymbolSize: 8,
    },
  );
  const left = box.x + layout.x * box.w;
  const width = layout.w * box.w;
  const top = box.y + layout.y * box.h;
  const height = layout.h * box.h;
  const label = { w: 0.36, h: 0.22 };
  points.forEach((p, i) => {
    const x = left + (p.x / columns) * width;
    const y = top + ((2 - p.emotion) / 4) * height;
    // Below a dip, above anything else: the line leaves a point upwards from a dip, so the number stays clear of it.
    const dip = p.emotion <= (points[i - 1]?.emotion ?? 2) && p.emotion <= (points[i + 1]?.emotion ?? 2);
    const labelY = dip ? y + 0.05 : y - 0.05 - label.h;
    textBox(slide, String(p.n), { x: x - label.w / 2, y: labelY, w: label.w, h: label.h }, { pt: DETAIL_PT, bold: true, color: MUTED, align: 'center', valign: 'middle' });
  });
}

/**
 * The slides of a journey with step text at `pt`: the steps per phase (with the
 * curve under them when everything fits one slide), else the steps over as
 * many slides as they need and the curve on a slide of its own.
 */
function layout(ctx: DeckContext, raw: readonly RawColumn[], curve: readonly CurvePointN[], noteH: number, pt: number): Draw[] {
  const perSlide = Math.max(1, Math.floor((CONTENT.w - GUTTER) / MIN_COL_W));
  const chunks = Array.from({ length: Math.ceil(raw.length / perSlide) }, (_, k) => raw.slice(k * perSlide, (k + 1) * perSlide));
  const colW = (CONTENT.w - GUTTER) / Math.max(...chunks.map((c) => c.length));
  const x0 = CONTENT.x + GUTTER;
  const layouts = chunks.map((chunk) => {
    const columns = measure(ctx, chunk, colW, pt);
    return { columns, head: headOf(columns, colW) };
  });
  const compactH = CONTENT.h - noteH - CURVE_H - layouts[0]!.head.h - BOX_GAP;
  const compact = curve.length > 0 && layouts.length === 1 && layouts[0]!.columns.every((c) => pack(c.steps.map((s) => s.h), compactH, BOX_GAP).length <= 1);
  const slides: Draw[] = [];
  for (const { columns, head } of layouts) {
    const stepsH = compact ? compactH : CONTENT.h - noteH - head.h - BOX_GAP;
    const packed = columns.map((c) => pack(c.steps.map((s) => s.h), stepsH, BOX_GAP));
    const pages = Math.max(1, ...packed.map((p) => p.length));
    for (let page = 0; page < pages; page++) {
      slides.push((slide) => {
        drawHead(slide, head, x0, colW);
        columns.forEach((c, i) => {
          let y = CONTENT.y + head.h + BOX_GAP;
          for (const k of packed[i]![page] ?? []) {
            const step = c.steps[k]!;
            drawStep(slide, step, { x: x0 + i * colW + COL_GAP / 2, y, w: colW - COL_GAP, h: step.h });
            y += step.h + BOX_GAP;
          }
        });
        if (compact) {
          // The curve takes all the room the steps leave (at least CURVE_H, which is what made the layout compact).
          const tallest = Math.max(...columns.map((c) => c.steps.reduce((sum, st) => sum + st.h + BOX_GAP, 0)));
          const y = CONTENT.y + head.h + BOX_GAP + tallest + 0.05;
          drawCurve(ctx, slide, curve, columns.length, { x: CONTENT.x, y, w: CONTENT.w, h: CONTENT.y + CONTENT.h - noteH - y });
        }
      });
    }
  }
  if (curve.length > 0 && !compact) {
    // The whole journey's curve on a slide of its own, under the phase names, so it still reads by phase.
    const allW = (CONTENT.w - GUTTER) / raw.length;
    const head = headOf(measure(ctx, raw, allW, pt), allW);
    slides.push((slide) => {
      drawHead(slide, head, x0, allW);
      const y = CONTENT.y + head.h + BOX_GAP;
      drawCurve(ctx, slide, curve, raw.length, { x: CONTENT.x, y, w: CONTENT.w, h: CONTENT.y + CONTENT.h - noteH - y });
    });
  }
  return slides;
}

/** The journey's slides: its steps per phase, and its emotion curve when any step has an emotion. */
export function journeySlides(ctx: DeckContext, detail: JourneyDetail, title: string, subtitle: string): void {
  const { t, catalog } = ctx;
  const phases = visiblePhases(catalog);
  const column = new Map(phases.map((p, i) => [p.id, i]));
  const unplaced = detail.steps.some((s) => s.phaseId === null || !column.has(s.phaseId));
  const raw: RawColumn[] = [...phases.map((p) => ({ name: p.name, steps: [] })), ...(unplaced ? [{ name: t('ui.present.journeySlide.unplaced'), steps: [] }] : [])];
  detail.steps.forEach((step, i) => raw[(step.phaseId !== null ? column.get(step.phaseId) : undefined) ?? phases.length]!.steps.push({ step, n: i + 1 }));
  if (detail.steps.length === 0 || raw.length === 0) {
    textBox(ctx.page(title, subtitle), t('ui.present.journeySlide.empty'), { ...CONTENT, h: 1 }, { pt: 16, color: MUTED });
    return;
  }
  const number = new Map(detail.steps.map((s, i) => [s.id, i + 1]));
  const curve = emotionCurve(detail.steps, phases).map((p) => ({ x: p.x, emotion: p.emotion, n: number.get(p.stepId) ?? 0 }));
  const note = detail.steps.some((s) => s.momentOfTruth) ? t('ui.deliverables.deck.momentOfTruth') : null;
  const noteH = note ? NOTE_H : 0;
  const options = STEP_SIZES.map((pt) => layout(ctx, raw, curve, noteH, pt));
  const slides = options.reduce((best, option) => (option.length < best.length ? option : best));
  slides.forEach((draw, n) => {
    const slide = ctx.page(title, subtitle, pageOf(n + 1, slides.length));
    draw(slide);
    if (note) textBox(slide, clampLine(note, innerW(CONTENT), DETAIL_PT), { x: CONTENT.x, y: CONTENT.y + CONTENT.h - NOTE_H, w: CONTENT.w, h: NOTE_H }, { pt: DETAIL_PT, color: MUTED, valign: 'bottom' });
  });
}
