import { describe, expect, it } from 'vitest';
import { useTempDir } from '../testing/temp';
import { unpackCells } from '@shared/domain/packed-cells';
import { MatrixRepo, toCell } from './matrix-repo';

describe('MatrixRepo.scenarioCells', () => {
  const tmp = useTempDir();

  it('reads the same cells as the live rows of the scenario, each lens one shared object', () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const scenarioId = c.scenarios[0]!.id;
    const type = ws.catalog.create('customerType', 'Saver');
    const cells = c.phases.flatMap((p, i) => c.channels.map((ch, j) => ({ phaseId: p.id, channelId: ch.id, role: ((i + j) % 4) as 0 | 1 | 2 | 3 })));
    ws.matrix.setViews([
      { scenarioId, lens: { kind: 'all' }, cells },
      { scenarioId, lens: { kind: 'customerType', id: type.id }, cells: cells.slice(0, 5).map((cell) => ({ ...cell, note: 'n', evidence: 'observed' as const })) },
    ]);
    ws.matrix.clearCells({ scenarioId, lens: { kind: 'all' }, cells: [cells[7]!] });
    // A deleted channel's cells are left out, as the join on live channels did.
    ws.catalog.delete('channel', c.channels[1]!.id);

    const repo = new MatrixRepo(ws.db);
    const read = repo.scenarioCells(scenarioId);
    expect(read.length).toBeGreaterThan(0);
    expect(read).toEqual(repo.liveRowsOfScenario(scenarioId).map(toCell));
    expect(read.some((cell) => cell.channelId === c.channels[1]!.id)).toBe(false);
    // Five were set in the lens; one of them is on the deleted channel.
    expect(read.filter((cell) => cell.note === 'n' && cell.evidence === 'observed')).toHaveLength(4);
    const typed = read.filter((cell) => cell.lens.kind === 'customerType');
    expect(new Set(typed.map((cell) => cell.lens)).size).toBe(1);
    // Packed for the contract straight from the rows: the same cells but for their ids, in the same order.
    expect(unpackCells(repo.packedScenarioCells(scenarioId))).toEqual(read.map(({ id: _id, ...cell }) => cell));
  });
});
