/**
 * The economics of one scenario in one lens: what serving one customer costs
 * per phase (as present mode shows it) beside what each customer type in the
 * lens is worth. Rows that do not fit continue on the next slide.
 */
import type PptxGenJS from 'pptxgenjs';
import { visibleChannels, visiblePhases, visibleSorted } from '@shared/analysis/charts/cells';
import { costOutcome, customerValue, journeyCost, lifetimeValue, netPromoterScore } from '@shared/analysis/economics';
import type { EconomicsData } from '@shared/analysis/economics/types';
import type { Lens, MatrixCell } from '@shared/domain/types';
import { CELL_PAD_X, CELL_PAD_Y, columnWidths, minColumnWidths, wantColumnWidths } from './pptx-grid';
import { clampLines, linesHeight, pack, wrap } from './pptx-text';
import { CONTENT, FONT, HEAD_FILL, INK, MUTED, pageOf, RULE, textBox, type DeckContext } from './pptx-theme';

/** Table sizes tried, largest first, until both tables fit side by side without breaking a word. */
const SIZES = [12, 11, 10] as const;
const HEADING_PT = 12;
const HEADING_H = 0.32;
const NOTE_PT = 10;
/** The two tables side by side with this much between them. */
const TABLE_GAP = 0.3;
const COST_SHARE = 0.48;

