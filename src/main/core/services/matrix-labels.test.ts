import { describe, expect, it } from 'vitest';
import { runtimeKey } from '@shared/i18n/keys';
import { createTranslator } from '@shared/i18n/translate';
import { useTempDir } from '../testing/temp';

describe('what a matrix edit says in the history', () => {
  const tmp = useTempDir();

  it('names one cell, its old and new role and its view, in the reader’s language', () => {
    const ws = tmp.create();
    const { phases, channels, scenarios } = ws.catalogRepo.catalog();
    const [advise, store, toBe] = [phases.find((p) => p.key === 'advise')!, channels.find((c) => c.key === 'store')!, scenarios[1]!];
    const set = (role: 0 | 1 | 2 | 3, lens: { kind: 'all' } | { kind: 'customerType'; id: string } = { kind: 'all' }) =>
      ws.matrix.setCells({ scenarioId: toBe.id, lens, cells: [{ phaseId: advise.id, channelId: store.id, role }] });
    set(2);
    set(3);
    const label = ws.history.state().undoLabel!;
    expect(createTranslator('en')(runtimeKey(label.key), label.params)).toBe('Store in Advise: important → lead (To-be, all customers)');
    expect(createTranslator('nl')(runtimeKey(label.key), label.params)).toBe('Store in Advise: belangrijk → leidend (To-be, alle klanten)');

    // Through a lens, the role it inherited is the one it had.
    const type = ws.catalog.create('customerType', 'Saver');
    set(1, { kind: 'customerType', id: type.id });
    const lensed = ws.history.state().undoLabel!;
    expect(createTranslator('en')(runtimeKey(lensed.key), lensed.params)).toBe('Store in Advise: lead → supporting (To-be, Saver)');
  });

  it('names the view of several cells, and a note-only edit as such', () => {
    const ws = tmp.create();
    const { phases, channels, scenarios } = ws.catalogRepo.catalog();
    ws.matrix.setCells({ scenarioId: scenarios[0]!.id, lens: { kind: 'all' }, cells: channels.slice(0, 12).map((c) => ({ phaseId: phases[0]!.id, channelId: c.id, role: 1 as const })) });
    const many = ws.history.state().undoLabel!;
    expect(createTranslator('en')(runtimeKey(many.key), many.params)).toBe('Set 12 cells in As-is, all customers');
    ws.matrix.setCells({ scenarioId: scenarios[0]!.id, lens: { kind: 'all' }, cells: [{ phaseId: phases[0]!.id, channelId: channels[0]!.id, role: 1, note: 'seen in the interviews' }] });
    const note = ws.history.state().undoLabel!;
    expect(createTranslator('en')(runtimeKey(note.key), note.params)).toMatch(/^Note or evidence of /);
  });
});
