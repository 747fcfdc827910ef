import type PptxGenJS from 'pptxgenjs';
import type { TFunction } from 'i18next';
import type { ChartsData } from '@shared/analysis/charts/charts';
import { placedTotals, type VoteResults } from '@shared/domain/workshop';
import type { JourneyDetail } from '@shared/domain/journeys';
import type { Catalog, MatrixCell } from '@shared/domain/types';
import { cellKey, effectiveMatrix } from '@shared/analysis/matrix';
import type { Lens } from '@shared/domain/types';

/** 16:9 is 10 x 5.625 inches; everything sits inside a 0.4 inch margin. */
export const W = 10;
export const MARGIN = 0.4;
const FONT = 'Calibri';
const INK = '1F2937';
/** Role fills from light to strong (none stays white), as in the matrix and the spreadsheet. */
export const ROLE_FILL = ['FFFFFF', 'DCEBF7', '9DC3E6', '2E75B6'] as const;
const PHASE_BOX = 'EEF2F7';

type Cell = PptxGenJS.TableCell;

export function addTitle(slide: PptxGenJS.Slide, title: string, subtitle?: string): void {
  slide.addText(title, { x: MARGIN, y: 0.2, w: W - 2 * MARGIN, h: 0.6, fontFace: FONT, fontSize: 26, bold: true, color: INK });
  if (subtitle) slide.addText(subtitle, { x: MARGIN, y: 0.75, w: W - 2 * MARGIN, h: 0.35, fontFace: FONT, fontSize: 14, color: '4B5563' });
}

const tableFont = (columns: number): number => Math.max(7, Math.min(14, Math.floor(70 / Math.max(1, columns))));

/** The matrix as a native table: role words in coloured cells, so it stays editable and readable. */
export function addMatrixTable(slide: PptxGenJS.Slide, t: TFunction, catalog: Catalog, cells: readonly MatrixCell[], lens: Lens): void {
  const phases = catalog.phases.filter((p) => !p.hidden);
  const channels = catalog.channels.filter((c) => !c.hidden);
  const shown = effectiveMatrix(cells, lens);
  const fontSize = tableFont(channels.length + 2);
  const head: Cell[] = [{ text: '', options: {} }, ...channels.map((c): Cell => ({ text: c.name, options: { bold: true, fill: { color: 'F3F4F6' } } }))];
  const rows: Cell[][] = phases.map((phase) => [
    { text: phase.name, options: { bold: true, fill: { color: 'F3F4F6' } } },
    ...channels.map((channel): Cell => {
      const role = shown.get(cellKey(phase.id, channel.id))?.role ?? 0;
      return {
        text: role === 0 ? '' : t(`ui.deliverables.roles.${role}`),
        options: { fill: { color: ROLE_FILL[role] }, color: role === 3 ? 'FFFFFF' : INK, bold: role === 3, align: 'center' },
      };
    }),
  ]);
  slide.addTable([head, ...rows], { x: MARGIN, y: 1.2, w: W - 2 * MARGIN, fontFace: FONT, fontSize, border: { type: 'solid', pt: 0.5, color: 'D1D5DB' }, autoPage: false });
}

const chartBox = { x: MARGIN, y: 1.2, w: W - 2 * MARGIN, h: 4.1 };

