import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';
import { ROW_OP, ROWS_PER_INSERT, rowOpPayload, rowOpValues } from './journal';

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

describe('ops written in batches', () => {
  const tmp = useTempDir();
  const opsOf = (ws: ReturnType<typeof tmp.create>, seq: number) =>
    ws.db.prepare('SELECT idx, row_id, col FROM journal_ops WHERE txn_seq = ? ORDER BY idx').all(seq) as { idx: number; row_id: string; col: string }[];
  const lastSeq = (ws: ReturnType<typeof tmp.create>) => ws.db.prepare('SELECT max(seq) FROM journal_txns').pluck().get() as number;

  it('keeps one op per change, in order, across full batches and the rest, and undo restores from them', () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const cells = c.phases.flatMap((p) => c.channels.map((ch) => ({ phaseId: p.id, channelId: ch.id, role: 1 as const })));
    const views = c.scenarios.map((s) => ({ scenarioId: s.id, lens: { kind: 'all' as const }, cells }));
    const count = views.length * cells.length;
    // More than two batches of ROWS_PER_INSERT, and a remainder.
    expect(count).toBeGreaterThan(2 * ROWS_PER_INSERT);
    expect(count % ROWS_PER_INSERT).not.toBe(0);
    ws.matrix.setViews(views);
    const ops = opsOf(ws, lastSeq(ws));
    expect(ops.map((op) => op.idx)).toEqual([...Array(count).keys()]);
    expect(ops.every((op) => op.col === ROW_OP)).toBe(true);
    expect(new Set(ops.map((op) => op.row_id)).size).toBe(count);
    ws.history.undo();
    for (const view of views) expect(ws.matrix.get(view.scenarioId, view.lens)).toEqual([]);
  });

  it('leaves no ops behind when the action throws after buffering some', () => {
    const ws = tmp.create();
    const before = ws.db.prepare('SELECT count(*) FROM journal_ops').pluck().get();
    const c = ws.catalogRepo.catalog();
    const scenarioId = c.scenarios[0]!.id;
    const cells = c.phases.flatMap((p) => c.channels.map((ch) => ({ phaseId: p.id, channelId: ch.id, role: 2 as const })));
    expect(() => ws.matrix.setCells({ scenarioId, lens: { kind: 'all' }, cells: [...cells, { phaseId: 'no-such-phase', channelId: c.channels[0]!.id, role: 2 }] })).toThrow();
    expect(ws.db.prepare('SELECT count(*) FROM journal_ops').pluck().get()).toBe(before);
    expect(ws.matrix.get(scenarioId, { kind: 'all' })).toEqual([]);
  });
});
