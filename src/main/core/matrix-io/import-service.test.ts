import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '@shared/api';
import type { Catalog, Lens } from '@shared/domain/types';
import { defaultDecisions, planImport } from '@shared/matrix-io/plan';
import type { ImportPreview, ImportResult } from '@shared/matrix-io/types';
import { createAppCore } from '../app-core';
import { useTempDir } from '../testing/temp';
import type { Workspace } from '../workspace';
import { applyImport, previewImport } from './import-service';
import { exportMatrix } from './export-service';

const ALL: Lens = { kind: 'all' };
const csv = (text: string) => Buffer.from(text, 'utf8');

describe('matrix import into a workspace', () => {
  const tmp = useTempDir();

  const setup = () => {
    const ws = tmp.create();
    const c = ws.catalogRepo.catalog();
    const asIs = c.scenarios[0]!.id;
    const id = (list: { id: string; name: string }[], name: string) => list.find((i) => i.name === name)!.id;
    return { ws, c, asIs, phase: (n: string) => id(c.phases, n), channel: (n: string) => id(c.channels, n) };
  };
  const roles = (ws: Workspace, scenarioId: string, lens: Lens = ALL) =>
    Object.fromEntries(ws.matrix.get(scenarioId, lens).map((cell) => [`${cell.phaseId}|${cell.channelId}|${cell.lens.kind}`, cell.role]));
  const historyLength = (ws: Workspace) => ws.history.list(1000).length;

  it('imports a Dutch semicolon CSV with a BOM into an English workspace, as one undo step', async () => {
    const { ws, asIs, phase, channel } = setup();
    const bytes = csv('\ufeffFase;Winkel;Website;Callcenter\r\nAantrekken;leidend;2;\r\nInformeren;1;3;geen\r\n');
    const preview = await previewImport(ws, { fileName: 'matrix.csv', bytes, scenarioId: asIs, lens: ALL });
    expect(preview).toMatchObject({ format: 'csv', delimiter: ';' });
    expect(preview.phases.map((p) => p.targetId)).toEqual([phase('Attract'), phase('Inform')]);
    expect(preview.channels.map((p) => p.targetId)).toEqual([channel('Store'), channel('Website'), channel('Call centre')]);
    const before = historyLength(ws);
    const result = applyImport(ws, preview, { phases: {}, channels: {} });
    expect(result).toEqual({ cellsSet: 5, unchanged: 0, skipped: 0, phasesCreated: 0, channelsCreated: 0 });
    expect(roles(ws, asIs)[`${phase('Attract')}|${channel('Store')}|all`]).toBe(3);
    expect(roles(ws, asIs)[`${phase('Inform')}|${channel('Call centre')}|all`]).toBe(0);
    expect(historyLength(ws)).toBe(before + 1);
    expect(ws.history.list(1)[0]!.label).toEqual({ key: 'history.import', params: { source: 'matrix.csv' } });
    ws.history.undo();
    expect(roles(ws, asIs)).toEqual({});
  });

  it('creates unknown phases and channels with the cells in one step; undo removes all of it', async () => {
    const { ws, asIs, phase } = setup();
    const bytes = csv('Phase,Store,Podcast,Webiste\nAttract,1,2,3\nDelight,3,,1\n');
    const preview = await previewImport(ws, { fileName: 'm.csv', bytes, scenarioId: asIs, lens: ALL });
    const decisions = defaultDecisions(preview, 'suggest');
    expect(decisions).toEqual({
      phases: { Delight: { action: 'create' } },
      channels: { Podcast: { action: 'create' }, Webiste: { action: 'map', targetId: preview.targets.channels.find((t) => t.name === 'Website')!.id } },
    });
    expect(planImport(preview, decisions).changes).toHaveLength(5);
    const result = applyImport(ws, preview, decisions);
    expect(result).toMatchObject({ cellsSet: 5, phasesCreated: 1, channelsCreated: 1 });
    const after = ws.catalogRepo.catalog();
    expect(after.phases.at(-1)!.name).toBe('Delight');
    expect(after.channels.at(-1)!.name).toBe('Podcast');
    expect(Object.keys(roles(ws, asIs))).toHaveLength(5);
    ws.history.undo();
    const undone = ws.catalogRepo.catalog();
    expect(undone.phases.map((p) => p.name)).not.toContain('Delight');
    expect(undone.channels.map((p) => p.name)).not.toContain('Podcast');
    expect(roles(ws, asIs)).toEqual({});
    ws.history.redo();
    expect(ws.catalogRepo.catalog().phases.map((p) => p.name)).toContain('Delight');
    expect(roles(ws, asIs)[`${phase('Attract')}|${after.channels.at(-1)!.id}|all`]).toBe(2);
  });

  it('skips unknown names by default and writes nothing at all for bad input', async () => {
    const { ws, asIs } = setup();
    const preview = await previewImport(ws, { fileName: 'm.csv', bytes: csv('Phase,Store,Podcast\nAttract,1,2\n'), scenarioId: asIs, lens: ALL });
    expect(applyImport(ws, preview, defaultDecisions(preview, 'skip'))).toMatchObject({ cellsSet: 1, skipped: 1, channelsCreated: 0 });
    const before = historyLength(ws);
    const bad: [string, string][] = [
      ['Phase;Store;Website\nAttract;7;x\n', 'IMPORT_BAD_ROLE'],
      ['Phase;Store;Store\nAttract;1;2\n', 'IMPORT_DUPLICATE_HEADER'],
      ['Phase;Store;Winkel\nAttract;1;2\n', 'IMPORT_DUPLICATE_HEADER'],
      ['Phase;Store\nAttract;=1+1\n', 'IMPORT_FORMULA'],
      ['Name;Amount\n', 'IMPORT_NO_MATRIX'],
      ['Foo;Bar\nBaz;\n', 'IMPORT_NO_MATRIX'],
    ];
    for (const [text, code] of bad) {
      await expect(previewImport(ws, { fileName: 'm.csv', bytes: csv(text), scenarioId: asIs, lens: ALL })).rejects.toMatchObject({ code });
    }
    expect(historyLength(ws)).toBe(before);
  });

  it('refuses conflicting mappings and maps onto items that are gone', async () => {
    const { ws, asIs } = setup();
    const preview = await previewImport(ws, { fileName: 'm.csv', bytes: csv('Phase,Store,Shop\nAttract,1,2\n'), scenarioId: asIs, lens: ALL });
    const store = preview.channels[0]!.targetId!;
    expect(() => applyImport(ws, preview, { phases: {}, channels: { Shop: { action: 'map', targetId: store } } })).toThrow(
      expect.objectContaining({ code: 'IMPORT_MAPPING_CONFLICT', params: { names: '“Store”, “Shop”', target: 'Store' } }),
    );
    expect(() => applyImport(ws, preview, { phases: {}, channels: { Shop: { action: 'map', targetId: 'gone' } } })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('in a lens, a role equal to the inherited one stays inherited; others become overrides', async () => {
    const { ws, asIs, phase, channel } = setup();
    const type = ws.catalog.create('customerType', 'Saver');
    ws.matrix.setCells({ scenarioId: asIs, lens: ALL, cells: [{ phaseId: phase('Attract'), channelId: channel('Store'), role: 2 }] });
    const lens: Lens = { kind: 'customerType', id: type.id };
    const preview = await previewImport(ws, { fileName: 'm.csv', bytes: csv('Phase,Store,Website\nAttract,2,3\n'), scenarioId: asIs, lens });
    const plan = planImport(preview, { phases: {}, channels: {} });
    expect(plan.unchanged).toBe(1);
    expect(plan.changes.map((c) => [c.ref, c.from, c.to])).toEqual([['C2', null, 3]]);
    applyImport(ws, preview, { phases: {}, channels: {} });
    const own = ws.matrix.get(asIs, lens).filter((c) => c.lens.kind === 'customerType');
    expect(own.map((c) => [c.channelId, c.role])).toEqual([[channel('Website'), 3]]);
  });

  it('round-trips: an exported view (CSV and XLSX) re-imports with nothing to change', async () => {
    const { ws, asIs, phase, channel } = setup();
    ws.catalog.update(phase('Inform'), { kind: 'phase', name: '=Inform' });
    ws.matrix.setCells({
      scenarioId: asIs,
      lens: ALL,
      cells: [
        { phaseId: phase('Attract'), channelId: channel('Store'), role: 3, note: '-note' },
        { phaseId: phase('Inform'), channelId: channel('Website'), role: 0 },
      ],
    });
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await exportMatrix(ws, { format, scope: 'view', scenarioId: asIs, lens: ALL });
      expect(file.fileName).toBe(`test - As-is - All customers.${format}`);
      const preview = await previewImport(ws, { fileName: file.fileName, bytes: file.bytes, scenarioId: asIs, lens: ALL });
      expect(preview.phases.every((p) => p.targetId !== null)).toBe(true);
      expect(preview.channels.every((p) => p.targetId !== null)).toBe(true);
      const plan = planImport(preview, { phases: {}, channels: {} });
      expect(plan).toMatchObject({ changes: [], unchanged: 2, skipped: 0 });
      // ...and into another scenario it sets exactly those cells.
      const toBe = ws.catalogRepo.catalog().scenarios[1]!.id;
      const other = await previewImport(ws, { fileName: file.fileName, bytes: file.bytes, scenarioId: toBe, lens: ALL });
      expect(planImport(other, { phases: {}, channels: {} }).changes.map((c) => [c.phaseName, c.channelName, c.to])).toEqual([
        ['Attract', 'Store', 3],
        ['=Inform', 'Website', 0],
      ]);
    }
  });

  it('exports everything: CSV in long form, XLSX one sheet per scenario and lens', async () => {
    const { ws, asIs, phase, channel } = setup();
    ws.matrix.setCells({ scenarioId: asIs, lens: ALL, cells: [{ phaseId: phase('Attract'), channelId: channel('Store'), role: 3, note: 'Key', evidence: 'observed' }] });
    const long = await exportMatrix(ws, { format: 'csv', scope: 'all', scenarioId: asIs, lens: ALL });
    expect(long.fileName).toBe('test - matrix.csv');
    expect(long.bytes.toString('utf8')).toBe('\ufeffscenario,lens,phase,channel,role,note,evidence\r\nAs-is,All customers,Attract,Store,3,Key,observed\r\n');
    const book = await exportMatrix(ws, { format: 'xlsx', scope: 'all', scenarioId: asIs, lens: ALL });
    const preview = await previewImport(ws, { fileName: 'all.xlsx', bytes: book.bytes, scenarioId: asIs, lens: ALL, sheet: 'To-be - Impulsive decision make' });
    expect(preview.sheets).toHaveLength(2 * (1 + 4 + 3));
    expect(preview.sheets.every((name) => name.length <= 31)).toBe(true);
    expect(preview.sheet).toBe('To-be - Impulsive decision make');
  });
});

describe('matrix import and export through the contract', () => {
  const tmp = useTempDir();

  it('previews, applies (one workspace.changed event) and exports with base64 files', async () => {
    const core = createAppCore({ dataDir: join(tmp.dir(), 'home'), host: 'browser', version: '0', osLanguage: 'en', defaultFolder: tmp.dir(), backupIntervalMinutes: 0 });
    await core.dispatch('workspace.create', { path: tmp.file('a'), lang: 'nl', template: 'default' });
    const catalog = ((await core.dispatch('catalog.get', {})) as { ok: true; value: Catalog }).value;
    const events: ApiEvent[] = [];
    core.onEvent((e) => events.push(e));
    const file = {
      fileName: 'm.csv',
      contentBase64: Buffer.from('Phase,Store,Kiosk\nAttract,3,1\n').toString('base64'),
      scenarioId: catalog.scenarios[0]!.id,
      lens: ALL,
    };
    const preview = (await core.dispatch('matrix.importPreview', file)) as { ok: true; value: ImportPreview };
    expect(preview.ok).toBe(true);
    expect(events).toEqual([]);
    const applied = (await core.dispatch('matrix.importApply', { ...file, decisions: { phases: {}, channels: { Kiosk: { action: 'create' } } } })) as {
      ok: true;
      value: ImportResult;
    };
    expect(applied.value).toMatchObject({ cellsSet: 2, channelsCreated: 1 });
    expect(events).toEqual([{ type: 'workspace.changed', tables: ['channels', 'matrix_cells'] }]);
    const exported = await core.dispatch('matrix.export', { format: 'csv', scope: 'view', scenarioId: file.scenarioId, lens: ALL });
    expect(exported).toMatchObject({ ok: true, value: { fileName: 'a - Huidig - Alle klanten.csv', mimeType: 'text/csv;charset=utf-8' } });
    const text = Buffer.from((exported as { ok: true; value: { contentBase64: string } }).value.contentBase64, 'base64').toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\ufeffHuidig - Alle klanten;Accountmanager;Winkel;/);
    const tooBig = await core.dispatch('matrix.importPreview', { ...file, contentBase64: 'A'.repeat(4_500_000) });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'IMPORT_TOO_LARGE' } });
    core.shutdown();
  });
});
