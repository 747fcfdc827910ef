import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { Workspace } from '../workspace';
import { useTempDir } from '../testing/temp';

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : `not an AppError: ${String(err)}`;
  }
  return undefined;
};

describe('catalog service', () => {
  const tmp = useTempDir();

  it('renames, trims and refuses bad names without writing anything', () => {
    const ws = tmp.create();
    const store = ws.catalogRepo.catalog().channels.find((c) => c.key === 'store')!;
    const before = ws.db.prepare('SELECT count(*) FROM journal_ops').pluck().get();
    expect(codeOf(() => ws.catalog.update(store.id, { kind: 'channel', name: '' }))).toBe('NAME_EMPTY');
    expect(codeOf(() => ws.catalog.update(store.id, { kind: 'channel', name: '    ' }))).toBe('NAME_EMPTY');
    expect(codeOf(() => ws.catalog.update(store.id, { kind: 'channel', name: 'x'.repeat(201) }))).toBe('NAME_TOO_LONG');
    expect(codeOf(() => ws.catalog.update(store.id, { kind: 'channel', name: ' website ' }))).toBe('NAME_DUPLICATE');
    expect(codeOf(() => ws.catalog.create('channel', 'E-MAIL'))).toBe('NAME_DUPLICATE');
    expect(ws.db.prepare('SELECT count(*) FROM journal_ops').pluck().get()).toBe(before);
    expect(ws.catalog.update(store.id, { kind: 'channel', name: '  Flagship   store ' }).name).toBe('Flagship store');
    // Same name in another list is fine; a 200-character name is fine.
    expect(ws.catalog.create('scenario', 'Store').name).toBe('Store');
    expect(ws.catalog.create('phase', 'p'.repeat(200)).name).toHaveLength(200);
  });

  it('adds at the end or after an item, and moves items', () => {
    const ws = tmp.create();
    const names = () => ws.catalogRepo.catalog().phases.map((p) => p.name);
    ws.catalog.create('phase', 'Advocate');
    expect(names().at(-1)).toBe('Advocate');
    const phases = ws.catalogRepo.catalog().phases;
    const advocate = phases.at(-1)!;
    ws.catalog.move('phase', advocate.id, null);
    expect(names()[0]).toBe('Advocate');
    ws.catalog.move('phase', advocate.id, phases[2]!.id);
    expect(names().slice(0, 4)).toEqual(['Attract', 'Inform', 'Advise', 'Advocate']);
    const inserted = ws.catalog.create('phase', 'Consider', phases[0]!.id);
    expect(names()[1]).toBe(inserted.name);
  });

  it('hides and deletes, and undo brings a deleted item back', () => {
    const ws = tmp.create();
    const print = ws.catalogRepo.catalog().channels.find((c) => c.key === 'print')!;
    expect(ws.catalog.update(print.id, { kind: 'channel', hidden: true }).hidden).toBe(true);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.hide', params: { name: 'Print' } });
    ws.catalog.update(print.id, { kind: 'channel', costPerContact: 2 });
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.updateField', params: { name: 'Print', field: 'costPerContact' } });
    ws.catalog.update(print.id, { kind: 'channel', costPerContact: 3, reach: 100 });
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.update', params: { name: 'Print' } });
    ws.catalog.delete('channel', print.id);
    expect(ws.catalogRepo.catalog().channels.some((c) => c.id === print.id)).toBe(false);
    ws.history.undo();
    expect(ws.catalogRepo.catalog().channels.find((c) => c.id === print.id)?.hidden).toBe(true);
  });

  it('shows every hidden phase and channel as one undo step', () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    ws.catalog.update(c.channels[0]!.id, { kind: 'channel', hidden: true });
    ws.catalog.update(c.channels[1]!.id, { kind: 'channel', hidden: true });
    ws.catalog.update(c.phases[0]!.id, { kind: 'phase', hidden: true });
    const hiddenCount = () => {
      const now = ws.catalogRepo.catalog();
      return [...now.phases, ...now.channels].filter((i) => i.hidden).length;
    };
    expect(ws.catalog.showAll(['phase', 'channel'])).toBe(3);
    expect(hiddenCount()).toBe(0);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.showAll', params: { count: 3 } });
    ws.history.undo();
    expect(hiddenCount()).toBe(3);
    ws.history.redo();
    expect(ws.catalog.showAll(['phase', 'channel'])).toBe(0);
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.showAll', params: { count: 3 } });
  });

  it('keeps one main product domain', () => {
    const ws = tmp.create();
    const [a, b] = ws.catalogRepo.catalog().productDomains;
    ws.catalog.update(a!.id, { kind: 'productDomain', isMain: true });
    ws.catalog.update(b!.id, { kind: 'productDomain', isMain: true });
    expect(ws.catalogRepo.catalog().productDomains.filter((d) => d.isMain).map((d) => d.id)).toEqual([b!.id]);
  });

  it('stores customer-type dimensions and contact preferences', () => {
    const ws = tmp.create();
    const type = ws.catalog.create('customerType', 'Busy professional');
    const [openness] = ws.catalogRepo.dimensions();
    const web = ws.catalogRepo.catalog().channels.find((c) => c.key === 'web')!;
    const updated = ws.catalog.update(type.id, { kind: 'customerType', share: 35, dimensions: { [openness!.id]: 80 } });
    expect(updated).toMatchObject({ share: 35, dimensions: { [openness!.id]: 80 } });
    expect(ws.catalog.setChannelPreference(type.id, web.id, 'refused')).toMatchObject({ refusedChannelIds: [web.id] });
    expect(ws.catalog.setChannelPreference(type.id, web.id, 'preferred')).toMatchObject({ preferredChannelIds: [web.id], refusedChannelIds: [] });
    expect(ws.catalog.setChannelPreference(type.id, web.id, null)).toMatchObject({ preferredChannelIds: [] });
    expect(codeOf(() => ws.catalog.update(type.id, { kind: 'customerType', typologyId: 'missing' }))).toBe('NOT_FOUND');
    // The link to a typology is set and cleared again (the editor's "None").
    const typology = ws.catalog.create('typology', 'Careful comparer');
    expect(ws.catalog.update(type.id, { kind: 'customerType', typologyId: typology.id })).toMatchObject({ typologyId: typology.id });
    expect(ws.catalog.update(type.id, { kind: 'customerType', typologyId: null })).toMatchObject({ typologyId: null });
  });
});

