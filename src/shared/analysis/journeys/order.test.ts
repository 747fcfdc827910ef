import { describe, expect, it } from 'vitest';
import { journeyLens, liveLensIds } from './lens';
import { readingOrder } from './order';
import { PHASES, step } from './testSteps';

describe('readingOrder', () => {
  it('orders by phase, then position, with steps of missing or no phase last', () => {
    const steps = [
      step('lost', { phaseId: 'gone', position: 'a0' }),
      step('buy', { phaseId: 'p3', position: 'a0' }),
      step('loose', { phaseId: null, position: 'Zz' }),
      step('compare2', { phaseId: 'p2', position: 'a1' }),
      step('orient', { phaseId: 'p1', position: 'a5' }),
      step('compare1', { phaseId: 'p2', position: 'a0V' }),
    ];
    expect(readingOrder(steps, PHASES).map((s) => s.id)).toEqual(['orient', 'compare1', 'compare2', 'buy', 'loose', 'lost']);
  });

  it('breaks position ties by id, so every host shows the same order', () => {
    const steps = [step('b', { phaseId: 'p1' }), step('a', { phaseId: 'p1' })];
    expect(readingOrder(steps, PHASES).map((s) => s.id)).toEqual(['a', 'b']);
    expect(readingOrder([], PHASES)).toEqual([]);
  });
});

describe('journeyLens', () => {
  const live = liveLensIds({ customerTypes: [{ id: 'ct' }], typologies: [{ id: 'ty' }], productDomains: [{ id: 'pd' }] });

  it('takes the most specific live lens item', () => {
    expect(journeyLens({ customerTypeId: 'ct', typologyId: 'ty', productDomainId: 'pd' }, live)).toEqual({ kind: 'customerType', id: 'ct' });
    expect(journeyLens({ customerTypeId: null, typologyId: 'ty', productDomainId: 'pd' }, live)).toEqual({ kind: 'typology', id: 'ty' });
    expect(journeyLens({ customerTypeId: null, typologyId: null, productDomainId: 'pd' }, live)).toEqual({ kind: 'productDomain', id: 'pd' });
    expect(journeyLens({ customerTypeId: null, typologyId: null, productDomainId: null }, live)).toEqual({ kind: 'all' });
  });

  it('falls back past deleted lens items', () => {
    expect(journeyLens({ customerTypeId: 'deleted', typologyId: 'ty', productDomainId: null }, live)).toEqual({ kind: 'typology', id: 'ty' });
    expect(journeyLens({ customerTypeId: 'deleted', typologyId: null, productDomainId: 'deleted' }, live)).toEqual({ kind: 'all' });
  });
});
