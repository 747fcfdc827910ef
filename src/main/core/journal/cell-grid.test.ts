import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lens } from '@shared/domain/types';
import { derivedId } from '../db/ids';
import { blankRow, type Row, type SqlValue } from '../db/tables';
import { applyRemoteChanges } from '../sync/apply';
import { localChangesSince } from '../sync/export';
import { ensureSyncIndex } from '../sync/sync-state';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { CELL_GRID_OP, cellGridOp, expandCellGrid, expandOps, GRID_MIN_CELLS } from './cell-grid';
import { ROW_OP, rowOpPayload } from './row-ops';

const cell = (phase: string, channel: string, role: number | null): Row => ({
  ...blankRow('matrix_cells'),
  id: derivedId('cell', 's1', phase, channel, 'typology', 't1'),
  scenario_id: 's1',
  phase_id: phase,
  channel_id: channel,
  lens_kind: 'typology',
  lens_id: 't1',
  role,
});

describe('a cell grid', () => {
  it('stands for exactly the row-creation ops of its cells, gaps and cells without a role included', () => {
    const rows = [cell('p2', 'c1', 3), cell('p1', 'c1', 0), cell('p1', 'c2', null), cell('p2', 'c3', 1)];
    const op = cellGridOp(rows);
    expect(op).toMatchObject({ col: CELL_GRID_OP, rowId: 's1|typology|t1', count: 4 });
    // p2 and p1 in first-seen order, c1 c2 c3: (p1, c3) and (p2, c2) are not in it.
    expect(JSON.parse(op.payload)).toMatchObject({ phases: ['p2', 'p1'], channels: ['c1', 'c2', 'c3'], roles: '3.10-.' });
    const expanded = expandCellGrid(op.payload);
    const byId = new Map(rows.map((row) => [String(row.id), rowOpPayload('matrix_cells', row)]));
    expect(expanded).toHaveLength(rows.length);
    for (const { rowId, payload } of expanded) expect(payload).toBe(byId.get(rowId));
  });

  it('refuses to name a cell twice, and an unreadable payload says so', () => {
    expect(() => cellGridOp([cell('p1', 'c1', 1), cell('p1', 'c1', 2)])).toThrow(/twice/);
    for (const junk of ['{}', '{"scenario_id":"s","lens_kind":"all","lens_id":"","phases":["p"],"channels":["c"],"roles":"12"}', '{"scenario_id":"s","lens_kind":"all","lens_id":"","phases":["p"],"channels":["c"],"roles":"7"}']) {
      expect(() => expandCellGrid(junk)).toThrow(/not readable/);
    }
  });

  it('expands in a list of ops, keeping the ops around it and giving each cell its idx', () => {
    const grid = cellGridOp([cell('p1', 'c1', 1), cell('p1', 'c2', 2)]);
    const ops = [
      { idx: 0, tbl: 'phases', row_id: 'p1', col: 'name', new_value: 'Aware' },
      { idx: 1, tbl: 'matrix_cells', row_id: grid.rowId, col: grid.col, new_value: grid.payload },
      { idx: 3, tbl: 'phases', row_id: 'p1', col: 'name', new_value: 'Aware!' },
    ];
    expect(expandOps(ops).map((op) => [op.idx, op.col, op.new_value])).toEqual([
      [0, 'name', 'Aware'],
      [1, ROW_OP, '{"role":1}'],
      [2, ROW_OP, '{"role":2}'],
      [3, 'name', 'Aware!'],
    ]);
  });
});