interface Table {
  pt: number;
  heading: string;
  colW: number[];
  head: string[];
  rows: string[][];
  /** Rows drawn bold (a total). */
  bold?: ReadonlySet<number>;
  note?: string;
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

const rowHeight = (cells: readonly string[], colW: readonly number[], bold: boolean, pt: number) =>
  linesHeight(Math.max(1, ...cells.map((c, i) => wrap(c, colW[i]! - 2 * CELL_PAD_X, pt, bold).length)), pt) + 2 * CELL_PAD_Y;

function tablePages(table: Table, height: number): number[][] {
  const noteH = table.note ? linesHeight(3, NOTE_PT) + 0.1 : 0;
  const room = height - HEADING_H - rowHeight(table.head, table.colW, true, table.pt) - noteH;
  return pack(table.rows.map((r, i) => rowHeight(r, table.colW, table.bold?.has(i) ?? false, table.pt)), room);
}

function drawTable(slide: PptxGenJS.Slide, table: Table, rows: readonly number[], x: number): void {
  const margin: [number, number, number, number] = [CELL_PAD_Y, CELL_PAD_X, CELL_PAD_Y, CELL_PAD_X];
  const border = { type: 'solid' as const, pt: 0.5, color: RULE };
  const w = table.colW.reduce((a, b) => a + b, 0);
  textBox(slide, table.heading, { x, y: CONTENT.y, w, h: HEADING_H }, { pt: HEADING_PT, bold: true, color: MUTED, valign: 'top' });
  const cell = (text: string, bold: boolean, col: number, fill?: string): PptxGenJS.TableCell => ({
    text,
    options: { bold, margin, border, align: col === 0 ? 'left' : 'right', ...(fill ? { fill: { color: fill } } : {}) },
  });
  const head = table.head.map((text, c) => cell(text, true, c, HEAD_FILL));
  const body = rows.map((r) => table.rows[r]!.map((text, c) => cell(text, table.bold?.has(r) ?? false, c)));
  const rowH = [rowHeight(table.head, table.colW, true, table.pt), ...rows.map((r) => rowHeight(table.rows[r]!, table.colW, table.bold?.has(r) ?? false, table.pt))];
  slide.addTable([head, ...body], { x, y: CONTENT.y + HEADING_H, w, colW: table.colW, rowH, fontFace: FONT, fontSize: table.pt, color: INK, valign: 'middle', autoPage: false });
  if (table.note) {
    const y = CONTENT.y + HEADING_H + rowH.reduce((a, b) => a + b, 0) + 0.08;
    textBox(slide, clampLines(table.note, w, NOTE_PT, 3), { x, y, w, h: linesHeight(3, NOTE_PT) + 0.1 }, { pt: NOTE_PT, color: MUTED });
  }
}

/** The customer types a lens is about: one type, the types of a typology, or all. */
function typesIn(ctx: DeckContext, lens: Lens) {
  const types = visibleSorted(ctx.catalog.customerTypes);
  if (lens.kind === 'customerType') return types.filter((c) => c.id === lens.id);
  if (lens.kind === 'typology') return types.filter((c) => c.typologyId === lens.id);
  return types;
}

export function economicsSlides(ctx: DeckContext, title: string, subtitle: string, data: EconomicsData, cells: readonly MatrixCell[], lens: Lens): void {
  const { t, catalog, formats } = ctx;
  const phases = visiblePhases(catalog);
  const channels = visibleChannels(catalog);
  const na = t('ui.deliverables.economics.notAvailable');
  const cost = journeyCost({
    phases,
    channels,
    cells,
    customerTypeId: lens.kind === 'customerType' ? lens.id : null,
    roleContacts: data.roleContacts,
    overrides: data.overrides,
  });
  const missing = channels.filter((c) => cost.missingCost.includes(c.id)).map((c) => c.name);
  // Never a total of 0.00 that reads like a free journey: dashes, and a note that says what is missing.
  const priced = costOutcome(cost);
  const money = (value: number) => (priced.ok ? formats.money(value) : '–');
  const note = !priced.ok
    ? t(priced.why.kind === 'noContacts' ? 'ui.present.economicsSlide.noContacts' : 'ui.present.economicsSlide.noCosts')
    : missing.length > 0
      ? t('ui.present.economicsSlide.missing', { channels: missing.join(', ') })
      : null;
  const costHead = [t('ui.present.economicsSlide.phase'), t('ui.present.economicsSlide.contacts'), t('ui.present.economicsSlide.cost')];
  const costRows = [
    ...cost.phases.map((row, i) => [phases[i]?.name ?? '', formats.number(row.contacts), money(row.cost)]),
    [t('ui.present.economicsSlide.total'), formats.number(cost.contacts), money(cost.total)],
  ];
  const valueHead = [t('ui.deliverables.columns.customerType'), t('ui.deliverables.economics.customerValue'), t('ui.deliverables.economics.lifetimeValue'), t('ui.deliverables.economics.nps')];
  const valueRows = typesIn(ctx, lens).map((type) => {
    const inputs = data.customerTypes.find((c) => c.customerTypeId === type.id);
    const kw = inputs ? customerValue(inputs) : null;
    const clv = inputs ? lifetimeValue(inputs) : null;
    const nps = inputs ? netPromoterScore(inputs) : null;
    return [type.name, kw?.ok ? formats.wholeMoney(kw.value.value) : na, clv?.ok ? formats.wholeMoney(clv.value) : na, nps?.ok ? String(Math.round(nps.value.score)) : na];
  });
  const room = CONTENT.w - TABLE_GAP;
  const least = (pt: number) => ({ cost: sum(minColumnWidths(costHead, costRows, pt)), value: sum(minColumnWidths(valueHead, valueRows, pt)) });
  const pt = SIZES.find((size) => least(size).cost + least(size).value <= room) ?? SIZES[SIZES.length - 1]!;
  // Each table gets what its texts take on one line when there is room; else the cost table (short names, numbers)
  // up to about half the width, the value table the rest; neither under its widest words.
  const want = { cost: sum(wantColumnWidths(costHead, costRows, pt)), value: sum(wantColumnWidths(valueHead, valueRows, pt)) };
  const costW = Math.min(Math.max(least(pt).cost, Math.min(want.cost, Math.max(room * COST_SHARE, room - want.value))), room - least(pt).value);
  const costTable: Table = {
    pt,
    heading: t('ui.deliverables.deck.costHeading'),
    colW: columnWidths(costHead, costRows, pt, costW),
    head: costHead,
    rows: costRows,
    bold: new Set([cost.phases.length]),
    ...(note !== null ? { note } : {}),
  };
  const valueTable: Table = { pt, heading: t('ui.deliverables.deck.valueHeading'), colW: columnWidths(valueHead, valueRows, pt, room - costW), head: valueHead, rows: valueRows };
  const costPages = tablePages(costTable, CONTENT.h);
  const valuePages = tablePages(valueTable, CONTENT.h);
  const total = Math.max(costPages.length, valuePages.length, 1);
  for (let n = 0; n < total; n++) {
    const slide = ctx.page(title, subtitle, pageOf(n + 1, total));
    const costPage = costPages[n];
    if (costPage) drawTable(slide, n === costPages.length - 1 ? costTable : { ...costTable, note: undefined }, costPage, CONTENT.x);
    const x = CONTENT.x + CONTENT.w - valueTable.colW.reduce((a, b) => a + b, 0);
    const valuePage = valuePages[n];
    if (valuePage) drawTable(slide, valueTable, valuePage, x);
    else if (n === 0) textBox(slide, t('ui.deliverables.deck.noCustomerTypes'), { x, y: CONTENT.y, w: room - costW, h: 0.6 }, { pt, color: MUTED });
  }
}