describe('undo and redo', () => {
  const tmp = useTempDir();

  it('undo and redo survive closing and reopening the workspace', () => {
    const ws = tmp.create();
    const store = ws.catalogRepo.catalog().channels.find((c) => c.key === 'store')!;
    ws.catalog.update(store.id, { kind: 'channel', name: 'Shop' });
    ws.catalog.create('channel', 'Kiosk');
    const path = ws.path;
    ws.close();

    const options = { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' };
    const again = Workspace.open(path, options);
    const names = () => again.catalogRepo.catalog().channels.map((c) => c.name);
    expect(again.history.state()).toMatchObject({ canUndo: true, undoLabel: { key: 'history.create', params: { name: 'Kiosk' } } });
    again.history.undo();
    again.history.undo();
    expect(names()).toContain('Store');
    expect(names()).not.toContain('Kiosk');
    expect(again.history.state()).toMatchObject({ canUndo: false, canRedo: true });
    again.close();

    const third = Workspace.open(path, options);
    try {
      third.history.redo();
      expect(third.catalogRepo.catalog().channels.map((c) => c.name)).toContain('Shop');
      expect(third.history.state().redoLabel).toEqual({ key: 'history.create', params: { name: 'Kiosk' } });
      // A new edit ends the redo chain.
      third.catalog.create('channel', 'Pop-up');
      expect(third.history.state().canRedo).toBe(false);
      expect(() => third.history.redo()).toThrow(AppError);
    } finally {
      third.close();
    }
  });

  it('refuses undo with nothing to undo', () => {
    expect(codeOf(() => tmp.create().history.undo())).toBe('NOTHING_TO_UNDO');
  });

  it('lists the history newest first with undone entries marked', () => {
    const ws = tmp.create();
    ws.catalog.create('scenario', 'Stretch');
    ws.catalog.create('scenario', 'Budget');
    ws.history.undo();
    const list = ws.history.list(10);
    expect(list[0]).toMatchObject({ kind: 'undo' });
    expect(list.find((e) => e.kind === 'edit' && e.label.params?.name === 'Budget')?.undone).toBe(true);
    expect(list.find((e) => e.kind === 'edit' && e.label.params?.name === 'Stretch')?.undone).toBe(false);
  });

  it('records field-level operations in the journal', () => {
    const ws = tmp.create();
    const phase = ws.catalogRepo.catalog().phases[0]!;
    ws.catalog.update(phase.id, { kind: 'phase', name: 'Aware', description: 'New' });
    const ops = ws.db
      .prepare('SELECT tbl, row_id, col, old_value, new_value FROM journal_ops WHERE txn_seq = (SELECT max(seq) FROM journal_txns)')
      .all();
    expect(ops).toEqual([
      { tbl: 'phases', row_id: phase.id, col: 'name', old_value: 'Attract', new_value: 'Aware' },
      { tbl: 'phases', row_id: phase.id, col: 'description', old_value: phase.description, new_value: 'New' },
    ]);
  });
});

describe('snapshots', () => {
  const tmp = useTempDir();

  it('restores a named snapshot as one undoable step', () => {
    const ws = tmp.create();
    const snap = ws.snapshots.create('Before the workshop');
    const web = ws.catalogRepo.catalog().channels.find((c) => c.key === 'web')!;
    ws.catalog.update(web.id, { kind: 'channel', name: 'Webshop' });
    ws.catalog.create('channel', 'Chatbot');
    expect(ws.snapshots.list().map((s) => s.name)).toEqual(['Before the workshop']);

    ws.snapshots.restore(snap.id);
    const names = () => ws.catalogRepo.catalog().channels.map((c) => c.name);
    expect(names()).toContain('Website');
    expect(names()).not.toContain('Chatbot');
    expect(ws.history.state().undoLabel).toEqual({ key: 'history.restore', params: { name: 'Before the workshop' } });

    ws.history.undo();
    expect(names()).toContain('Webshop');
    expect(names()).toContain('Chatbot');
    ws.snapshots.delete(snap.id);
    expect(ws.snapshots.list()).toEqual([]);
  });
});
