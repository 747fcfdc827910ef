import { describe, expect, it } from 'vitest';
import { catalogOf, cell, channel, phase } from '../analysis/charts/testData';
import type { Finding, Severity } from '../analysis/findings/types';
import { scenarioFigures, topFindings, topFindingsCount } from './key-figures';

const catalog = catalogOf({
  phases: [phase('inform', 'a0'), phase('buy', 'a1'), phase('gone', 'a2', { hidden: true })],
  channels: [channel('web', 'a0', { costPerContact: 2 }), channel('shop', 'a1', { costPerContact: 20 }), channel('mail', 'a2')],
});
const economics = { roleContacts: { 0: 0, 1: 0.5, 2: 1, 3: 2 }, overrides: [] };

describe('the key figures of the first page', () => {
  it('gives each scenario its cost to serve, the change from the first, and its active and lead channels', () => {
    const asIs = [cell('inform', 'shop', 3), cell('buy', 'shop', 3), cell('inform', 'web', 1), cell('gone', 'web', 3)];
    const toBe = [cell('inform', 'web', 3), cell('buy', 'web', 2), cell('buy', 'shop', 2), cell('inform', 'mail', 1)];
    const [first, second] = scenarioFigures(catalog, [
      { scenarioId: 'a', name: 'As-is', cells: asIs, economics },
      { scenarioId: 'b', name: 'To-be', cells: toBe, economics },
    ]);
    // As-is: shop 2 + 2 contacts at 20, web 0.5 at 2 = 81; the hidden phase does not count.
    expect(first).toEqual({
      scenarioId: 'a',
      name: 'As-is',
      cost: 81,
      contacts: 4.5,
      costChange: null,
      costChangePercent: null,
      missingCost: [],
      activeChannels: 2,
      leadChannels: 1,
    });
    // To-be: web 2 + 1 at 2, shop 1 at 20, mail 0.5 without a cost per contact.
    expect(second).toMatchObject({ cost: 26, costChange: -55, missingCost: ['MAIL'], activeChannels: 3, leadChannels: 1 });
    expect(second!.costChangePercent).toBeCloseTo((-55 / 81) * 100, 6);
  });

  it('has no percentage change when the first scenario costs nothing', () => {
    const [, second] = scenarioFigures(catalog, [
      { scenarioId: 'a', name: 'A', cells: [], economics },
      { scenarioId: 'b', name: 'B', cells: [cell('buy', 'web', 3)], economics },
    ]);
    expect(second).toMatchObject({ cost: 4, costChange: 4, costChangePercent: null });
  });

  it('shows the most severe findings first, at most as many as asked', () => {
    const finding = (id: string, severity: Severity): Finding => ({
      id,
      rule: 'x',
      family: 'x',
      severity,
      scenarioId: 'a',
      lens: { kind: 'all' },
      cells: [],
      message: { key: 'k', params: {} },
    });
    const found = [finding('i', 'info'), finding('w', 'warning'), finding('a', 'attention'), finding('w2', 'warning')];
    expect(topFindings(found, 3).map((f) => f.id)).toEqual(['w', 'w2', 'a']);
    expect(topFindings(found, 0)).toEqual([]);
    expect(topFindingsCount(2)).toBe(5);
    expect(topFindingsCount(3)).toBe(3);
  });
});
