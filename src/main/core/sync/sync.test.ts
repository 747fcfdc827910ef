import { afterEach, describe, expect, it } from 'vitest';
import type { SyncChange } from '@shared/sync/change';
import { parseHlc } from '@shared/sync/hlc';
import { join } from 'node:path';
import { useTempDir } from '../testing/temp';
import { Workspace } from '../workspace';
import { changeIds, content, makeLaptops, START, syncAll, type Laptop } from '../testing/laptops';
import { listConflicts, resolveConflict } from './conflicts';
import { applyRemoteChanges } from './apply';
import { localChangesSince } from './export';
import { markPushed, pushCursor } from './sync-state';

describe('sync between laptops', () => {
  const tmp = useTempDir();
  let laptops: Laptop[] = [];
  afterEach(() => {
    for (const l of laptops.splice(0)) l.ws.close();
  });
  const setup = (count = 2) => (laptops = makeLaptops(tmp.dir(), count));
  const channel = (l: Laptop) => l.ws.catalogRepo.list('channel')[0]!;
  const nameOf = (l: Laptop, id: string) => l.ws.db.prepare('SELECT name FROM channels WHERE id = ?').pluck().get(id);

  it('takes sequential edits of one field one after the other, without a conflict', () => {
    const [a, b] = setup();
    const id = channel(a!).id;
    a!.ws.catalog.update(id, { kind: 'channel', name: 'Shop A' });
    const heard: string[][] = [];
    b!.ws.journal.onCommit((tables) => heard.push([...tables]));
    b!.receive(a!.changes());
    // Open windows hear once, of the tables touched; the history shows the teammate's action, not undoable here.
    expect(heard).toEqual([['channels']]);
    expect(b!.ws.history.list(1)[0]).toMatchObject({ label: { key: 'history.rename' } });
    expect(b!.ws.history.state()).toMatchObject({ canUndo: false });
    b!.ws.catalog.update(id, { kind: 'channel', name: 'Shop B' });
    a!.receive(b!.changes());
    expect([nameOf(a!, id), nameOf(b!, id)]).toEqual(['Shop B', 'Shop B']);
    expect(listConflicts(a!.ws)).toEqual([]);
    expect(listConflicts(b!.ws)).toEqual([]);
    expect(content(a!.ws)).toEqual(content(b!.ws));
    expect(a!.ws.db.prepare('SELECT device_id FROM sync_peers').pluck().all()).toEqual([b!.ws.deviceId]);
  });

  it('converges on the later of two concurrent edits, lists the same conflict on both, and takes the other value back', () => {
    const [a, b] = setup();
    const id = channel(a!).id;
    a!.ws.catalog.update(id, { kind: 'channel', name: 'Shop A' });
    b!.tick(5000);
    b!.ws.catalog.update(id, { kind: 'channel', name: 'Shop B' });
    syncAll([a!, b!]);
    expect([nameOf(a!, id), nameOf(b!, id)]).toEqual(['Shop B', 'Shop B']);
    const onA = listConflicts(a!.ws);
    expect(onA).toMatchObject([{ table: 'channels', rowId: id, column: 'name', value: 'Shop A', valueDevice: 'aaaaaaaaaaaaaaaa' }]);
    expect(listConflicts(b!.ws).map((c) => c.id)).toEqual(onA.map((c) => c.id));

    // "Use this value instead" on A: an ordinary undoable edit that syncs.
    a!.tick(10_000);
    resolveConflict(a!.ws, onA[0]!.id);
    expect(nameOf(a!, id)).toBe('Shop A');
    expect(listConflicts(a!.ws)).toEqual([]);
    b!.receive(a!.changes());
    expect(nameOf(b!, id)).toBe('Shop A');
    expect(listConflicts(b!.ws)).toEqual([]);
    expect(a!.ws.history.undo()).not.toBeNull();
    expect(nameOf(a!, id)).toBe('Shop B');
  });

  it('keeps a step edited on one laptop while its journey was deleted on the other: tombstoned, restorable', () => {
    const [a, b] = setup();
    const scenarioId = a!.ws.catalogRepo.list('scenario')[0]!.id;
    const journey = a!.ws.journeys.create({ name: 'Online buyer', scenarioId });
    const [step] = a!.ws.journeys.addSteps({ journeyId: journey.id, afterId: null, steps: [{ title: 'Search' }] });
    b!.receive(a!.changes());
    a!.tick();
    a!.ws.journeys.updateStep({ id: step!.id, patch: { title: 'Search online' } });
    b!.tick(2000);
    b!.ws.journeys.delete(journey.id);
    syncAll([a!, b!]);
    for (const l of [a!, b!]) {
      expect(l.ws.db.prepare('SELECT title, deleted FROM journey_steps WHERE id = ?').get(step!.id)).toEqual({ title: 'Search online', deleted: 1 });
    }
    b!.ws.history.undo();
    a!.receive(b!.changes());
    expect(a!.ws.journeys.get(journey.id).steps.map((s) => s.title)).toEqual(['Search online']);
    expect(content(a!.ws)).toEqual(content(b!.ws));
  });

  it('meets on one row when two laptops set the same matrix cell, merging its fields', () => {
    const [a, b] = setup();
    const scenarioId = a!.ws.catalogRepo.list('scenario')[0]!.id;
    const phaseId = a!.ws.catalogRepo.list('phase')[0]!.id;
    const channelId = channel(a!).id;
    a!.ws.matrix.setCells({ scenarioId, lens: { kind: 'all' }, cells: [{ phaseId, channelId, role: 2 }] });
    b!.tick(1000);
    b!.ws.matrix.setCells({ scenarioId, lens: { kind: 'all' }, cells: [{ phaseId, channelId, role: 1, note: 'seen in store' }] });
    syncAll([a!, b!]);
    const cells = (l: Laptop) => l.ws.db.prepare('SELECT role, note FROM matrix_cells WHERE phase_id = ? AND channel_id = ?').all(phaseId, channelId);
    expect(cells(a!)).toEqual([{ role: 1, note: 'seen in store' }]);
    expect(cells(b!)).toEqual(cells(a!));
    expect(listConflicts(a!.ws).map((c) => [c.column, c.value])).toEqual([['role', 2]]);
    expect(listConflicts(b!.ws).map((c) => c.id)).toEqual(listConflicts(a!.ws).map((c) => c.id));
  });

  it('takes duplicates once and changes in any order, a row arriving before the row it belongs to included', () => {
    const [a, b] = setup();
    const scenarioId = a!.ws.catalogRepo.list('scenario')[0]!.id;
    const journey = a!.ws.journeys.create({ name: 'Renting', scenarioId });
    a!.ws.journeys.addSteps({ journeyId: journey.id, afterId: null, steps: [{ title: 'Ask' }] });
    a!.ws.journeys.update({ id: journey.id, patch: { name: 'Renting a bike' } });
    const changes = localChangesSince(a!.ws, 1).changes;
    expect(changes).toHaveLength(3);
    const [create, steps, rename] = changes;
    expect(b!.receive([rename!, rename!]).applied).toBe(1);
    expect(b!.ws.db.prepare('SELECT count(*) FROM journeys').pluck().get()).toBe(0);
    b!.receive([steps!]);
    expect(b!.ws.db.prepare('SELECT count(*) FROM journey_steps').pluck().get()).toBe(0);
    expect(b!.ws.db.prepare('SELECT count(*) FROM sync_pending').pluck().get()).toBe(1);
    const last = b!.receive([create!, steps!, rename!]);
    expect(last).toMatchObject({ applied: 1, skipped: 2 });
    expect(b!.ws.db.prepare('SELECT count(*) FROM sync_pending').pluck().get()).toBe(0);
    expect(b!.ws.journeys.get(journey.id)).toMatchObject({ journey: { name: 'Renting a bike' }, steps: [{ title: 'Ask' }] });
    expect(content(b!.ws)).toEqual(content(a!.ws));
    expect(changeIds(b!.ws)).toEqual(changeIds(a!.ws));
    expect(b!.receive(changes)).toMatchObject({ applied: 0, skipped: 3 });
  });

  it('journals ops on a table or column it does not know, applies the rest, and passes no error', () => {
    const [a, b] = setup();
    const id = channel(a!).id;
    a!.ws.catalog.update(id, { kind: 'channel', name: 'Shop A' });
    const [change] = localChangesSince(a!.ws, 1).changes;
    const future: SyncChange = {
      ...change!,
      ops: [
        ...change!.ops,
        { tbl: 'channels', row: id, col: 'mood', value: 'sunny' },
        { tbl: 'channel_moods', row: 'm1', col: '*', value: '{"mood":"sunny"}' },
      ],
    };
    expect(b!.receive([future]).applied).toBe(1);
    expect(nameOf(b!, id)).toBe('Shop A');
    expect(b!.ws.db.prepare('SELECT tbl, col, new_value FROM journal_ops o JOIN journal_txns t ON t.seq = o.txn_seq WHERE t.id = ? ORDER BY idx').all(change!.id)).toEqual([
      { tbl: 'channels', col: 'name', new_value: 'Shop A' },
      { tbl: 'channels', col: 'mood', new_value: 'sunny' },
      { tbl: 'channel_moods', col: '*', new_value: '{"mood":"sunny"}' },
    ]);
  });

  it('applies a change from a clock hours ahead, warns, and keeps its own clock within an hour of the wall clock', () => {
    const [a, b] = setup();
    const id = channel(a!).id;
    a!.tick(5 * 3600_000);
    a!.ws.catalog.update(id, { kind: 'channel', name: 'From the future' });
    const result = b!.receive(a!.changes());
    expect(result.clockSkew).toMatchObject({ device: 'aaaaaaaaaaaaaaaa', aheadMs: 5 * 3600_000 });
    expect(nameOf(b!, id)).toBe('From the future');
    b!.ws.catalog.create('scenario', 'Later');
    const hlc = b!.ws.db.prepare('SELECT hlc FROM journal_txns ORDER BY seq DESC LIMIT 1').pluck().get() as string;
    expect(parseHlc(hlc).millis).toBeLessThanOrEqual(START + 3600_000);
  });

  it('sorts an edit made after reopening after everything in the journal, even a change received later with an older clock', () => {
    const [a, b] = setup();
    const id = channel(a!).id;
    a!.tick(1000);
    a!.ws.catalog.update(id, { kind: 'channel', name: 'Shop A' });
    b!.tick(10_000);
    b!.ws.catalog.create('scenario', 'Later');
    b!.receive(a!.changes());
    b!.ws.close();
    // The wall clock went back while the app was closed.
    const reopened = Workspace.open(join(tmp.dir(), 'laptop-1.channelwise'), { dataDir: join(tmp.dir(), 'data-1'), deviceId: b!.ws.deviceId, now: () => START });
    laptops[1] = { ...b!, ws: reopened };
    reopened.catalog.update(id, { kind: 'channel', name: 'Shop B' });
    const hlcs = reopened.db.prepare('SELECT hlc FROM journal_txns ORDER BY seq').pluck().all() as string[];
    expect(hlcs.at(-1)! > [...hlcs].sort().at(-2)!).toBe(true);
    a!.receive(localChangesSince(reopened, 0).changes);
    expect(nameOf(a!, id)).toBe('Shop B');
  });

  it('passes over a value its schema refuses (a choice of a newer version), keeps it in the journal, and applies the rest', () => {
    const [a, b] = setup();
    const id = channel(a!).id;
    a!.ws.catalog.update(id, { kind: 'channel', name: 'Shop A' });
    a!.tick();
    a!.ws.catalog.update(id, { kind: 'channel', name: 'Shop A2' });
    const [good, second] = localChangesSince(a!.ws, 1).changes;
    const costGroup = b!.ws.db.prepare('SELECT cost_group FROM channels WHERE id = ?').pluck().get(id);
    // One change sets a known field and one a newer version's value; a new row that cannot be held waits.
    const future: SyncChange = {
      ...second!,
      ops: [
        { tbl: 'channels', row: id, col: 'cost_group', value: 'teleportation' },
        { tbl: 'channels', row: id, col: 'description', value: 'Kept' },
        { tbl: 'scenarios', row: 'future-scenario', col: '*', value: JSON.stringify({ name: null, position: 'a0' }) },
      ],
    };
    expect(b!.receive([good!, future])).toMatchObject({ applied: 2 });
    expect(nameOf(b!, id)).toBe('Shop A');
    expect(b!.ws.db.prepare('SELECT cost_group, description FROM channels WHERE id = ?').get(id)).toEqual({ cost_group: costGroup, description: 'Kept' });
    expect(b!.ws.db.prepare(`SELECT count(*) FROM scenarios WHERE id = 'future-scenario'`).pluck().get()).toBe(0);
    expect(changeIds(b!.ws)).toContain(future.id);
    expect(b!.ws.db.prepare(`SELECT new_value FROM journal_ops WHERE col = 'cost_group' AND new_value = 'teleportation'`).pluck().get()).toBe('teleportation');
  });

  it('exports its own actions with the clock of the value each op replaced, and a cursor that moves when the transport confirms', () => {
    const [a, b] = setup();
    const id = channel(a!).id;
    a!.ws.catalog.update(id, { kind: 'channel', name: 'Shop A' });
    b!.receive(a!.changes());
    b!.ws.catalog.update(id, { kind: 'channel', name: 'Shop B' });
    const fromA = a!.changes().at(-1)!;
    const fromB = localChangesSince(b!.ws, pushCursor(b!.ws));
    // The workspace's creation came with the copied file: B sends it too (nobody may have it yet), under A's device id.
    expect(fromB.changes.map((c) => c.device)).toEqual([a!.ws.deviceId, b!.ws.deviceId]);
    expect(fromB.changes[1]!.ops).toEqual([{ tbl: 'channels', row: id, col: 'name', value: 'Shop B', base: fromA.hlc }]);
    expect(pushCursor(b!.ws)).toBe(0);
    markPushed(b!.ws, fromB.cursor);
    expect(localChangesSince(b!.ws, pushCursor(b!.ws)).changes).toEqual([]);
    // A new matrix cell travels with the columns that identify it.
    const scenarioId = a!.ws.catalogRepo.list('scenario')[0]!.id;
    const phaseId = a!.ws.catalogRepo.list('phase')[0]!.id;
    a!.ws.matrix.setCells({ scenarioId, lens: { kind: 'all' }, cells: [{ phaseId, channelId: id, role: 3 }] });
    const cellOp = a!.changes().at(-1)!.ops[0]!;
    expect(JSON.parse(String(cellOp.value))).toMatchObject({ scenario_id: scenarioId, phase_id: phaseId, channel_id: id, lens_kind: 'all', role: 3 });
    expect(applyRemoteChanges(b!.ws, a!.changes()).applied).toBe(1);
  });
});