describe('a bulk write of new cells', () => {
  const tmp = useTempDir();
  const deviceId = '0123456789abcdef';
  type Op = { idx: number; tbl: string; row_id: string; col: string; old_value: SqlValue; new_value: SqlValue };
  const opsOfLast = (ws: Workspace): Op[] =>
    ws.db.prepare('SELECT idx, tbl, row_id, col, old_value, new_value FROM journal_ops WHERE txn_seq = (SELECT max(seq) FROM journal_txns) ORDER BY idx').all() as Op[];

  /** The ops without their place in the action, in one order. */
  const unordered = (ops: readonly Op[]) => ops.map(({ idx: _, ...op }) => op).sort((x, y) => `${x.row_id}${x.col}`.localeCompare(`${y.row_id}${y.col}`));

  /** Two views of every phase x channel, one with a few cells that already exist and a few with notes. */
  function load(ws: Workspace): void {
    const c = ws.catalogRepo.catalog();
    const scenarioId = c.scenarios[0]!.id;
    const typology: Lens = { kind: 'typology', id: c.typologies[0]!.id };
    ws.matrix.setCells({ scenarioId, lens: typology, cells: [{ phaseId: c.phases[0]!.id, channelId: c.channels[0]!.id, role: 2 }] });
    const grid = (seed: number) => c.phases.flatMap((p, i) => c.channels.map((ch, j) => ({ phaseId: p.id, channelId: ch.id, role: ((i + j + seed) % 4) as 0 | 1 | 2 | 3 })));
    const withNotes = grid(1).map((x, k) => (k % 10 === 0 ? { ...x, note: `Note ${k}` } : x));
    ws.matrix.setViews([
      { scenarioId, lens: { kind: 'all' }, cells: grid(0) },
      { scenarioId, lens: typology, cells: withNotes },
    ]);
  }

  /** A workspace and copies of its file: the same ids, so each can make the same edits. */
  function copies(): [Workspace, Workspace, Workspace] {
    const first = tmp.create('a.channelwise');
    const path = first.path;
    first.close();
    const open = (name: string, device: string) => {
      const copy = join(tmp.dir(), name);
      if (copy !== path) copyFileSync(path, copy);
      return Workspace.open(copy, { dataDir: join(tmp.dir(), 'data'), deviceId: device });
    };
    return [open('a.channelwise', deviceId), open('b.channelwise', deviceId), open('c.channelwise', 'fedcba9876543210')];
  }

  it('journals a grid per view for the new plain cells, and expanded it is the journal a synced copy writes cell by cell', () => {
    const [a, b, c] = copies();
    try {
      ensureSyncIndex(b.db);
      load(a);
      load(b);
      const catalog = a.catalogRepo.catalog();
      const perView = catalog.phases.length * catalog.channels.length;
      expect(perView).toBeGreaterThan(GRID_MIN_CELLS);
      const compact = opsOfLast(a);
      const grids = compact.filter((op) => op.col === CELL_GRID_OP);
      expect(grids).toHaveLength(2);
      // A journal row per new cell for the synced copy (the cell already there changes its role and note);
      // two grids plus the cells with a note or already there for the other.
      const cellByCell = opsOfLast(b);
      expect(cellByCell.filter((op) => op.col === ROW_OP)).toHaveLength(2 * perView - 1);
      expect(cellByCell.filter((op) => op.col !== ROW_OP).map((op) => op.col)).toEqual(['role', 'note']);
      expect(cellByCell.some((op) => op.col === CELL_GRID_OP)).toBe(false);
      expect(compact.length).toBeLessThan(perView / 5);
      // The same ops, each at an idx of its own; the grids' cells come after the cells journaled on their own.
      const expanded = expandOps(compact);
      expect(unordered(expanded)).toEqual(unordered(cellByCell));
      expect(expanded.map((op) => op.idx)).toEqual(cellByCell.map((_, idx) => idx));
      // The first sync replaces the grids in the file, at the idx they reserved.
      ensureSyncIndex(a.db);
      expect(opsOfLast(a)).toEqual(expanded);
      // ...and sends what the other copy sends (the clocks differ: the two copies made their edits at other moments).
      const sent = (ws: Workspace) =>
        localChangesSince(ws, 0).changes.map((change) =>
          change.ops.map((op) => ({ ...op, base: op.base !== undefined })).toSorted((x, y) => `${x.row}${x.col}`.localeCompare(`${y.row}${y.col}`)),
        );
      expect(sent(a)).toEqual(sent(b));
      expect(a.db.prepare('SELECT count(*) FROM journal_ops WHERE col = ?').pluck().get(CELL_GRID_OP)).toBe(0);
      // A teammate's copy that receives them ends with the same cells.
      applyRemoteChanges(c, localChangesSince(a, 0).changes);
      const cells = (ws: Workspace) => ws.db.prepare('SELECT * FROM matrix_cells ORDER BY id').all();
      expect(cells(c)).toEqual(cells(a));
      expect(cells(c)).toHaveLength(2 * perView);
    } finally {
      a.close();
      b.close();
      c.close();
    }
  });

  it('is one undo step that undo and redo take back and bring back exactly', () => {
    const ws = tmp.create();
    load(ws);
    const c = ws.catalogRepo.catalog();
    const views: Lens[] = [{ kind: 'all' }, { kind: 'typology', id: c.typologies[0]!.id }];
    const scenarioId = c.scenarios[0]!.id;
    const loaded = views.map((lens) => ws.matrix.get(scenarioId, lens));
    expect(opsOfLast(ws).some((op) => op.col === CELL_GRID_OP)).toBe(true);
    ws.history.undo();
    expect(ws.matrix.get(scenarioId, views[0]!)).toEqual([]);
    // The cell set before the bulk write is back as it was.
    expect(ws.matrix.get(scenarioId, views[1]!).map((x) => x.role)).toEqual([2]);
    ws.history.redo();
    expect(views.map((lens) => ws.matrix.get(scenarioId, lens))).toEqual(loaded);
  });

  it('takes a cell named twice in one view as a small batch does: the later role wins, an earlier note stays', () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const scenarioId = c.scenarios[0]!.id;
    const cells = c.phases.flatMap((p) => c.channels.map((ch) => ({ phaseId: p.id, channelId: ch.id, role: 1 as const })));
    const twice = { phaseId: c.phases[0]!.id, channelId: c.channels[0]!.id };
    const cellOf = (lens: Lens) => ws.matrix.get(scenarioId, lens).find((x) => x.phaseId === twice.phaseId && x.channelId === twice.channelId);
    // Small: two cells, the first with a note. Large: the same two among every other cell of the view.
    const small: Lens = { kind: 'typology', id: c.typologies[0]!.id };
    const large: Lens = { kind: 'all' };
    const pair = [
      { ...twice, role: 2 as const, note: 'Seen in interviews' },
      { ...twice, role: 3 as const },
    ];
    ws.matrix.setViews([
      { scenarioId, lens: small, cells: pair },
      { scenarioId, lens: large, cells: [pair[0]!, ...cells.slice(1), pair[1]!] },
    ]);
    expect(cellOf(small)).toMatchObject({ role: 3, note: 'Seen in interviews' });
    expect(cellOf(large)).toMatchObject({ role: 3, note: 'Seen in interviews' });
    expect(ws.matrix.get(scenarioId, large)).toHaveLength(cells.length);
    ws.history.undo();
    expect(ws.matrix.get(scenarioId, large)).toEqual([]);
  });

  it('journals a few new cells one by one', () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const cells = c.channels.slice(0, 5).map((ch) => ({ phaseId: c.phases[0]!.id, channelId: ch.id, role: 1 as const }));
    ws.matrix.setViews([{ scenarioId: c.scenarios[0]!.id, lens: { kind: 'all' }, cells }]);
    expect(opsOfLast(ws).map((op) => op.col)).toEqual(cells.map(() => ROW_OP));
  });
});
