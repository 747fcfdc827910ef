import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';
import { blankRow } from '../db/tables';
import { ensureSyncIndex } from '../sync/sync-state';
import { ROWS_PER_INSERT } from './journal';
import { ROW_OP, rowOpPayload, rowOpValues } from './row-ops';

describe('row-creation ops', () => {
  it('leave out the id, identity columns and defaults, and restore every other column', () => {
    const row = { id: 'c1', scenario_id: 's', phase_id: 'p', channel_id: 'c', lens_kind: 'all', lens_id: '', role: 2, note: '', evidence: null, deleted: 0 };
    const payload = rowOpPayload('matrix_cells', row);
    expect(JSON.parse(payload)).toEqual({ role: 2 });
    expect(rowOpValues('matrix_cells', payload)).toEqual({ role: 2, note: '', evidence: null, deleted: 0 });
    const phase = { id: 'p', key: null, name: 'Aware', description: '', digital_role: '', position: 'a0', hidden: 0, deleted: 0 };
    expect(JSON.parse(rowOpPayload('phases', phase))).toEqual({ name: 'Aware', position: 'a0' });
  });

  it('write the same text JSON.stringify writes of the payload, whatever the values', () => {
    const base = { id: 'c1', scenario_id: 's', phase_id: 'p', channel_id: 'c', lens_kind: 'all', lens_id: '', role: 2, note: '', evidence: null, deleted: 0 };
    const variants = [
      {},
      { role: null },
      { role: 0, note: 'say "hi"\n\t\\ \u2028 ünï ☃ 👋', evidence: 'observed' },
      { note: '\u0000\u001f', deleted: 1 },
      { role: 3, deleted: 1, note: 'x' },
    ];
    for (const change of variants) {
      const row = { ...base, ...change };
      const payload = Object.fromEntries(Object.entries({ role: row.role, note: row.note, evidence: row.evidence, deleted: row.deleted }).filter(([k, v]) => v !== { role: null, note: '', evidence: null, deleted: 0 }[k]));
      expect(rowOpPayload('matrix_cells', row)).toBe(JSON.stringify(payload));
    }
    // Numbers as JSON writes them, a number at its blank default left out.
    const aware = { id: 'p', key: null, name: 'Aware', description: '', digital_role: '', position: 'a0', hidden: 0, deleted: 0 };
    expect(rowOpPayload('phases', { ...aware, hidden: 1 })).toBe('{"name":"Aware","position":"a0","hidden":1}');
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
    // A workspace that has synced journals every cell on its own (one that never did writes grids: cell-grid.test.ts).
    ensureSyncIndex(ws.db);
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

  it('writes every field of every op when row creations of two tables and field changes alternate', () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const scenarioId = c.scenarios[0]!.id;
    const phase = c.phases[0]!;
    const cells = c.channels.map((ch) => ({ phaseId: phase.id, channelId: ch.id, role: 1 as const }));
    const expected: { tbl: string; row_id: string; col: string; old_value: unknown; new_value: unknown }[] = [];
    ws.journal.run({ kind: 'edit', label: { key: 'history.clearCells', params: { count: 0 } }, undoable: true }, (w) => {
      for (let round = 0; round < 3 * ROWS_PER_INSERT + 5; round++) {
        const cell = cells[round % cells.length]!;
        const id = `cell-${round}`;
        w.insert('matrix_cells', { ...blankRow('matrix_cells'), id, scenario_id: scenarioId, phase_id: cell.phaseId, channel_id: cell.channelId, lens_kind: 'typology', lens_id: `t${round}`, role: round % 4 });
        expected.push({ tbl: 'matrix_cells', row_id: id, col: ROW_OP, old_value: null, new_value: JSON.stringify({ role: round % 4 }) });
        if (round % 7 === 0) {
          w.update('phases', phase.id, { name: `Phase ${round}` });
          expected.push({ tbl: 'phases', row_id: phase.id, col: 'name', old_value: round === 0 ? phase.name : `Phase ${round - 7}`, new_value: `Phase ${round}` });
        }
        if (round % 11 === 0) {
          const scenario = `s-${round}`;
          w.insert('scenarios', { ...blankRow('scenarios'), id: scenario, name: `S ${round}`, position: `b${round}` });
          expected.push({ tbl: 'scenarios', row_id: scenario, col: ROW_OP, old_value: null, new_value: JSON.stringify({ name: `S ${round}`, position: `b${round}` }) });
        }
      }
    });
    const ops = ws.db.prepare('SELECT idx, tbl, row_id, col, old_value, new_value FROM journal_ops WHERE txn_seq = ? ORDER BY idx').all(lastSeq(ws));
    expect(ops).toEqual(expected.map((op, idx) => ({ idx, ...op })));
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
