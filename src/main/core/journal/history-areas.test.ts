import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { api } from '@shared/api';
import { areaOf } from '@shared/history/areas';
import { useTempDir } from '../testing/temp';

const CORE = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return d.name.endsWith('.ts') && !d.name.endsWith('.test.ts') ? [path] : [];
  });
}

/**
 * Every label key the core can write, read from its source: the quoted
 * 'history.x' keys, and the short names the catalog and journey services
 * pass to their `label('x', …)` helper (also in a `cond ? 'x' : 'y'`).
 */
function writtenKeys(): Map<string, string> {
  const methods = new Set(Object.keys(api));
  const keys = new Map<string, string>();
  for (const file of sources(CORE)) {
    const text = readFileSync(file, 'utf8');
    const where = relative(CORE, file);
    for (const m of text.matchAll(/'(history\.[A-Za-z]+)'/g)) if (!methods.has(m[1]!)) keys.set(m[1]!, where);
    for (const m of text.matchAll(/\blabel\(([^,()]+),/g)) {
      for (const name of m[1]!.matchAll(/'([A-Za-z]+)'/g)) keys.set(`history.${name[1]!}`, where);
    }
  }
  return keys;
}

describe('history areas of what the core writes', () => {
  it('finds the labels of every service in the source', () => {
    const keys = writtenKeys();
    for (const key of ['history.create', 'history.hide', 'history.show', 'history.setCellAll', 'history.journeyCreate', 'history.slideMove', 'history.seed']) {
      expect(keys.has(key), key).toBe(true);
    }
    expect(keys.size).toBeGreaterThan(40);
  });

  it('maps every label key the core can write to exactly one area', () => {
    for (const [key, file] of writtenKeys()) expect(areaOf(key), `${key} (${file})`).not.toBeNull();
  });
});

describe('history list by area', () => {
  const tmp = useTempDir();

  it('lists only the area asked for, paging back past the other areas', () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const asIs = c.scenarios[0]!.id;
    const setCell = (i: number) =>
      ws.matrix.setCells({ scenarioId: asIs, lens: { kind: 'all' }, cells: [{ phaseId: c.phases[i % c.phases.length]!.id, channelId: c.channels[0]!.id, role: 2 }] });
    // Three old matrix edits, buried under many framework edits.
    for (let i = 0; i < 3; i++) setCell(i);
    for (let i = 0; i < 30; i++) ws.catalog.create('channel', `Channel ${i}`);
    setCell(3);

    const matrix = ws.history.list(2, 'matrix');
    expect(matrix.map((e) => areaOf(e.label.key))).toEqual(['matrix', 'matrix']);
    const older = ws.history.list(4, 'matrix');
    expect(older).toHaveLength(4);
    expect(older.slice(0, 2)).toEqual(matrix);
    expect(older.every((e) => e.label.key === 'history.setCellAll')).toBe(true);
    // No more than there are.
    expect(ws.history.list(100, 'matrix')).toHaveLength(4);
    expect(ws.history.list(5, 'framework').every((e) => e.label.key === 'history.create')).toBe(true);
    expect(ws.history.list(100, 'journeys')).toEqual([]);
    // Without an area, everything, newest first.
    expect(ws.history.list(2).map((e) => e.label.key)).toEqual(['history.setCellAll', 'history.create']);
  });

  it('keeps an undo in the area of the step it took back', () => {
    const ws = tmp.create();
    ws.catalog.create('phase', 'Advocate');
    ws.history.undo();
    expect(ws.history.list(10, 'framework').slice(0, 2).map((e) => [e.kind, e.undone])).toEqual([
      ['undo', false],
      ['edit', true],
    ]);
    expect(ws.history.list(10, 'matrix')).toEqual([]);
  });
});
