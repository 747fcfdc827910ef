import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { cellKey } from '../analysis/matrix';
import { buildPreview, type PreviewInput } from './match';
import { defaultDecisions, planImport } from './plan';
import { readSheetMatrix } from './read-table';
import type { CurrentRole, ImportPreview, MatchTarget } from './types';

const phases: MatchTarget[] = [
  { id: 'p-attract', name: 'Attract', key: 'attract' },
  { id: 'p-inform', name: 'Inform', key: 'inform' },
  { id: 'p-support', name: 'Aftersales', key: 'support' },
];
const channels: MatchTarget[] = [
  { id: 'c-store', name: 'Flagship store', key: 'store' },
  { id: 'c-web', name: 'Website', key: 'web' },
  { id: 'c-kiosk', name: 'Winkel', key: null },
];

function preview(rows: string[][], current: Record<string, CurrentRole> = {}): ImportPreview {
  const input: PreviewInput = {
    fileName: 'm.csv',
    format: 'csv',
    sheets: [],
    sheet: null,
    delimiter: ';',
    scenarioId: 's1',
    lens: { kind: 'all' },
    matrix: readSheetMatrix({ rows, formulas: [] }, 'm.csv'),
    targets: { phases, channels },
    current,
  };
  return buildPreview(input);
}

describe('matching sheet names to phases and channels', () => {
  it('matches own names first, then default names in English and Dutch by key', () => {
    const p = preview([
      ['', 'store', 'WEBSITE', 'Winkel', 'Webshop'],
      ['Aantrekken', '1', '', '', ''],
      ['support / service', '', '', '', ''],
      ['Adviseren', '', '', '', ''],
    ]);
    // "Winkel" is the user's own channel here (exact name beats the Dutch name of "store").
    expect(p.channels.map((c) => c.targetId)).toEqual(['c-store', 'c-web', 'c-kiosk', null]);
    expect(p.phases.map((c) => c.targetId)).toEqual(['p-attract', 'p-support', null]);
  });

  it('suggests a close existing name for a typo', () => {
    const p = preview([
      ['', 'Webiste', 'Radio'],
      ['Attract', '1', '2'],
    ]);
    expect(p.channels.map((c) => [c.targetId, c.suggestionId])).toEqual([
      [null, 'c-web'],
      [null, null],
    ]);
    expect(defaultDecisions(p, 'suggest').channels).toEqual({
      Webiste: { action: 'map', targetId: 'c-web' },
      Radio: { action: 'create' },
    });
    expect(defaultDecisions(p, 'skip').channels.Radio).toEqual({ action: 'skip' });
  });

  it('refuses two names that are one item', () => {
    expect(() => preview([['', 'Store', 'Flagship store'], ['Attract', '1', '2']])).toThrow(AppError);
  });

  it('reads a sheet with channels down the side the other way round', () => {
    const p = preview([
      ['', 'Attract', 'Inform'],
      ['Website', '3', '2'],
    ]);
    expect(p.matrix.transposed).toBe(true);
    expect(p.phases.map((x) => x.targetId)).toEqual(['p-attract', 'p-inform']);
    expect(planImport(p, defaultDecisions(p, 'skip')).changes.map((c) => [c.ref, c.phaseName, c.to])).toEqual([
      ['B2', 'Attract', 3],
      ['C2', 'Inform', 2],
    ]);
  });
});

describe('planning an import', () => {
  const rows = [
    ['', 'Store', 'Website', 'Podcast'],
    ['Attract', '3', '2', '1'],
    ['Inform', '', '2', '1'],
    ['Delight', '1', '1', '1'],
  ];
  const current = {
    [cellKey('p-attract', 'c-web')]: { role: 2, inherited: false },
    [cellKey('p-attract', 'c-store')]: { role: 1, inherited: true },
  } satisfies Record<string, CurrentRole>;

  it('says what changes from what to what, what is unchanged, and what is skipped', () => {
    const p = preview(rows, current);
    const plan = planImport(p, { phases: { Delight: { action: 'skip' } }, channels: { Podcast: { action: 'skip' } } });
    expect(plan.changes.map((c) => [c.ref, c.from, c.fromInherited, c.to])).toEqual([
      ['B2', 1, true, 3],
      ['C3', null, false, 2],
    ]);
    expect(plan.unchanged).toBe(1);
    expect(plan.skipped).toBe(5);
    expect(plan.unknown).toEqual({ phases: ['Delight'], channels: ['Podcast'] });
    expect(plan.create).toEqual({ phases: [], channels: [] });
    expect(p.matrix.emptyCells).toBe(1);
  });

  it('creates or maps unknown names as decided; undecided names are skipped', () => {
    const p = preview(rows, current);
    const plan = planImport(p, { phases: { Delight: { action: 'create' } }, channels: {} });
    expect(plan.create).toEqual({ phases: ['Delight'], channels: [] });
    expect(plan.changes.filter((c) => c.phase.kind === 'new').map((c) => c.ref)).toEqual(['B4', 'C4']);
    const mapped = planImport(p, { phases: { Delight: { action: 'map', targetId: 'p-support' } }, channels: {} });
    expect(mapped.changes.filter((c) => c.phaseName === 'Delight').map((c) => c.phase)).toEqual([
      { kind: 'existing', id: 'p-support' },
      { kind: 'existing', id: 'p-support' },
    ]);
  });

  it('reports two names mapped onto one item as a conflict', () => {
    const p = preview(rows, current);
    const plan = planImport(p, { phases: { Delight: { action: 'map', targetId: 'p-attract' } }, channels: {} });
    expect(plan.conflicts).toEqual([{ kind: 'phase', targetId: 'p-attract', names: ['Attract', 'Delight'] }]);
  });

  it('treats a map to an item that is not there as a skip', () => {
    const p = preview(rows, current);
    const plan = planImport(p, { phases: { Delight: { action: 'map', targetId: 'gone' } }, channels: {} });
    expect(plan.changes.some((c) => c.phaseName === 'Delight')).toBe(false);
  });
});