/** A chart of the Charts page as a native PowerPoint chart (the heatmap as a coloured table). */
export function addChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  t: TFunction,
  id: string,
  data: ChartsData,
  pair: { from: string; to: string } | null,
): void {
  /** pptxgenjs cannot draw a chart without series; an empty chart says so in words instead. */
  const draw = (type: PptxGenJS.CHART_NAME, series: { name: string; labels: string[]; values: number[] }[], options: PptxGenJS.IChartOpts) => {
    if (series.length === 0 || series.every((x) => x.labels.length === 0)) slide.addText(t('ui.deliverables.deck.noData'), { ...chartBox, fontSize: 18, align: 'center' });
    else slide.addChart(type, series, options);
  };
  const common = { ...chartBox, showLegend: true, legendPos: 'b' as const, legendFontSize: 12, catAxisLabelFontSize: 12, valAxisLabelFontSize: 11 };
  if (id === 'heatmap') {
    const h = data.heatmap;
    const max = Math.max(1, ...h.values.flat().map((v) => v ?? 0));
    const fontSize = tableFont(h.columns.length + 2);
    const head: Cell[] = [{ text: '' }, ...h.columns.map((c): Cell => ({ text: c.name, options: { bold: true } }))];
    const rows: Cell[][] = h.phases.map((p, r) => [
      { text: p.name, options: { bold: true } },
      ...h.columns.map((_, c): Cell => {
        const v = h.values[r]?.[c] ?? null;
        const level = v === null ? 0 : Math.min(3, Math.ceil((v / max) * 3));
        return { text: v === null ? '' : String(Math.round(v * 10) / 10), options: { fill: { color: ROLE_FILL[level] }, color: level === 3 ? 'FFFFFF' : INK, align: 'center' } };
      }),
    ]);
    slide.addTable([head, ...rows], { x: MARGIN, y: 1.2, w: W - 2 * MARGIN, fontFace: FONT, fontSize, border: { type: 'solid', pt: 0.5, color: 'D1D5DB' }, autoPage: false });
    return;
  }
  if (id === 'mix') {
    const series = data.mix.series.map((s, i) => ({ name: s.name, labels: data.mix.phases.map((p) => p.name), values: data.mix.phases.map((p) => p.values[i] ?? 0) }));
    draw(pptx.ChartType.bar, series, { ...common, barDir: 'col', barGrouping: 'stacked' });
    return;
  }
  if (id === 'profile') {
    const labels = data.profile.phases.map((p) => p.name);
    const series = data.profile.series.map((s) => ({ name: s.name, labels, values: s.values }));
    draw(pptx.ChartType.radar, series, { ...common, radarStyle: 'marker' });
    return;
  }
  if (id === 'balance') {
    const labels = data.balance.phases.map((p) => p.name);
    draw(
      pptx.ChartType.bar,
      [
        { name: 'Online', labels, values: data.balance.phases.map((p) => p.online) },
        { name: 'Offline', labels, values: data.balance.phases.map((p) => p.offline) },
      ],
      { ...common, barDir: 'bar', barGrouping: 'stacked' },
    );
    return;
  }
  if (id === 'delta' && data.delta && pair) {
    const d = data.delta;
    const labels = d.phases.map((p) => p.name);
    draw(
      pptx.ChartType.bar,
      [
        { name: pair.from, labels, values: d.phases.map((p) => p.from) },
        { name: pair.to, labels, values: d.phases.map((p) => p.to) },
      ],
      { ...common, barDir: 'col', barGrouping: 'clustered' },
    );
    return;
  }
  // The quadrant: the typologies as a two-by-two table of native text.
  const q = data.quadrant;
  const cellText = (behaviour: string, certainty: string) =>
    q.points
      .filter((p) => p.behaviour === behaviour && p.certainty === certainty)
      .map((p) => `${p.name} (${Math.round(p.share)}%)`)
      .join('\n');
  const rows: Cell[][] = [
    [{ text: '' }, { text: t('ui.profiles.typology.structured'), options: { bold: true } }, { text: t('ui.profiles.typology.unstructured'), options: { bold: true } }],
    ...(['certain', 'uncertain'] as const).map((c): Cell[] => [
      { text: t(`ui.profiles.typology.${c}`), options: { bold: true } },
      { text: cellText('structured', c) },
      { text: cellText('unstructured', c) },
    ]),
  ];
  slide.addTable(rows, { x: MARGIN, y: 1.2, w: W - 2 * MARGIN, fontFace: FONT, fontSize: 16, border: { type: 'solid', pt: 0.5, color: 'D1D5DB' }, rowH: [0.5, 1.7, 1.7] });
}

