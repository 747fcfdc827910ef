/**
 * The simple slides: the cover, the facilitator's text slides, the closing
 * summary and revealed dot votes. Text is measured to its box; what does not
 * fit continues on the next slide.
 */
import type PptxGenJS from 'pptxgenjs';
import { OKABE_ITO } from '@shared/analysis/charts/palette';
import { placedTotals, type VoteResults } from '@shared/domain/workshop';
import { chartBase } from './pptx-charts';
import { clampLine, clampLines, fitSize, pack, paginate, textHeight } from './pptx-text';
import { BODY_PT, CONTENT, INSET, innerW, MARGIN, MUTED, pageOf, textBox, W, type DeckContext } from './pptx-theme';

const COVER_SIZES = [40, 36, 32, 28] as const;

/** The cover: the workspace's name large (two lines at most) and the date it was made. */
export function coverSlide(ctx: DeckContext, name: string, line: string): void {
  const slide = ctx.blank();
  const box = { x: MARGIN, y: 1.3, w: W - 2 * MARGIN, h: 1.9 };
  const pt = fitSize(name, innerW(box), COVER_SIZES, 2, true) ?? 28;
  const text = clampLines(name, innerW(box), pt, 2, true);
  // The accent sits just above the name, however many lines the name takes.
  const top = box.y + box.h - INSET - textHeight(text, innerW(box), pt, true);
  const accent = OKABE_ITO[0].slice(1);
  slide.addShape('rect', { x: MARGIN + INSET, y: top - 0.22, w: 1.2, h: 0.08, fill: { color: accent }, line: { color: accent, width: 0 } });
  textBox(slide, text, box, { pt, bold: true, valign: 'bottom' });
  textBox(slide, clampLine(line, innerW(box), BODY_PT), { x: MARGIN, y: 3.3, w: W - 2 * MARGIN, h: 0.45 }, { pt: BODY_PT, color: MUTED });
}

const TEXT_PT = 18;
const PARA_GAP = 0.1;

/** A text slide: the body in paragraphs, continued on the next slide when long. */
export function textSlides(ctx: DeckContext, title: string, body: string): void {
  const width = innerW(CONTENT);
  const paragraphs = body.split('\n').map((p) => p.trim());
  const pages = paginate(paragraphs.length > 0 ? paragraphs : [''], width, TEXT_PT, CONTENT.h - 2 * INSET, PARA_GAP);
  pages.forEach((page, n) => {
    const slide = ctx.page(title, undefined, pageOf(n + 1, pages.length));
    const runs: PptxGenJS.TextProps[] = page.map((text) => ({ text, options: { breakLine: true, paraSpaceAfter: PARA_GAP * 72 } }));
    textBox(slide, runs, CONTENT, { pt: TEXT_PT });
  });
}

/**
 * The closing summary: the counts and the most important findings, as many as
 * fit one slide (the findings slides have them all), each clamped to three lines.
 */
export function summarySlide(ctx: DeckContext, title: string, lines: readonly string[]): void {
  const slide = ctx.page(title);
  const pt = BODY_PT;
  const indent = 16 / 72;
  const width = innerW(CONTENT) - indent;
  const clamped = lines.map((line) => clampLines(line, width, pt, 3));
  const fits = pack(
    clamped.map((l) => textHeight(l, width, pt) + 0.12),
    CONTENT.h - 2 * INSET,
  )[0] ?? [];
  const runs: PptxGenJS.TextProps[] = fits.map((i) => ({ text: clamped[i]!, options: { bullet: { indent: 16 }, breakLine: true, paraSpaceAfter: 0.12 * 72, bold: i === 0 } }));
  if (runs.length > 0) textBox(slide, runs, CONTENT, { pt });
}

/** How many vote items a slide shows: more would not be readable from the back of the room. */
const VOTE_ITEMS_PER_SLIDE = 12;
const VOTE_LABEL_PT = 12;

/**
 * A revealed dot vote as a native bar chart (most dots on top), so the room's
 * answer can be restyled in PowerPoint; long votes continue on the next slide.
 * Totals never revealed are not shown.
 */
export function voteSlides(ctx: DeckContext, title: string, subtitle: string, results: VoteResults): void {
  const { t } = ctx;
  const placed = placedTotals(results);
  if (results.session.status !== 'revealed' || placed.length === 0) {
    textBox(ctx.page(title, subtitle), t(results.session.status === 'revealed' ? 'ui.present.votes.none' : 'ui.present.votes.hidden'), { ...CONTENT, h: 1 }, { pt: BODY_PT, color: MUTED });
    return;
  }
  const pages = Array.from({ length: Math.ceil(placed.length / VOTE_ITEMS_PER_SLIDE) }, (_, k) => placed.slice(k * VOTE_ITEMS_PER_SLIDE, (k + 1) * VOTE_ITEMS_PER_SLIDE));
  pages.forEach((items, n) => {
    const slide = ctx.page(title, subtitle, pageOf(n + 1, pages.length));
    // A bar chart draws its first category at the bottom; labels longer than two lines are cut.
    const shown = [...items].reverse();
    const labels = shown.map((s) => clampLines(s.label, 3.2, VOTE_LABEL_PT, 2));
    const barH = Math.min(0.5, CONTENT.h / Math.max(4, shown.length));
    const h = Math.min(CONTENT.h, barH * shown.length + 0.4);
    slide.addChart('bar', [{ name: t('ui.present.votes.series'), labels, values: shown.map((s) => s.dots) }], {
      ...chartBase({ ...CONTENT, h }, [OKABE_ITO[0]]),
      showLegend: false,
      barDir: 'bar',
      barGapWidthPct: 40,
      showValue: true,
      dataLabelFontSize: 14,
      dataLabelColor: '1F2937',
      dataLabelPosition: 'outEnd',
      catAxisLabelFontSize: VOTE_LABEL_PT,
      valAxisHidden: true,
      valAxisMinVal: 0,
      valGridLine: { style: 'none' },
    });
  });
}
