import { describe, expect, it } from 'vitest';
import { formatMatrixHash, lensFromParam, parseMatrixHash, resolveRoute, type MatrixRoute } from './route';

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
    expect(lensFromParam('planet:x')).toEqual({ kind: 'all' });
    expect(lensFromParam('typology:')).toEqual({ kind: 'all' });
    expect(parseMatrixHash('#/matrix?group=colour').groupBy).toBe('none');
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
