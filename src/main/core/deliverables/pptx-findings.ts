/**
 * Findings and scenario changes as text slides. Every finding is shown: what
 * does not fit one slide continues on the next ("Findings: As-is (2/3)"),
 * measured so no text runs out of its box.
 */
import type PptxGenJS from 'pptxgenjs';
import type { Finding } from '@shared/analysis/findings';
import type { DeltaRow } from '@shared/analysis/charts/delta';
import type { ScenarioChange } from '@shared/analysis/scenario-change';
import { changeSentences, findingMessage, findingScope } from '@shared/i18n/finding-text';
import { addDeltaChart } from './pptx-charts';
import { clampLines, linesHeight, pack, textHeight, wrap } from './pptx-text';
import { CONTENT, INSET, innerW, MUTED, pageOf, textBox, type Box, type DeckContext } from './pptx-theme';

const FINDING_PT = 14;
/** Space after each paragraph, points. */
const PARA_AFTER_PT = 8;
/** The hanging indent of a bullet, points. */
const BULLET_INDENT_PT = 16;

interface Paragraph {
  runs: { text: string; bold?: boolean; color?: string }[];
}

const plain = (p: Paragraph): string => p.runs.map((r) => r.text).join('');

/** Paragraphs fitted to a box: what would be taller than the whole box is cut with an ellipsis. */
function fit(paragraphs: readonly Paragraph[], box: Box, pt: number): { fitted: Paragraph[]; heights: number[] } {
  const width = innerW(box) - BULLET_INDENT_PT / 72;
  const maxLines = Math.floor(box.h / linesHeight(1, pt)) - 1;
  const fitted = paragraphs.map((p) => (wrap(plain(p), width, pt).length <= maxLines ? p : { runs: [{ text: clampLines(plain(p), width, pt, maxLines) }] }));
  return { fitted, heights: fitted.map((p) => textHeight(plain(p), width, pt) + PARA_AFTER_PT / 72) };
}

/**
 * Bulleted paragraphs over as many slides as they need: the first slide's in
 * `box` (beside whatever `first` draws), the rest in `rest`, the whole width.
 */
function bulletSlides(
  ctx: DeckContext,
  head: { title: string; subtitle: string },
  paragraphs: readonly Paragraph[],
  pt: number,
  box: Box = CONTENT,
  first?: (slide: PptxGenJS.Slide) => void,
  rest: Box = CONTENT,
): void {
  const inner = (b: Box) => b.h - 2 * INSET;
  const one = fit(paragraphs, box, pt);
  const firstPage = pack(one.heights, inner(box))[0] ?? [];
  const later = fit(paragraphs.slice(firstPage.length), rest, pt);
  const pages: { box: Box; items: Paragraph[] }[] = [
    { box, items: firstPage.map((i) => one.fitted[i]!) },
    ...pack(later.heights, inner(rest)).map((indexes) => ({ box: rest, items: indexes.map((i) => later.fitted[i]!) })),
  ];
  pages.forEach((page, n) => {
    const slide = ctx.page(head.title, head.subtitle, pageOf(n + 1, pages.length));
    if (n === 0) first?.(slide);
    const runs: PptxGenJS.TextProps[] = page.items.flatMap((p) =>
      p.runs.map((run, k, all) => ({
        text: run.text,
        options: {
          bold: run.bold ?? false,
          ...(run.color ? { color: run.color } : {}),
          ...(k === 0 ? { bullet: { indent: BULLET_INDENT_PT }, paraSpaceAfter: PARA_AFTER_PT } : {}),
          ...(k === all.length - 1 ? { breakLine: true } : {}),
        },
      })),
    );
    if (runs.length > 0) textBox(slide, runs, page.box, { pt });
  });
}

/** A scenario's findings in a lens, most important first, each with its severity and scope. */
export function findingsSlides(ctx: DeckContext, scenario: string, lens: string, findings: readonly Finding[]): void {
  const { t, lang, catalog } = ctx;
  const title = t('ui.deliverables.report.findings', { scenario });
  const subtitle = `${lens} \u00b7 ${t('ui.findings.groupCount', { count: findings.length })}`;
  if (findings.length === 0) {
    textBox(ctx.page(title, subtitle), t('ui.deliverables.report.noFindings'), { ...CONTENT, h: 1 }, { pt: FINDING_PT + 2, color: MUTED });
    return;
  }
  const paragraphs = findings.map((f) => ({
    runs: [
      { text: `${t(`ui.findings.severity.${f.severity}`)}: `, bold: true },
      { text: findingMessage(t, lang, f, ctx.formats.currency) },
      { text: ` (${findingScope(t, catalog, f)})`, color: MUTED },
    ],
  }));
  bulletSlides(ctx, { title, subtitle }, paragraphs, FINDING_PT);
}

const CHANGE_PT = 14;

/**
 * What the step from one scenario to another adds and removes in a lens: the
 * delta chart per phase on the left; on the right the summary, what the step
 * means beyond its cells (`highlights`: the cost of a journey, leads gained or
 * lost, channels retired) and a sentence per phase that changes, continued on
 * further slides when the sentences need them.
 */
export function changeSlide(
  ctx: DeckContext,
  names: { from: string; to: string; lens: string },
  change: ScenarioChange,
  phases: readonly DeltaRow[],
  highlights: readonly string[],
): void {
  const { t, lang } = ctx;
  const title = t('ui.deliverables.deck.changeTitle', { from: names.from, to: names.to });
  const summary =
    change.count === 0 ? t('ui.deliverables.deck.changeNone', names) : t('ui.deliverables.deck.changeSummary', { count: change.count, ...change.total });
  const sentences = [...highlights, ...changeSentences(t, lang, change.changes)].map((text) => ({ runs: [{ text }] }));
  const chartW = 4.6;
  const textArea: Box = { x: CONTENT.x + chartW + 0.2, y: CONTENT.y, w: CONTENT.w - chartW - 0.2, h: CONTENT.h };
  bulletSlides(ctx, { title, subtitle: names.lens }, [{ runs: [{ text: summary, bold: true }] }, ...sentences], CHANGE_PT, textArea, (slide) =>
    addDeltaChart(ctx, slide, phases, names, { ...CONTENT, w: chartW }),
  );
}
