import { cellKey, effectiveMatrix } from '../analysis/matrix';
import { sameLens } from '../domain/lens';
import type { Catalog, Lang, Lens, MatrixCell } from '../domain/types';
import { escapeFormula } from './text';

/** The lens every matrix starts from, in the workspace's content language. */
export const ALL_CUSTOMERS: Record<Lang, string> = { en: 'All customers', nl: 'Alle klanten' };

/** A cell of an exported sheet: text (already escaped), a role number, or blank. */
export type ExportValue = string | number | null;

export interface NamedLens {
  lens: Lens;
  name: string;
}

/** Every lens of a workspace in menu order: all customers, customer types, typologies, product domains. */
export function lensesOf(catalog: Catalog, lang: Lang): NamedLens[] {
  return [
    { lens: { kind: 'all' }, name: ALL_CUSTOMERS[lang] },
    ...catalog.customerTypes.map((i) => ({ lens: { kind: 'customerType', id: i.id } as const, name: i.name })),
    ...catalog.typologies.map((i) => ({ lens: { kind: 'typology', id: i.id } as const, name: i.name })),
    ...catalog.productDomains.map((i) => ({ lens: { kind: 'productDomain', id: i.id } as const, name: i.name })),
  ];
}

export function lensName(catalog: Catalog, lang: Lang, lens: Lens): string {
  return lensesOf(catalog, lang).find((l) => sameLens(l.lens, lens))?.name ?? ALL_CUSTOMERS[lang];
}

/**
 * One view as the import reads it back: phase names down the first column,
 * channel names across the first row, the role each cell shows (inherited
 * ones included: the sheet is what the user sees). `corner` labels A1.
 */
export function viewGrid(catalog: Catalog, cells: readonly MatrixCell[], lens: Lens, corner: string): ExportValue[][] {
  const shown = effectiveMatrix(cells, lens);
  const header: ExportValue[] = [escapeFormula(corner), ...catalog.channels.map((c) => escapeFormula(c.name))];
  const rows = catalog.phases.map((phase): ExportValue[] => [
    escapeFormula(phase.name),
    ...catalog.channels.map((channel) => shown.get(cellKey(phase.id, channel.id))?.role ?? null),
  ]);
  return [header, ...rows];
}

/** Notes of the cells a view shows, by [row, column] of `viewGrid` (for spreadsheet comments). */
export function viewNotes(catalog: Catalog, cells: readonly MatrixCell[], lens: Lens): { row: number; column: number; note: string }[] {
  const shown = effectiveMatrix(cells, lens);
  const out: { row: number; column: number; note: string }[] = [];
  catalog.phases.forEach((phase, p) =>
    catalog.channels.forEach((channel, c) => {
      const note = shown.get(cellKey(phase.id, channel.id))?.note ?? '';
      if (note.trim() !== '') out.push({ row: p + 1, column: c + 1, note });
    }),
  );
  return out;
}

export const LONG_HEADER = ['scenario', 'lens', 'phase', 'channel', 'role', 'note', 'evidence'] as const;

export interface ScenarioCells {
  scenarioId: string;
  /** Every stored cell of the scenario, all lenses (what each lens sets itself). */
  cells: readonly MatrixCell[];
}

/**
 * Everything in long form, one row per stored cell: scenario, lens, phase,
 * channel, role, note, evidence. Ordered as the app orders its lists, so
 * two exports of the same workspace are identical.
 */
export function longRows(catalog: Catalog, lang: Lang, scenarios: readonly ScenarioCells[]): ExportValue[][] {
  const order = (ids: readonly { id: string }[]) => new Map(ids.map((item, i) => [item.id, i]));
  const phaseOrder = order(catalog.phases);
  const channelOrder = order(catalog.channels);
  const lenses = lensesOf(catalog, lang);
  const rows: ExportValue[][] = [[...LONG_HEADER]];
  for (const scenario of catalog.scenarios) {
    const stored = scenarios.find((s) => s.scenarioId === scenario.id)?.cells ?? [];
    for (const { lens, name } of lenses) {
      const own = stored
        .filter((c) => sameLens(c.lens, lens) && phaseOrder.has(c.phaseId) && channelOrder.has(c.channelId))
        .sort(
          (a, b) =>
            phaseOrder.get(a.phaseId)! - phaseOrder.get(b.phaseId)! || channelOrder.get(a.channelId)! - channelOrder.get(b.channelId)!,
        );
      for (const cell of own) {
        rows.push([
          escapeFormula(scenario.name),
          escapeFormula(name),
          escapeFormula(catalog.phases[phaseOrder.get(cell.phaseId)!]!.name),
          escapeFormula(catalog.channels[channelOrder.get(cell.channelId)!]!.name),
          cell.role,
          escapeFormula(cell.note),
          cell.evidence,
        ]);
      }
    }
  }
  return rows;
}

const SHEET_NAME_MAX = 31;

/**
 * Worksheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ],
 * not starting or ending with an apostrophe, not "History", unique ignoring case.
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>(['history']);
  return wanted.map((raw) => {
    const clean = raw.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet';
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? '' : ` (${n})`;
      const name = `${[...clean].slice(0, SHEET_NAME_MAX - suffix.length).join('').trim()}${suffix}`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  });
}

/** A file name that every operating system accepts. */
export function safeFileName(stem: string, extension: string): string {
  const clean = stem.replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ').replace(/\s+/g, ' ').replace(/^[ .]+|[ .]+$/g, '');
  return `${[...(clean || 'matrix')].slice(0, 120).join('')}.${extension}`;
}