/** A journey as boxes per phase column: each step a rounded box with its title and channel. */
export function addJourney(pptx: PptxGenJS, slide: PptxGenJS.Slide, catalog: Catalog, detail: JourneyDetail): void {
  const phases = catalog.phases.filter((p) => !p.hidden);
  const columnW = (W - 2 * MARGIN) / Math.max(1, phases.length);
  const fontSize = Math.max(8, Math.min(14, Math.floor(columnW * 11)));
  phases.forEach((phase, i) => {
    const x = MARGIN + i * columnW;
    slide.addShape(pptx.ShapeType.rect, { x, y: 1.2, w: columnW - 0.05, h: 0.45, fill: { color: PHASE_BOX }, line: { color: 'D1D5DB' } });
    slide.addText(phase.name, { x, y: 1.2, w: columnW - 0.05, h: 0.45, fontFace: FONT, fontSize, bold: true, align: 'center', color: INK });
    const steps = detail.steps.filter((s) => s.phaseId === phase.id);
    const boxH = Math.min(1, 3.4 / Math.max(1, steps.length));
    steps.forEach((step, n) => {
      const channel = catalog.channels.find((c) => c.id === step.channelId)?.name;
      const text = channel ? `${step.title}\n${channel}` : step.title;
      slide.addText(text, {
        shape: pptx.ShapeType.roundRect,
        x: x + 0.03,
        y: 1.75 + n * (boxH + 0.08),
        w: columnW - 0.11,
        h: boxH,
        rectRadius: 0.08,
        fill: { color: step.momentOfTruth ? 'FEF3C7' : 'FFFFFF' },
        line: { color: step.momentOfTruth ? 'D97706' : '9CA3AF', width: 1 },
        fontFace: FONT,
        fontSize: Math.max(7, fontSize - 2),
        color: INK,
        valign: 'middle',
        align: 'center',
      });
    });
  });
}

/** Bulleted text, large enough to read from the back of a room. */
export function addBullets(slide: PptxGenJS.Slide, lines: readonly string[], fontSize = 16): void {
  if (lines.length === 0) return;
  slide.addText(
    lines.map((text) => ({ text, options: { bullet: true, breakLine: true } })),
    { x: MARGIN, y: 1.2, w: W - 2 * MARGIN, h: 4.1, fontFace: FONT, fontSize, color: INK, valign: 'top', fit: 'shrink' },
  );
}

/** How many vote items a slide shows: more would not be readable from the back of the room. */
const VOTE_ITEMS_PER_SLIDE = 12;

/**
 * A revealed dot vote as a native bar chart (most dots on top), so the room's
 * answer can be restyled in PowerPoint; totals never revealed are not shown.
 */
export function addVoteResults(pptx: PptxGenJS, slide: PptxGenJS.Slide, t: TFunction, results: VoteResults): void {
  const placed = placedTotals(results);
  if (results.session.status !== 'revealed' || placed.length === 0) {
    addBullets(slide, [t(results.session.status === 'revealed' ? 'ui.present.votes.none' : 'ui.present.votes.hidden')], 18);
    return;
  }
  const shown = placed.slice(0, VOTE_ITEMS_PER_SLIDE).reverse(); // a bar chart draws its first category at the bottom
  const series = [{ name: t('ui.present.votes.series'), labels: shown.map((s) => s.label), values: shown.map((s) => s.dots) }];
  slide.addChart(pptx.ChartType.bar, series, {
    ...chartBox,
    barDir: 'bar',
    showValue: true,
    dataLabelFontSize: 14,
    catAxisLabelFontSize: shown.length > 8 ? 11 : 14,
    valAxisHidden: true,
    valGridLine: { style: 'none' },
    chartColors: ['2E75B6'],
  });
}
