import { describe, expect, it } from 'vitest';
import { effectiveMatrix } from '@shared/analysis/matrix';
import { cellViewAt, rowSignature } from './cellView';
import { cellAt, channelAxis, foldText, groupAt, matrixLayout, phaseAxis } from './layout';
import { channel, matrixCell, phase } from './testData';

const channels = [
  channel('Store', 'a0', { personal: true }),
  channel('Website', 'a1', { online: true }),
  channel('Call centre', 'a2', { personal: true }),
  channel('E-mail', 'a3', { online: true, hidden: true }),
  channel('Café', 'a4'),
];
const phases = [phase('Attract', 'a0'), phase('Inform', 'a1', { hidden: true }), phase('Advise', 'a2')];

describe('axes', () => {
  it('leave hidden phases and channels out', () => {
    expect(phaseAxis(phases).items.map((p) => p.id)).toEqual(['Attract', 'Advise']);
    expect(channelAxis(channels, '', 'none').items.map((c) => c.id)).toEqual(['Store', 'Website', 'Call centre', 'Café']);
  });

  it('filter channels by name, ignoring case and accents', () => {
    expect(foldText('  Café ')).toBe('cafe');
    expect(channelAxis(channels, 'CAFE', 'none').items.map((c) => c.id)).toEqual(['Café']);
    expect(channelAxis(channels, 'e', 'none').items.map((c) => c.id)).toEqual(['Store', 'Website', 'Call centre', 'Café']);
    expect(channelAxis(channels, 'zzz', 'none').items).toEqual([]);
  });

  it('group online first, then offline, keeping the order inside each group', () => {
    const axis = channelAxis(channels, '', 'online');
    expect(axis.items.map((c) => c.id)).toEqual(['Website', 'Store', 'Call centre', 'Café']);
    expect(axis.groups).toEqual([
      { key: 'online', start: 0, span: 1 },
      { key: 'offline', start: 1, span: 3 },
    ]);
    expect(groupAt(axis, 2)?.key).toBe('offline');
  });

  it('group personal / non-personal and drop empty groups', () => {
    const axis = channelAxis(channels, 'c', 'personal');
    expect(axis.items.map((c) => c.id)).toEqual(['Call centre', 'Café']);
    expect(axis.groups).toEqual([
      { key: 'personal', start: 0, span: 1 },
      { key: 'impersonal', start: 1, span: 1 },
    ]);
    expect(channelAxis(channels, 'web', 'personal').groups).toEqual([{ key: 'impersonal', start: 0, span: 1 }]);
  });
});

describe('matrixLayout and cellAt', () => {
  const p = phaseAxis(phases);
  const c = channelAxis(channels, '', 'none');

  it('puts phases in rows, or channels in rows when transposed', () => {
    expect(cellAt(matrixLayout(p, c, false), 1, 0)).toMatchObject({ phaseId: 'Advise', channelId: 'Store' });
    expect(cellAt(matrixLayout(p, c, true), 1, 0)).toMatchObject({ phaseId: 'Attract', channelId: 'Website' });
    expect(cellAt(matrixLayout(p, c, false), 5, 0)).toBeNull();
  });

  it('shows a lens cell as inherited until the lens sets it', () => {
    const lens = { kind: 'typology', id: 't1' } as const;
    const cells = effectiveMatrix([matrixCell('Attract', 'Store', 3), matrixCell('Advise', 'Store', 1, lens, { note: 'n' })], lens);
    const layout = matrixLayout(p, c, false);
    expect(cellViewAt(cells, layout, 0, 0, false)).toEqual({ role: 3, evidence: null, hasNote: false, inherited: true, overridden: false });
    expect(cellViewAt(cells, layout, 1, 0, false)).toEqual({ role: 1, evidence: null, hasNote: true, inherited: false, overridden: true });
    expect(cellViewAt(cells, layout, 1, 1, false)).toMatchObject({ role: null, inherited: true });
    expect(cellViewAt(effectiveMatrix([], { kind: 'all' }), layout, 1, 1, true)).toMatchObject({ role: null, inherited: false });
  });

  it('gives a row a signature that changes only with what the row shows', () => {
    const layout = matrixLayout(p, c, false);
    const before = effectiveMatrix([matrixCell('Attract', 'Store', 3)], { kind: 'all' });
    const after = effectiveMatrix([matrixCell('Attract', 'Store', 2)], { kind: 'all' });
    expect(rowSignature(before, layout, 0, true)).not.toBe(rowSignature(after, layout, 0, true));
    expect(rowSignature(before, layout, 1, true)).toBe(rowSignature(after, layout, 1, true));
  });
});
