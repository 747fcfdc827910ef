import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { EXAMPLE_CUSTOMER_TYPES, isExampleKey } from '@shared/framework/example-customer-types';
import { Workspace } from '../workspace';
import { useTempDir } from '../testing/temp';

describe('example customer types', () => {
  const tmp = useTempDir();

  it('adds three linked examples as one undo step, and undo takes them all back', () => {
    const ws = tmp.create();
    expect(ws.catalog.addExamples('en')).toBe(3);
    const catalog = ws.catalogRepo.catalog();
    const types = catalog.customerTypes;
    expect(types.map((c) => c.name)).toEqual(['Busy professional', 'Careful comparer', 'Advice seeker']);
    expect(types.every((c) => isExampleKey(c.key))).toBe(true);
    expect(types.reduce((sum, c) => sum + (c.share ?? 0), 0)).toBe(100);

    const busy = types[0]!;
    const keyOf = (id: string) => catalog.channels.find((c) => c.id === id)?.key;
    expect(busy.preferredChannelIds.map(keyOf).sort()).toEqual(['email', 'mobile_app', 'web']);
    expect(busy.refusedChannelIds.map(keyOf).sort()).toEqual(['call_centre', 'direct_mail']);
    expect(catalog.typologies.find((t) => t.id === busy.typologyId)?.key).toBe('impulsive');
    const openness = catalog.dimensions.find((d) => d.key === 'openness')!;
    expect(busy.dimensions[openness.id]).toBe(75);

    expect(ws.history.state().undoLabel).toEqual({ key: 'history.addExamples', params: { count: 3 } });
    ws.history.undo();
    expect(ws.catalogRepo.catalog().customerTypes).toEqual([]);
  });

  it('writes the examples in the workspace content language, after the user’s own customer types', () => {
    const file = tmp.file('nl.channelwise');
    const ws = Workspace.create(file, 'nl', 'default', { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    try {
      ws.catalog.create('customerType', 'Zakelijke klant');
      ws.catalog.addExamples('nl');
      expect(ws.catalogRepo.catalog().customerTypes.map((c) => c.name)).toEqual(['Zakelijke klant', 'Drukke professional', 'Zorgvuldige vergelijker', 'Adviesvrager']);
      expect(ws.catalogRepo.catalog().customerTypes[1]!.description).toContain('Voorbeeldklanttype');
    } finally {
      ws.close();
    }
  });

  it('adds only the examples that are missing, and never over a name the user already has', () => {
    const ws = tmp.create();
    ws.catalog.create('customerType', 'careful COMPARER');
    expect(ws.catalog.addExamples('en')).toBe(2);
    expect(ws.catalog.addExamples('en')).toBe(0);
    expect(ws.catalogRepo.catalog().customerTypes.map((c) => c.name)).toEqual(['careful COMPARER', 'Busy professional', 'Advice seeker']);
  });

  it('skips links to framework items the user deleted, and still adds the example', () => {
    const ws = tmp.create('empty.channelwise', 'empty');
    expect(ws.catalog.addExamples('en')).toBe(EXAMPLE_CUSTOMER_TYPES.length);
    const busy = ws.catalogRepo.catalog().customerTypes[0]!;
    expect(busy.typologyId).toBeNull();
    expect(busy.preferredChannelIds).toEqual([]);
    // Dimensions are written for an empty workspace too, so the sliders still start from the example's place.
    expect(Object.values(busy.dimensions).sort((a, b) => a - b)).toEqual([20, 25, 75]);
  });

  it('removes the examples still marked as such in one step; a renamed one is the user’s and stays', () => {
    const ws = tmp.create();
    ws.catalog.create('customerType', 'Own type');
    ws.catalog.addExamples('en');
    const advice = ws.catalogRepo.catalog().customerTypes.find((c) => c.name === 'Advice seeker')!;
    const renamed = ws.catalog.update(advice.id, { kind: 'customerType', name: 'Branch regular' });
    expect(renamed.key).toBeNull();
    // Other edits keep the mark: the example is adjusted, not yet made one's own.
    const busy = ws.catalogRepo.catalog().customerTypes.find((c) => c.name === 'Busy professional')!;
    expect(isExampleKey(ws.catalog.update(busy.id, { kind: 'customerType', share: 50 }).key)).toBe(true);

    expect(ws.catalog.removeExamples()).toBe(2);
    expect(ws.catalogRepo.catalog().customerTypes.map((c) => c.name)).toEqual(['Own type', 'Branch regular']);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.removeExamples', params: { count: 2 } });
    expect(ws.catalog.removeExamples()).toBe(0);
    ws.history.undo();
    expect(ws.catalogRepo.catalog().customerTypes).toHaveLength(4);
  });
});
