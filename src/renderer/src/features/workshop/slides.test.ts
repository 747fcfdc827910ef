import { describe, expect, it } from 'vitest';
import type { MatrixCell } from '@shared/domain/types';
import { parseCellItemId } from '@shared/domain/workshop';
import { cellItems, matrixSlide, tooManyItems } from './slides';

const phases = [
  { id: 'p1', name: 'Attract' },
  { id: 'p2', name: 'Inform' },
];
const channels = [
  { id: 'c1', name: 'Store' },
  { id: 'c2', name: 'Website' },
];
const cell = (phaseId: string, channelId: string, role: 0 | 1 | 2 | 3, lens: MatrixCell['lens'] = { kind: 'all' }): MatrixCell => ({
  id: `${phaseId}${channelId}${lens.kind}`,
  scenarioId: 's',
  phaseId,
  channelId,
  lens,
  role,
  note: 'secret note',
  evidence: 'observed',
});
const texts = { title: 'As-is · Young families', subtitle: '', corner: 'Phase / channel', roles: { 0: 'none', 1: 'supporting', 2: 'important', 3: 'lead' } as const };

describe('workshop slides', () => {
  it('shows the effective roles of a lens as words, and nothing else of the cells', () => {
    const lens = { kind: 'customerType' as const, id: 'ct' };
    const slide = matrixSlide([cell('p1', 'c1', 3), cell('p1', 'c1', 1, lens), cell('p2', 'c2', 2)], lens, phases, channels, texts);
    expect(slide).toEqual({
      kind: 'table',
      title: 'As-is · Young families',
      subtitle: '',
      columns: ['Phase / channel', 'Store', 'Website'],
      rows: [
        { header: 'Attract', cells: ['supporting', ''] },
        { header: 'Inform', cells: ['', 'important'] },
      ],
    });
    expect(JSON.stringify(slide)).not.toContain('secret');
  });

  it('turns picked phases and channels into cell items whose ids name the cell again', () => {
    const items = cellItems('s', { kind: 'all' }, phases, channels, new Set(['p2']), new Set(['c1', 'c2']));
    expect(items.map((i) => i.label)).toEqual(['Inform × Store', 'Inform × Website']);
    expect(parseCellItemId(items[1]!.id)).toEqual({ scenarioId: 's', lensKind: 'all', lensId: '', phaseId: 'p2', channelId: 'c2' });
    expect(tooManyItems(200)).toBe(false);
    expect(tooManyItems(201)).toBe(true);
  });
});
