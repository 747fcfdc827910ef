import { describe, expect, it } from 'vitest';
import type { Catalog, MatrixCell, Phase, Channel, Scenario, Role } from '../domain/types';
import { lensName, lensesOf, longRows, safeFileName, sheetNames, viewGrid, viewNotes } from './export-rows';

const base = { key: null, description: '', position: 'a0', hidden: false };
const phase = (id: string, name: string): Phase => ({ ...base, kind: 'phase', id, name, digitalRole: '' });
const channel = (id: string, name: string): Channel => ({
  ...base, kind: 'channel', id, name, online: false, personal: false, dialogue: false, costPerContact: null, reach: null, costGroup: null, color: null, icon: null,
});
const scenario = (id: string, name: string): Scenario => ({ ...base, kind: 'scenario', id, name });
const catalog: Catalog = {
  phases: [phase('p1', 'Attract'), phase('p2', '=Promo')],
  channels: [channel('c1', 'Store'), channel('c2', '@home')],
  customerTypes: [],
  typologies: [{ ...base, kind: 'typology', id: 't1', name: 'Impulsive', searchBehaviour: null, certainty: null, searchIntensity: null, preferredSources: '' }],
  productDomains: [],
  scenarios: [scenario('s1', 'As-is'), scenario('s2', 'To-be')],
  dimensions: [],
};
const cell = (phaseId: string, channelId: string, role: Role | null, lens: MatrixCell['lens'] = { kind: 'all' }, note = ''): MatrixCell => ({
  id: `${phaseId}${channelId}${lens.kind}`, scenarioId: 's1', phaseId, channelId, lens, role, note, evidence: null,
});

describe('export rows', () => {
  it('writes a view as the grid the import reads, escaping text that a spreadsheet would run', () => {
    const cells = [cell('p1', 'c1', 3), cell('p2', 'c2', 1), cell('p1', 'c2', 2, { kind: 'typology', id: 't1' }, '-risky')];
    expect(viewGrid(catalog, cells, { kind: 'typology', id: 't1' }, 'As-is - Impulsive')).toEqual([
      ['As-is - Impulsive', 'Store', "'@home"],
      ['Attract', 3, 2],
      ["'=Promo", null, 1],
    ]);
    expect(viewNotes(catalog, cells, { kind: 'typology', id: 't1' })).toEqual([{ row: 1, column: 2, note: '-risky' }]);
  });

  it('writes everything in long form, stored cells per lens, notes escaped', () => {
    const cells = [cell('p2', 'c1', 1), cell('p1', 'c1', 3), cell('p1', 'c2', 2, { kind: 'typology', id: 't1' }, '+31 call us')];
    expect(longRows(catalog, 'en', [{ scenarioId: 's1', cells }])).toEqual([
      ['scenario', 'lens', 'phase', 'channel', 'role', 'note', 'evidence'],
      ['As-is', 'All customers', 'Attract', 'Store', 3, '', null],
      ['As-is', 'All customers', "'=Promo", 'Store', 1, '', null],
      ['As-is', 'Impulsive', 'Attract', "'@home", 2, "'+31 call us", null],
    ]);
  });

  it('names lenses in the content language', () => {
    expect(lensesOf(catalog, 'nl').map((l) => l.name)).toEqual(['Alle klanten', 'Impulsive']);
    expect(lensName(catalog, 'en', { kind: 'typology', id: 't1' })).toBe('Impulsive');
  });

  it('makes sheet names Excel accepts: short, clean, unique', () => {
    const long = 'A scenario with a really long name - All customers';
    const names = sheetNames([long, long, 'a/b: c?', 'History', "'quoted'"]);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[1]).toMatch(/\(2\)$/);
    expect(names[2]).toBe('a b c');
    expect(names[3]).toBe('History (2)');
    expect(names[4]).toBe('quoted');
  });

  it('makes safe file names', () => {
    expect(safeFileName('Plan: a/b - As-is', 'csv')).toBe('Plan a b - As-is.csv');
    expect(safeFileName('...', 'xlsx')).toBe('matrix.xlsx');
  });
});
