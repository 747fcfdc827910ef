import { describe, expect, it } from 'vitest';
import type { Lens } from '../../domain/types';
import { lensFindings } from './lens-findings';
import type { Finding, Severity } from './types';

const finding = (id: string, severity: Severity, lens: Lens): Finding => ({
  id,
  rule: 'x',
  family: 'x',
  severity,
  scenarioId: 's',
  lens,
  cells: [],
  message: { key: 'k', params: {} },
});
const young: Lens = { kind: 'customerType', id: 'young' };

describe('lensFindings', () => {
  const found = [finding('all-info', 'info', { kind: 'all' }), finding('young-warning', 'warning', young), finding('all-warning', 'warning', { kind: 'all' })];

  it('gives all customers every finding, most severe first', () => {
    expect(lensFindings(found, { kind: 'all' }).map((f) => f.id)).toEqual(['young-warning', 'all-warning', 'all-info']);
  });

  it('gives another lens only the findings about it', () => {
    expect(lensFindings(found, young).map((f) => f.id)).toEqual(['young-warning']);
    expect(lensFindings(found, { kind: 'typology', id: 'none' })).toEqual([]);
  });
});
