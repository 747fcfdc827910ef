import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { useTempDir } from '../testing/temp';
import { deleteImpact } from './impact';

describe('matrix service', () => {
  const tmp = useTempDir();

  const setup = () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const type = ws.catalog.create('customerType', 'Saver');
    const asIs = c.scenarios[0]!.id;
    ws.matrix.setCells({
      scenarioId: asIs,
      lens: { kind: 'all' },
      cells: [
        { phaseId: c.phases[0]!.id, channelId: c.channels[0]!.id, role: 3, note: 'Key account' },
        { phaseId: c.phases[1]!.id, channelId: c.channels[3]!.id, role: 2 },
      ],
    });
    ws.matrix.setCells({ scenarioId: asIs, lens: { kind: 'customerType', id: type.id }, cells: [{ phaseId: c.phases[0]!.id, channelId: c.channels[0]!.id, role: 1 }] });
    return { ws, c, type, asIs };
  };

  it('copies a scenario with every lens, as one undoable step', () => {
    const { ws, type, asIs } = setup();
    const copyId = ws.matrix.copyScenario(asIs, 'As-is (copy)');
    const names = ws.catalogRepo.catalog().scenarios.map((s) => s.name);
    expect(names).toEqual(['As-is', 'As-is (copy)', 'To-be']);
    const strip = (cells: ReturnType<typeof ws.matrix.get>) => cells.map(({ phaseId, channelId, role, note, lens }) => ({ phaseId, channelId, role, note, lens })).sort((a, b) => (a.phaseId + a.channelId + a.lens.kind).localeCompare(b.phaseId + b.channelId + b.lens.kind));
    const lens = { kind: 'customerType' as const, id: type.id };
    expect(strip(ws.matrix.get(copyId, lens))).toEqual(strip(ws.matrix.get(asIs, lens)));
    expect(() => ws.matrix.copyScenario(asIs, 'to-be')).toThrow(AppError);
    ws.history.undo();
    expect(ws.catalogRepo.catalog().scenarios.map((s) => s.name)).toEqual(['As-is', 'To-be']);
  });

  it('says what a deletion takes along', () => {
    const { ws, c, type, asIs } = setup();
    expect(deleteImpact(ws.db, 'channel', c.channels[0]!.id)).toEqual({ cells: 2, notes: 1, journeys: 0, journeySteps: 0 });
    expect(deleteImpact(ws.db, 'phase', c.phases[1]!.id)).toEqual({ cells: 1, notes: 0, journeys: 0, journeySteps: 0 });
    expect(deleteImpact(ws.db, 'customerType', type.id)).toEqual({ cells: 1, notes: 0, journeys: 0, journeySteps: 0 });
    expect(deleteImpact(ws.db, 'scenario', asIs)).toEqual({ cells: 3, notes: 1, journeys: 0, journeySteps: 0 });
    expect(deleteImpact(ws.db, 'typology', c.typologies[0]!.id)).toEqual({ cells: 0, notes: 0, journeys: 0, journeySteps: 0 });
  });

  it('clears lens cells back to inherited, and refuses unknown keys without writing', () => {
    const { ws, c, type, asIs } = setup();
    const lens = { kind: 'customerType' as const, id: type.id };
    expect(ws.matrix.clearCells({ scenarioId: asIs, lens, cells: [{ phaseId: c.phases[0]!.id, channelId: c.channels[0]!.id }] })).toBe(1);
    expect(ws.matrix.get(asIs, lens).every((cell) => cell.lens.kind === 'all')).toBe(true);
    expect(() => ws.matrix.setCells({ scenarioId: asIs, lens, cells: [{ phaseId: 'nope', channelId: c.channels[0]!.id, role: 1 }] })).toThrow(AppError);
    expect(() => ws.matrix.setCells({ scenarioId: asIs, lens: { kind: 'typology', id: 'nope' }, cells: [{ phaseId: c.phases[0]!.id, channelId: c.channels[0]!.id, role: 1 }] })).toThrow(AppError);
  });

  it("lists a scenario's cells in every lens, without deleted channels, and refuses an unknown scenario", () => {
    const { ws, c, asIs } = setup();
    const kinds = ws.matrix.scenarioCells(asIs).map((cell) => `${cell.lens.kind}:${cell.role}`).sort();
    expect(kinds).toEqual(['all:2', 'all:3', 'customerType:1']);
    ws.catalog.delete('channel', c.channels[0]!.id);
    expect(ws.matrix.scenarioCells(asIs).map((cell) => cell.role)).toEqual([2]);
    expect(() => ws.matrix.scenarioCells('nope')).toThrow(AppError);
  });
});
