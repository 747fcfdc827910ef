import { describe, expect, it } from 'vitest';
import { cellFromParam, cellPos, formatMatrixHash, parseMatrixHash, resolveRoute, type MatrixRoute } from './route';
import type { MatrixLayout } from './layout';

const route: MatrixRoute = {
  scenario: 's1',
  lens: { kind: 'typology', id: 't:1' },
  compare: 's2',
  mode: 'side',
  transposed: true,
  groupBy: 'personal',
};

describe('matrix hash', () => {
  it('round-trips the whole view', () => {
    const hash = formatMatrixHash(route);
    expect(hash.startsWith('#/matrix?')).toBe(true);
    expect(parseMatrixHash(hash)).toEqual(route);
  });

  it('leaves defaults out and reads a bare hash as defaults', () => {
    const plain: MatrixRoute = { scenario: null, lens: { kind: 'all' }, compare: null, mode: 'diff', transposed: false, groupBy: 'none' };
    expect(formatMatrixHash(plain)).toBe('#/matrix');
    expect(parseMatrixHash('#/matrix')).toEqual(plain);
  });

  it('treats a malformed lens or grouping as the default', () => {
    expect(parseMatrixHash('#/matrix?group=colour').groupBy).toBe('none');
  });
});

describe('the cell parameter', () => {
  it('round-trips a cell and leaves it out when there is none', () => {
    const withCell = { ...route, cell: { phaseId: 'p-1', channelId: 'c-2' } };
    const hash = formatMatrixHash(withCell);
    expect(hash).toContain('cell=p-1%3Ac-2');
    expect(parseMatrixHash(hash)).toEqual(withCell);
    expect(formatMatrixHash({ ...route, cell: null })).toBe(formatMatrixHash(route));
  });

  it('ignores a malformed cell', () => {
    for (const value of ['', 'p1', ':c1', 'p1:']) expect(cellFromParam(value)).toBeNull();
    expect(cellFromParam(null)).toBeNull();
    expect(parseMatrixHash('#/matrix?cell=nonsense').cell).toBeUndefined();
  });

  it('finds the cell in the grid either way round, or not at all', () => {
    const axis = (kind: 'phase' | 'channel', ids: string[]) => ({ kind, items: ids.map((id) => ({ kind, id, name: id })), groups: null });
    const layout: MatrixLayout = { rows: axis('phase', ['p1', 'p2']), cols: axis('channel', ['c1', 'c2', 'c3']), transposed: false };
    expect(cellPos(layout, { phaseId: 'p2', channelId: 'c3' })).toEqual({ r: 1, c: 2 });
    const transposed: MatrixLayout = { rows: layout.cols, cols: layout.rows, transposed: true };
    expect(cellPos(transposed, { phaseId: 'p2', channelId: 'c3' })).toEqual({ r: 2, c: 1 });
    expect(cellPos(layout, { phaseId: 'p9', channelId: 'c1' })).toBeNull();
  });
});

describe('resolveRoute', () => {
  const catalog = { scenarios: [], customerTypes: [], typologies: [{ id: 't:1' }], productDomains: [] } as unknown as Parameters<typeof resolveRoute>[1];

  it('keeps ids that exist', () => {
    expect(resolveRoute(route, catalog, ['s1', 's2'])).toEqual(route);
  });

  it('falls back to the first scenario, all customers and no comparison', () => {
    const stale = { ...route, scenario: 'gone', lens: { kind: 'typology' as const, id: 'gone' }, compare: 'gone' };
    expect(resolveRoute(stale, catalog, ['s1', 's2'])).toMatchObject({ scenario: 's1', lens: { kind: 'all' }, compare: null });
    expect(resolveRoute({ ...route, compare: 's1' }, catalog, ['s1', 's2']).compare).toBeNull();
  });
});
