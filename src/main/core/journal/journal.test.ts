import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';
import { rowOpPayload, rowOpValues } from './journal';

describe('row-creation ops', () => {
  it('leave out the id, identity columns and defaults, and restore every other column', () => {
    const row = { id: 'c1', scenario_id: 's', phase_id: 'p', channel_id: 'c', lens_kind: 'all', lens_id: '', role: 2, note: '', evidence: null, deleted: 0 };
    const payload = rowOpPayload('matrix_cells', row);
    expect(JSON.parse(payload)).toEqual({ role: 2 });
    expect(rowOpValues('matrix_cells', payload)).toEqual({ role: 2, note: '', evidence: null, deleted: 0 });
    const phase = { id: 'p', key: null, name: 'Aware', description: '', digital_role: '', position: 'a0', hidden: 0, deleted: 0 };
    expect(JSON.parse(rowOpPayload('phases', phase))).toEqual({ name: 'Aware', position: 'a0' });
  });

  const tmp = useTempDir();

  it('undo and redo of created cells and dimension values bring back exactly what was set', () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const scenarioId = c.scenarios[0]!.id;
    const cells = [
      { phaseId: c.phases[0]!.id, channelId: c.channels[0]!.id, role: 3 as const, note: 'Lead', evidence: 'observed' as const },
      { phaseId: c.phases[1]!.id, channelId: c.channels[1]!.id, role: 0 as const },
    ];
    ws.matrix.setCells({ scenarioId, lens: { kind: 'all' }, cells });
    const before = ws.matrix.get(scenarioId, { kind: 'all' });
    ws.history.undo();
    expect(ws.matrix.get(scenarioId, { kind: 'all' })).toEqual([]);
    ws.history.redo();
    expect(ws.matrix.get(scenarioId, { kind: 'all' })).toEqual(before);

    const type = ws.catalog.create('customerType', 'Saver');
    ws.catalog.update(type.id, { kind: 'customerType', dimensions: { [c.dimensions[0]!.id]: 25 } });
    ws.history.undo();
    expect(ws.catalogRepo.item('customerType', type.id)).toMatchObject({ dimensions: {} });
    ws.history.redo();
    expect(ws.catalogRepo.item('customerType', type.id)).toMatchObject({ dimensions: { [c.dimensions[0]!.id]: 25 } });
  });
});
