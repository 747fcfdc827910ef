/**
 * The economics of one scenario in one lens: what serving one customer costs
 * per phase (as present mode shows it) beside what each customer type in the
 * lens is worth. Rows that do not fit continue on the next slide.
 */
import type PptxGenJS from 'pptxgenjs';
import { visibleChannels, visiblePhases, visibleSorted } from '@shared/analysis/charts/cells';
import { customerValue, journeyCost, lifetimeValue, netPromoterScore } from '@shared/analysis/economics';
import type { EconomicsData } from '@shared/analysis/economics/types';
import type { Lens, MatrixCell } from '@shared/domain/types';
import { CELL_PAD_X, CELL_PAD_Y } from './pptx-grid';
import { clampLines, linesHeight, pack, wrap } from './pptx-text';
import { CONTENT, FONT, HEAD_FILL, INK, MUTED, pageOf, RULE, textBox, type Box, type DeckContext } from './pptx-theme';

const PT = 12;
const HEADING_PT = 12;
const HEADING_H = 0.32;
const NOTE_PT = 10;

interface Table {
  heading: string;
  colW: number[];
  head: string[];
  rows: string[][];
  /** Rows drawn bold (a total). */
  bold?: ReadonlySet<number>;
  note?: string;
}

const rowHeight = (cells: readonly string[], colW: readonly number[], bold: boolean) =>
  linesHeight(Math.max(1, ...cells.map((c, i) => wrap(c, colW[i]! - 2 * CELL_PAD_X, PT, bold).length)), PT) + 2 * CELL_PAD_Y;

function tablePages(table: Table, height: number): number[][] {
  const noteH = table.note ? linesHeight(3, NOTE_PT) + 0.1 : 0;
  const room = height - HEADING_H - rowHeight(table.head, table.colW, true) - noteH;
  return pack(table.rows.map((r, i) => rowHeight(r, table.colW, table.bold?.has(i) ?? false)), room);
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
  const rowH = [rowHeight(table.head, table.colW, true), ...rows.map((r) => rowHeight(table.rows[r]!, table.colW, table.bold?.has(r) ?? false))];
  slide.addTable([head, ...body], { x, y: CONTENT.y + HEADING_H, w, colW: table.colW, rowH, fontFace: FONT, fontSize: PT, color: INK, valign: 'middle', autoPage: false });
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
  const { t, lang, catalog } = ctx;
  const phases = visiblePhases(catalog);
  const channels = visibleChannels(catalog);
  const money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR' });
  const whole = new Intl.NumberFormat(lang, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const cost = journeyCost({
    phases,
    channels,
    cells,
    customerTypeId: lens.kind === 'customerType' ? lens.id : null,
    roleContacts: data.roleContacts,
    overrides: data.overrides,
  });
  const missing = channels.filter((c) => cost.missingCost.includes(c.id)).map((c) => c.name);
  const costTable: Table = {
    heading: t('ui.deliverables.deck.costHeading'),
    colW: [1.7, 1.3, 1.3],
    head: [t('ui.present.economicsSlide.phase'), t('ui.present.economicsSlide.contacts'), t('ui.present.economicsSlide.cost')],
    rows: [
      ...cost.phases.map((row, i) => [phases[i]?.name ?? '', number.format(row.contacts), money.format(row.cost)]),
      [t('ui.present.economicsSlide.total'), number.format(cost.contacts), money.format(cost.total)],
    ],
    bold: new Set([cost.phases.length]),
    ...(missing.length > 0 ? { note: t('ui.present.economicsSlide.missing', { channels: missing.join(', ') }) } : {}),
  };
  const na = t('ui.deliverables.economics.notAvailable');
  const types = typesIn(ctx, lens);
  const valueTable: Table = {
    heading: t('ui.deliverables.deck.valueHeading'),
    colW: [1.45, 1.0, 1.0, 1.1],
    head: [t('ui.deliverables.columns.customerType'), t('ui.deliverables.economics.customerValue'), t('ui.deliverables.economics.lifetimeValue'), t('ui.deliverables.economics.nps')],
    rows: types.map((type) => {
      const inputs = data.customerTypes.find((c) => c.customerTypeId === type.id);
      const kw = inputs ? customerValue(inputs) : null;
      const clv = inputs ? lifetimeValue(inputs) : null;
      const nps = inputs ? netPromoterScore(inputs) : null;
      return [type.name, kw?.ok ? whole.format(kw.value.value) : na, clv?.ok ? whole.format(clv.value) : na, nps?.ok ? String(Math.round(nps.value.score)) : na];
    }),
  };
  const costPages = tablePages(costTable, CONTENT.h);
  const valuePages = tablePages(valueTable, CONTENT.h);
  const total = Math.max(costPages.length, valuePages.length, 1);
  const left: Box = { ...CONTENT, w: 4.3 };
  for (let n = 0; n < total; n++) {
    const slide = ctx.page(title, subtitle, pageOf(n + 1, total));
    const costRows = costPages[n];
    if (costRows) drawTable(slide, n === costPages.length - 1 ? costTable : { ...costTable, note: undefined }, costRows, left.x);
    const x = CONTENT.x + CONTENT.w - valueTable.colW.reduce((a, b) => a + b, 0);
    const valueRows = valuePages[n];
    if (valueRows) drawTable(slide, valueTable, valueRows, x);
    else if (n === 0) textBox(slide, t('ui.deliverables.deck.noCustomerTypes'), { x, y: CONTENT.y, w: 4.55, h: 0.6 }, { pt: PT, color: MUTED });
  }
}
