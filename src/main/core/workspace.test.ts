import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Workspace } from './workspace';
import { useTempDir } from './testing/temp';
import { listBackups } from './db/backups';
import { LATEST_VERSION } from './db/migrations';
import { realpathSync } from 'node:fs';

describe('a new workspace', () => {
  const tmp = useTempDir();

  it('holds the default framework in the chosen language', () => {
    const ws = tmp.create();
    expect(ws.counts()).toMatchObject({ phases: 6, channels: 13, typologies: 4, productDomains: 3, scenarios: 2, customerTypes: 0, matrixCells: 0, schemaVersion: LATEST_VERSION });
    const catalog = ws.catalogRepo.catalog();
    expect(catalog.phases.map((p) => p.key)).toEqual(['attract', 'inform', 'advise', 'transact', 'support', 'relationship']);
    expect(catalog.phases.every((p) => p.description.length > 0 && p.digitalRole.length > 0)).toBe(true);
    expect(catalog.channels.find((c) => c.key === 'web')).toMatchObject({ online: true, personal: false, costPerContact: null });
    expect(catalog.typologies.find((t) => t.key === 'impulsive')).toMatchObject({ searchBehaviour: 'unstructured', certainty: 'uncertain', searchIntensity: 'low' });
    expect(catalog.dimensions.map((d) => d.key)).toEqual(['openness', 'motive', 'activity']);
    expect(catalog.scenarios.map((s) => s.name)).toEqual(['As-is', 'To-be']);
  });

  it('builds its deck and vote services once and keeps them for its lifetime; another workspace has its own', () => {
    const ws = tmp.create();
    const other = tmp.create('other.channelwise');
    expect(ws.deck).toBe(ws.deck);
    expect(ws.votes).toBe(ws.votes);
    expect(ws.screen).toBe(ws.screen);
    expect(other.votes).not.toBe(ws.votes);
    expect(other.deck).not.toBe(ws.deck);
  });

  it('speaks Dutch when created in Dutch', () => {
    const ws = Workspace.create(tmp.file('nl.channelwise'), 'nl', 'default', { dataDir: join(tmp.dir(), 'data'), deviceId: 'ffffffffffffffff' });
    try {
      const catalog = ws.catalogRepo.catalog();
      expect(catalog.phases[0]?.name).toBe('Aantrekken');
      expect(catalog.channels.map((c) => c.name)).toContain('Winkel');
      expect(ws.info().contentLanguage).toBe('nl');
    } finally {
      ws.close();
    }
  });

  it('starts empty but with scenarios and dimensions from the empty template', () => {
    const ws = tmp.create('empty.channelwise', 'empty');
    expect(ws.counts()).toMatchObject({ phases: 0, channels: 0, typologies: 0, productDomains: 0, scenarios: 2 });
  });

  it('cannot undo its own creation', () => {
    expect(tmp.create().history.state().canUndo).toBe(false);
  });

  it('leaves one self-contained file and a backup when closed after edits', () => {
    const ws = tmp.create();
    const phase = ws.catalogRepo.catalog().phases[0]!;
    ws.catalog.update(phase.id, { kind: 'phase', name: 'Get noticed' });
    const path = ws.path;
    ws.close();
    const again = Workspace.open(path, { dataDir: join(tmp.dir(), 'data'), deviceId: '0123456789abcdef' });
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
    again.close();
    expect(listBackups(join(tmp.dir(), 'data'), realpathSync(path)).length).toBeGreaterThanOrEqual(1);
  });
});
